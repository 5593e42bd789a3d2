use unicode_normalization::UnicodeNormalization;

/// Lower case with typographic marks made ASCII, but accents kept: for the
/// few words whose accent is their meaning (French `à` "to/in" against `a`
/// "has", `où` against `ou`).
pub fn fold_case(s: &str) -> String {
    if s.is_ascii() {
        return ascii_fold(s);
    }
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
    s.bytes().map(|b| if b == b'`' { '\'' } else { b.to_ascii_lowercase() as char }).collect()
}

/// The one normal form in which lexicons and texts are compared: lower case,
/// diacritics removed, typographic apostrophes and hyphens made ASCII,
/// ligatures spelled out. `Séoul`, `SEOUL` and `seoul` are all `seoul`.
pub fn normalize(s: &str) -> String {
    if s.is_ascii() {
        // Most words of most news: nothing to decompose.
        return ascii_fold(s);
    }
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
    use super::normalize;

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
