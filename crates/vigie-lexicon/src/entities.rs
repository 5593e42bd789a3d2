//! The phrase index: every actor, agent, person and place form of one
//! language, keyed by its normalised token sequence, scanned longest-first.

use std::collections::HashMap;

use vigie_text::{LanguagePack, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountryKind {
    Name,
    Adjective,
    Demonym,
    Capital,
    Seat,
}

impl CountryKind {
    pub(crate) fn parse(s: &str) -> Option<CountryKind> {
        Some(match s {
            "name" => CountryKind::Name,
            "adjective" => CountryKind::Adjective,
            "demonym" => CountryKind::Demonym,
            "capital" => CountryKind::Capital,
            "seat" => CountryKind::Seat,
            _ => return None,
        })
    }
}

/// What a form names. People and places are indices into
/// [`crate::Lexicon::people`] and [`crate::Lexicon::places`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntityRef {
    Country { code: String, kind: CountryKind },
    Agent(String),
    Organisation(String),
    Person(usize),
    Place(usize),
}

/// A span of tokens `[start, end)` that a lexicon form matched, with every
/// entry that form belongs to (`Washington` is a capital and a place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMatch {
    pub start: usize,
    pub end: usize,
    pub refs: Vec<EntityRef>,
}

#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    forms: HashMap<String, Vec<EntityRef>>,
    max_len: usize,
}

impl EntityIndex {
    pub(crate) fn add(&mut self, pack: &LanguagePack, form: &str, entity: EntityRef) {
        let tokens = pack.phrase(form);
        if tokens.is_empty() {
            return;
        }
        self.max_len = self.max_len.max(tokens.len());
        let refs = self.forms.entry(tokens.join(" ")).or_default();
        if !refs.contains(&entity) {
            refs.push(entity);
        }
    }

    /// Every entry a normalised phrase (tokens joined by spaces) belongs to.
    pub fn lookup(&self, phrase: &str) -> &[EntityRef] {
        self.forms.get(phrase).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// All forms with their entries (for audits).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[EntityRef])> {
        self.forms.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// Scans tokens left to right; at each position the longest form wins and
    /// the scan resumes after it, so matches never overlap.
    pub fn scan(&self, tokens: &[Token]) -> Vec<EntityMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut key = String::new();
        while i < tokens.len() {
            let mut found = None;
            let longest = self.max_len.min(tokens.len() - i);
            for len in (1..=longest).rev() {
                key.clear();
                for (k, t) in tokens[i..i + len].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&t.norm);
                }
                if let Some(refs) = self.forms.get(&key) {
                    found = Some((len, refs.clone()));
                    break;
                }
            }
            match found {
                Some((len, refs)) => {
                    out.push(EntityMatch { start: i, end: i + len, refs });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}
