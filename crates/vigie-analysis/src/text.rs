//! Words of stored sentences and the cue lists (`data/cues.tsv`) they are
//! compared with. Normalised form: lower case, no accents, `’` → `'`.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

/// One word or punctuation mark of a sentence, with its byte range.
#[derive(Debug, Clone)]
pub struct Word {
    pub norm: String,
    pub start: usize,
    pub end: usize,
    pub punct: bool,
}

pub fn normalise(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '’' || c == 'ʼ' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits a sentence into words (letters, digits, `-`; an apostrophe ends
/// the word it follows: `d'`) and punctuation marks.
pub fn words(s: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() || (c == '-' && start.is_some()) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(st) = start.take() {
            if c == '\'' || c == '’' {
                let end = i + c.len_utf8();
                out.push(Word { norm: normalise(&s[st..end]), start: st, end, punct: false });
                continue;
            }
            out.push(Word { norm: normalise(&s[st..i]), start: st, end: i, punct: false });
        }
        if !c.is_whitespace() {
            out.push(Word { norm: normalise(&c.to_string()), start: i, end: i + c.len_utf8(), punct: true });
        }
    }
    if let Some(st) = start {
        out.push(Word { norm: normalise(&s[st..]), start: st, end: s.len(), punct: false });
    }
    out
}

/// A cue: its words, normalised; a last word ending in `~` is a prefix.
#[derive(Debug, Clone)]
pub struct Cue {
    pub words: Vec<String>,
    pub value: String,
}

impl Cue {
    fn word_matches(pattern: &str, word: &str) -> bool {
        match pattern.strip_suffix('~') {
            Some(prefix) => word.starts_with(prefix),
            None => pattern == word,
        }
    }

    /// Whether the cue starts at word `i`.
    pub fn matches_at(&self, ws: &[Word], i: usize) -> bool {
        i + self.words.len() <= ws.len() && self.words.iter().zip(&ws[i..]).all(|(p, w)| Cue::word_matches(p, &w.norm))
    }
}

/// What the analysis knows of words: the cues of every language, by
/// (language, kind), and the names of actors (for the brief's prose and to
/// tell which party a treaty clause binds).
#[derive(Debug, Clone, Default)]
pub struct Cues {
    by_kind: HashMap<(String, String), Vec<Cue>>,
    pub names: crate::names::ActorNames,
}

pub const BUILTIN_CUES: &str = include_str!("../data/cues.tsv");

impl Cues {
    pub fn builtin() -> Cues {
        Cues::parse(BUILTIN_CUES).expect("the built-in cue file is checked by the tests")
    }

    /// Reads a cue file (`lang<TAB>kind<TAB>form[<TAB>value]`, `#` comments, a header row).
    pub fn parse(text: &str) -> Result<Cues, String> {
        let mut by_kind: HashMap<(String, String), Vec<Cue>> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("lang\t") {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 || cols[2].trim().is_empty() {
                return Err(format!("cues line {}: expected lang, kind, form[, value]", n + 1));
            }
            let ws: Vec<String> = words(cols[2].trim())
                .into_iter()
                .map(|w| w.norm)
                .collect::<Vec<_>>();
            // `~` is punctuation to the splitter: glue it back to its word.
            let mut glued: Vec<String> = Vec::new();
            for w in ws {
                if w == "~" {
                    if let Some(last) = glued.last_mut() {
                        last.push('~');
                    }
                } else {
                    glued.push(w);
                }
            }
            let value = cols.get(3).map(|v| v.trim().to_string()).unwrap_or_default();
            by_kind.entry((cols[0].to_string(), cols[1].to_string())).or_default().push(Cue { words: glued, value });
        }
        // Longest cues first, so the most specific one wins.
        for list in by_kind.values_mut() {
            list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        Ok(Cues { by_kind, names: crate::names::ActorNames::builtin() })
    }

    /// The same cues with other actor names (e.g. the built-in names
    /// completed from the lexicon files: see [`crate::ActorNames`]).
    pub fn with_names(mut self, names: crate::names::ActorNames) -> Cues {
        self.names = names;
        self
    }

    /// The cues of a kind for a language (and those written for every language, `*`).
    pub fn of(&self, lang: &str, kind: &str) -> Vec<&Cue> {
        let mut out: Vec<&Cue> = Vec::new();
        let langs: &[&str] = if lang == "*" { &["*"] } else { &[lang, "*"] };
        for &l in langs {
            if let Some(list) = self.by_kind.get(&(l.to_string(), kind.to_string())) {
                out.extend(list.iter());
            }
        }
        out
    }

    /// The values of a language-independent list (`sign_cameo`, …).
    pub fn values(&self, kind: &str) -> Vec<String> {
        self.of("*", kind).iter().map(|c| c.words.join(" ").to_uppercase()).collect()
    }

    /// The first place in `ws` at or after `from` where a cue of this kind
    /// matches: (word index, words matched, cue).
    pub fn find<'a>(&'a self, lang: &str, kind: &str, ws: &[Word], from: usize) -> Option<(usize, usize, &'a Cue)> {
        let cues = self.of(lang, kind);
        (from..ws.len()).find_map(|i| cues.iter().find(|c| c.matches_at(ws, i)).map(|c| (i, c.words.len(), *c)))
    }

    pub fn contains(&self, lang: &str, kind: &str, word: &str) -> bool {
        self.of(lang, kind).iter().any(|c| c.words.len() == 1 && Cue::word_matches(&c.words[0], word))
    }
}
