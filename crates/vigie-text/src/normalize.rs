use unicode_normalization::UnicodeNormalization;

/// Lower case with typographic marks made ASCII, but accents kept: for the
/// few words whose accent is their meaning (French `à` "to/in" against `a`
/// "has", `où` against `ou`).
pub fn fold_case(s: &str) -> String {
    if s.is_ascii() {
        return ascii_fold(s);
    }
    latin_fold(s, |forms| forms.1).unwrap_or_else(|| fold_case_unicode(s))
}

fn fold_case_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        match c {
            '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
            '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Both forms of an ASCII word: lower case, the backtick made an apostrophe
/// (one allocation: this runs for nearly every token).
fn ascii_fold(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    if out.contains('`') {
        out = out.replace('`', "'");
    }
    out
}

/// The one normal form in which lexicons and texts are compared: lower case,
/// diacritics removed, typographic apostrophes and hyphens made ASCII,
/// ligatures spelled out. `Séoul`, `SEOUL` and `seoul` are all `seoul`.
pub fn normalize(s: &str) -> String {
    if s.is_ascii() {
        // Most words of most news: nothing to decompose.
        return ascii_fold(s);
    }
    latin_fold(s, |forms| forms.0).unwrap_or_else(|| normalize_unicode(s))
}

/// First and last of the precomposed Latin letters (Latin-1 Supplement and
/// Latin Extended-A) folded by table.
const LATIN_FIRST: char = '\u{c0}';
const LATIN_LAST: char = '\u{17f}';

/// A Latin letter's form: nearly always one char (`é` → `e`), pushed
/// without a copy call; a few are spelled out (`œ` → `oe`).
#[derive(Clone, Copy)]
enum LatinForm {
    Char(char),
    Text(&'static str),
}

impl LatinForm {
    fn of(form: String) -> LatinForm {
        let mut chars = form.chars();
        match (chars.next(), chars.next()) {
            (Some(only), None) => LatinForm::Char(only),
            // Made once for the life of the process, as the table is.
            _ => LatinForm::Text(Box::leak(form.into_boxed_str())),
        }
    }

    #[inline]
    fn push_onto(self, out: &mut String) {
        match self {
            LatinForm::Char(c) => out.push(c),
            LatinForm::Text(text) => out.push_str(text),
        }
    }
}

/// For each character from [`LATIN_FIRST`] to [`LATIN_LAST`], its
/// [`normalize`] and [`fold_case`] forms, as the Unicode path makes them.
fn latin_forms() -> &'static [(LatinForm, LatinForm)] {
    static FORMS: std::sync::OnceLock<Vec<(LatinForm, LatinForm)>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        (LATIN_FIRST..=LATIN_LAST)
            .map(|c| (LatinForm::of(normalize_unicode(&c.to_string())), LatinForm::of(fold_case_unicode(&c.to_string()))))
            .collect()
    })
}

/// The one form, in both [`normalize`] and [`fold_case`], of the
/// typographic marks of French and English news (`l’armée`, `«`, `—`):
/// none decomposes, combines or has a case, so a word holding one still
/// folds char by char; without this every `l’` took the Unicode path.
#[inline]
fn typographic_form(c: char) -> Option<char> {
    match c {
        '’' | '‘' | 'ʼ' | '´' => Some('\''),
        '‐' | '‑' | '‒' | '–' | '—' => Some('-'),
        '«' | '»' | '“' | '”' | '„' | '…' => Some(c),
        _ => None,
    }
}

/// A word of ASCII and precomposed Latin letters (most French and English
/// words with accents) folded one character at a time by table: such a word
/// has no combining mark to reorder or compose, so each character's form
/// does not depend on its neighbours, and the result is the Unicode path's.
/// `None` for any other word.
fn latin_fold(s: &str, pick: fn(&(LatinForm, LatinForm)) -> LatinForm) -> Option<String> {
    let forms = latin_forms();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(if c == '`' { '\'' } else { c.to_ascii_lowercase() });
        } else if (LATIN_FIRST..=LATIN_LAST).contains(&c) {
            pick(&forms[c as usize - LATIN_FIRST as usize]).push_onto(&mut out);
        } else if let Some(form) = typographic_form(c) {
            out.push(form);
        } else {
            return None;
        }
    }
    Some(out)
}

/// `(normalize(s), fold_case(s))`, for the tokeniser, which needs both for
/// every word: a Latin word is read once for the two.
pub(crate) fn normalize_and_fold_case(s: &str) -> (String, String) {
    if s.is_ascii() {
        let folded = ascii_fold(s);
        return (folded.clone(), folded);
    }
    let forms = latin_forms();
    let mut norm = String::with_capacity(s.len());
    let mut lower = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            let folded = if c == '`' { '\'' } else { c.to_ascii_lowercase() };
            norm.push(folded);
            lower.push(folded);
        } else if (LATIN_FIRST..=LATIN_LAST).contains(&c) {
            let (norm_form, lower_form) = forms[c as usize - LATIN_FIRST as usize];
            norm_form.push_onto(&mut norm);
            lower_form.push_onto(&mut lower);
        } else if let Some(form) = typographic_form(c) {
            norm.push(form);
            lower.push(form);
        } else {
            return (normalize_unicode(s), fold_case_unicode(s));
        }
    }
    (norm, lower)
}

fn normalize_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{0300}'..='\u{036f}' => {}
            '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
            '‐' | '‑' | '‒' | '–' | '—' => out.push('-'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_fold_by_table_as_by_unicode() {
        let mut alphabet: Vec<char> = (' '..='~').collect();
        alphabet.extend(LATIN_FIRST..=LATIN_LAST);
        alphabet.extend(['’', '‘', 'ʼ', '´', '‐', '‑', '‒', '–', '—', '«', '»', '“', '”', '„', '…', '\u{301}']);
        let mut checked = 0;
        for a in &alphabet {
            for b in &alphabet {
                let word: String = [*a, *b, 'e'].iter().collect();
                if word.is_ascii() {
                    continue;
                }
                assert_eq!(normalize(&word), normalize_unicode(&word), "{word:?}");
                assert_eq!(fold_case(&word), fold_case_unicode(&word), "{word:?}");
                assert_eq!(normalize_and_fold_case(&word), (normalize(&word), fold_case(&word)), "{word:?}");
                checked += 1;
            }
        }
        assert!(checked > 60_000);
        for word in ["Éléonore", "ŒUVRÉ", "Straße", "İstanbul", "ÆGIR", "naïve×2", "Ĳssel", "Kyiv’s", "ŉ", "Don`t"] {
            assert_eq!(normalize_and_fold_case(word), (normalize_unicode(word), fold_case_unicode(word)), "{word:?}");
            assert_eq!(normalize(word), normalize_unicode(word), "{word:?}");
            assert_eq!(fold_case(word), fold_case_unicode(word), "{word:?}");
        }
        assert_eq!(latin_fold("Kyiv’s", |f| f.0).as_deref(), Some("kyiv's"), "a typographic apostrophe folds by table");
        assert_eq!(latin_fold("Kyiv’s ₂", |f| f.0), None, "other marks take the Unicode path");
    }

    #[test]
    fn accents_case_and_apostrophes() {
        assert_eq!(normalize("Séoul"), "seoul");
        assert_eq!(normalize("L’ARMÉE"), "l'armee");
        assert_eq!(normalize("nord‑coréenne"), "nord-coreenne");
        assert_eq!(normalize("Œuvre"), "oeuvre");
        assert_eq!(normalize("Don`t STOP"), "don't stop");
        assert_eq!(super::fold_case("À Séoul"), "à séoul");
    }
}
