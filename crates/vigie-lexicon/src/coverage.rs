//! How much of the proper names in real text the lexicons know: runs of
//! two or more capitalised words (`Kim Geum Chol`, `Conseil de sécurité`
//! is cut at the lower-case word), each resolved or not by the entity
//! index. Guides what to add next.

use std::collections::HashMap;

use vigie_text::{Token, TokenKind};

use crate::EntityMatch;

/// Capitalised multi-word names in one sentence's tokens, with whether a
/// lexicon entry covers any of their words. A capital that only marks the
/// start of the sentence does not count.
pub fn capitalised_names(tokens: &[Token], matches: &[EntityMatch]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let starts = tokens[i].kind == TokenKind::Word && tokens[i].capitalised;
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < tokens.len() && tokens[j].kind == TokenKind::Word && tokens[j].capitalised {
            j += 1;
        }
        let first = if i == 0 { 1 } else { i };
        if j >= first + 2 {
            let name = tokens[first..j].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
            let resolved = matches.iter().any(|m| m.start < j && first < m.end);
            out.push((name, resolved));
        }
        i = j.max(i + 1);
    }
    out
}

/// The capitalised names of a whole text, sentence by sentence.
pub fn text_names(lang: &crate::LanguageLexicon, text: &str) -> Vec<(String, bool)> {
    let tokens = vigie_text::tokenize(text, &lang.pack);
    let mut out = Vec::new();
    for s in vigie_text::sentences(&tokens, &lang.pack) {
        let toks = &tokens[s.tokens.clone()];
        out.extend(capitalised_names(toks, &lang.entities.scan(toks)));
    }
    out
}

/// Counts of resolved and unresolved names over many sentences.
#[derive(Debug, Default)]
pub struct Coverage {
    pub resolved: usize,
    pub unresolved: usize,
    missing: HashMap<String, usize>,
}

impl Coverage {
    pub fn add(&mut self, names: Vec<(String, bool)>) {
        for (name, ok) in names {
            if ok {
                self.resolved += 1;
            } else {
                self.unresolved += 1;
                *self.missing.entry(name).or_default() += 1;
            }
        }
    }

    pub fn share_resolved(&self) -> f64 {
        let total = self.resolved + self.unresolved;
        if total == 0 {
            0.0
        } else {
            self.resolved as f64 / total as f64
        }
    }

    /// The `n` most frequent unresolved names, most frequent first.
    pub fn top_unresolved(&self, n: usize) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self.missing.iter().map(|(k, c)| (k.as_str(), *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(n);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityRef;

    #[test]
    fn names_are_runs_of_capitalised_words_not_sentence_starts() {
        let pack = vigie_text::LanguagePack::parse("en", "en.tsv", "kind\tvalue\tforms\niso639_3\teng\t-\n").unwrap();
        let toks = vigie_text::tokenize("Officials said Kim Geum Chol met Vladimir Putin in Moscow.", &pack);
        let putin = EntityMatch { start: 6, end: 8, refs: vec![EntityRef::Person(0)] };
        let names = capitalised_names(&toks, &[putin]);
        assert_eq!(names, [("kim geum chol".to_string(), false), ("vladimir putin".to_string(), true)]);
        let mut c = Coverage::default();
        c.add(names);
        assert_eq!(c.share_resolved(), 0.5);
        assert_eq!(c.top_unresolved(5), [("kim geum chol", 1)]);
    }
}
