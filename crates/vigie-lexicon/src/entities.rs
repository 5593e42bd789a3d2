//! The phrase index: every actor, agent, person and place form of one
//! language, keyed by its normalised token sequence, scanned longest-first.

use rustc_hash::FxHashMap as HashMap;

use rustc_hash::FxHashSet as HashSet;
use vigie_text::{LanguagePack, Symbol, Token, UNKNOWN_SYMBOL};

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
    /// A title of office; index into [`crate::Lexicon::titles`].
    Title(usize),
    /// An ethnic group; index into [`crate::Lexicon::ethnic_groups`].
    Ethnic(usize),
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
    /// Acronyms written in capitals (`US`, `ONU`) match only text in
    /// capitals: `US` is the country, `us` a pronoun.
    caps_forms: HashMap<String, Vec<EntityRef>>,
    /// Proper names written with a capital (`Nice`, `Georgia`, `Chad`) match
    /// only a capitalised word: `nice` and `chad` in running text are not places.
    proper_forms: HashMap<String, Vec<EntityRef>>,
    /// Proper names that are also common words (the town `Greve`, the word
    /// `grève`): a capital tells them apart only inside a sentence, so they do
    /// not match a word that starts a sentence or a quotation.
    inside_sentence_forms: HashMap<String, Vec<EntityRef>>,
    /// By the symbol of each word that starts a form, the length of its
    /// longest form: most words start none, and are passed after one read
    /// (two bytes each, so that the table stays in a near cache).
    longest_from: Vec<u16>,
    /// A fingerprint of every form as its words' symbols: most phrases tried
    /// are no form, and are told so without building their text (a shared
    /// fingerprint only costs the lookup by text).
    symbol_forms: HashSet<u64>,
    /// A bit per value of a fingerprint's top bits, set for every form's
    /// (empty until a form is added): most phrases tried are no form and
    /// are told so by one bit, before the set is searched.
    form_bits: Vec<u64>,
}

/// How many top bits of a fingerprint pick its bit in `form_bits`: 2^20
/// bits (128 KiB) for some 10^5 forms leave few bits set.
const FORM_BIT_SHIFT: u32 = 64 - 20;

fn form_bit(fingerprint: u64) -> (usize, u64) {
    let k = (fingerprint >> FORM_BIT_SHIFT) as usize;
    (k / 64, 1 << (k % 64))
}

fn fingerprint(symbols: &[Symbol]) -> u64 {
    symbols.iter().fold(FINGERPRINT_SEED, |h, &sym| fingerprint_step(h, sym))
}

/// Where every fingerprint starts, so that no phrase's is 0.
const FINGERPRINT_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// The fingerprint of a phrase one word longer, from its own (FxHash's
/// mixing, word by word): the scan gets every length's fingerprint from
/// one pass over the longest phrase instead of hashing each anew.
#[inline]
fn fingerprint_step(h: u64, sym: Symbol) -> u64 {
    (h.rotate_left(5) ^ u64::from(sym)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A form whose first letter is a capital is a proper name.
fn is_proper(form: &str) -> bool {
    form.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// Whether the word at `i` starts the sentence or a quotation, bracket or
/// clause after a colon or dash, where any word takes a capital.
fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    i == 0 || matches!(tokens[i - 1].norm.as_str(), "«" | "\"" | "“" | "‘" | "(" | "[" | "-" | "–" | "—" | ":" | ";" | "." | "!" | "?" | "…")
}

/// A short form written all in capitals is an acronym.
fn is_acronym(form: &str) -> bool {
    let mut letters = 0;
    for c in form.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (1..=5).contains(&letters)
}

impl EntityIndex {
    /// Adds a form, numbering its words in `pack`'s symbol table: only
    /// tokens made with that pack afterwards may be scanned.
    pub(crate) fn add(&mut self, pack: &mut LanguagePack, form: &str, entity: EntityRef) {
        self.add_to(pack, form, entity, false);
    }

    /// Adds a proper name that is also a common word: see `inside_sentence_forms`.
    pub(crate) fn add_inside_sentence(&mut self, pack: &mut LanguagePack, form: &str, entity: EntityRef) {
        self.add_to(pack, form, entity, true);
    }

    fn add_to(&mut self, pack: &mut LanguagePack, form: &str, entity: EntityRef, common_word: bool) {
        let tokens = pack.phrase(form);
        if tokens.is_empty() {
            return;
        }
        let symbols: Vec<Symbol> = tokens.iter().map(|w| pack.intern(w)).collect();
        let first = symbols[0] as usize;
        if self.longest_from.len() <= first {
            self.longest_from.resize(first + 1, 0);
        }
        let words = u16::try_from(tokens.len()).unwrap_or(u16::MAX);
        self.longest_from[first] = self.longest_from[first].max(words);
        let print = fingerprint(&symbols);
        self.symbol_forms.insert(print);
        if self.form_bits.is_empty() {
            self.form_bits = vec![0; (1 << (64 - FORM_BIT_SHIFT)) / 64];
        }
        let (word, bit) = form_bit(print);
        self.form_bits[word] |= bit;
        let map = if is_acronym(form) {
            &mut self.caps_forms
        } else if common_word {
            &mut self.inside_sentence_forms
        } else if is_proper(form) {
            &mut self.proper_forms
        } else {
            &mut self.forms
        };
        let refs = map.entry(tokens.join(" ")).or_default();
        if !refs.contains(&entity) {
            refs.push(entity);
        }
    }

    /// Every entry a normalised phrase (tokens joined by spaces) belongs to.
    /// (Acronyms only when written in capitals: see [`EntityIndex::scan`].)
    pub fn lookup(&self, phrase: &str) -> Vec<EntityRef> {
        let mut out: Vec<EntityRef> = Vec::new();
        for r in [&self.forms, &self.proper_forms, &self.inside_sentence_forms, &self.caps_forms].into_iter().filter_map(|m| m.get(phrase)).flatten() {
            if !out.contains(r) {
                out.push(r.clone());
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.forms.len() + self.proper_forms.len() + self.inside_sentence_forms.len() + self.caps_forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// All forms with their entries (for audits), with whether the form
    /// needs a capital (proper names, acronyms).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[EntityRef], bool)> {
        let plain = self.forms.iter().map(|(k, v)| (k.as_str(), v.as_slice(), false));
        let proper = self.proper_forms.iter().map(|(k, v)| (k.as_str(), v.as_slice(), true));
        let inside = self.inside_sentence_forms.iter().map(|(k, v)| (k.as_str(), v.as_slice(), true));
        plain.chain(proper).chain(inside).chain(self.caps_forms.iter().map(|(k, v)| (k.as_str(), v.as_slice(), true)))
    }

    /// Scans tokens left to right; at each position the longest form wins and
    /// the scan resumes after it, so matches never overlap.
    pub fn scan(&self, tokens: &[Token]) -> Vec<EntityMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut key = String::new();
        // The fingerprints of the phrases of each length from position `i`.
        let mut fingerprints: Vec<u64> = Vec::new();
        while i < tokens.len() {
            let mut found = None;
            // Every word of every form has a symbol: a form cannot span an unknown word.
            let longest = self.longest_from.get(tokens[i].sym as usize).map_or(0, |&n| n as usize).min(tokens.len() - i);
            let longest = tokens[i..i + longest].iter().take_while(|t| t.sym != UNKNOWN_SYMBOL).count();
            fingerprints.clear();
            let mut h = FINGERPRINT_SEED;
            for t in &tokens[i..i + longest] {
                h = fingerprint_step(h, t.sym);
                fingerprints.push(h);
            }
            for len in (1..=longest).rev() {
                let (word, bit) = form_bit(fingerprints[len - 1]);
                if self.form_bits.get(word).is_none_or(|w| w & bit == 0) || !self.symbol_forms.contains(&fingerprints[len - 1]) {
                    continue;
                }
                key.clear();
                for (k, t) in tokens[i..i + len].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(&t.norm);
                }
                // Most keys tried name nothing: look before cloning anything.
                let plain = self.forms.get(&key);
                let proper = if tokens[i].capitalised || tokens[i].late_capital { self.proper_forms.get(&key) } else { None };
                let inside = match self.inside_sentence_forms.get(&key) {
                    Some(f) if tokens[i].capitalised && !opens_sentence(tokens, i) => Some(f),
                    _ => None,
                };
                let caps = match self.caps_forms.get(&key) {
                    Some(c) if tokens[i..i + len].iter().all(|t| t.all_caps || t.kind != vigie_text::TokenKind::Word) => Some(c),
                    _ => None,
                };
                if plain.is_none() && proper.is_none() && inside.is_none() && caps.is_none() {
                    continue;
                }
                let mut refs: Vec<EntityRef> = plain.cloned().unwrap_or_default();
                for more in [proper, inside, caps].into_iter().flatten() {
                    refs.extend(more.iter().filter(|r| !refs.contains(r)).cloned().collect::<Vec<_>>());
                }
                if !refs.is_empty() {
                    found = Some((len, refs));
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
