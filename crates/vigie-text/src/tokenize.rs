use crate::normalize::{normalize, normalize_and_fold_case};
use crate::pack::LanguagePack;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One word, number or punctuation mark, with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Character (Unicode scalar) offsets `[start, end)` in the tokenised text.
    pub start: usize,
    pub end: usize,
    /// Normalised form (see [`normalize`]): what lexicons are matched against.
    pub norm: String,
    /// `norm`'s number in the pack's symbol table (see [`crate::Symbol`]).
    pub sym: crate::Symbol,
    pub kind: TokenKind,
    /// Lower case with accents kept (see [`crate::fold_case`]), when it is
    /// not `norm` itself: most words have one form, and a second string per
    /// token was a tenth of the coder's work.
    lower_if_not_norm: Option<String>,
    /// Line breaks between the previous token and this one.
    pub newlines_before: u32,
    /// The original text starts with an upper-case letter.
    pub capitalised: bool,
    /// Only the second letter is upper case (`iSrael`): a proper name
    /// typed with a late capital, for name lookup only (not a capitalised
    /// word to sentence splitting).
    pub late_capital: bool,
    /// Every letter of the original text is upper case (`US`, `ONU`).
    pub all_caps: bool,
    /// The text holds an ASCII digit (a date may start here): read once
    /// here, not at each date test.
    pub has_digit: bool,
}

impl Token {
    /// Lower case with accents kept (see [`crate::fold_case`]).
    pub fn lower(&self) -> &str {
        self.lower_if_not_norm.as_deref().unwrap_or(&self.norm)
    }
}

/// `iSrael`, `oBama`: a shift key pressed one letter late still writes a
/// word with a capital, a proper name, not the common word its letters
/// may spell; only the second letter in upper case, the rest in lower.
fn late_capital(raw: &str) -> bool {
    // Most words fail on their first two bytes, told without decoding.
    match raw.as_bytes() {
        [a, b, _, ..] if (a.is_ascii() && !a.is_ascii_lowercase()) || (b.is_ascii() && !b.is_ascii_uppercase()) => return false,
        [_, _, _, ..] => {}
        _ => return false,
    }
    let mut chars = raw.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else { return false };
    first.is_lowercase() && second.is_uppercase() && chars.clone().next().is_some() && chars.all(char::is_lowercase)
}

/// `char::is_alphanumeric` without the Unicode tables for the Latin-1 and
/// Latin Extended-A letters of French text (every char from `À` to `ſ` is a
/// letter but `×` and `÷`): accented letters were a table search each.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        ASCII_CLASSES[c as usize] & ALPHANUMERIC != 0
    } else if ('\u{c0}'..='\u{17f}').contains(&c) {
        c != '×' && c != '÷'
    } else if c < '\u{c0}' {
        // Latin-1 signs (`«`, `°`, `€` is further): only these are letters or numbers.
        matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾')
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        // General punctuation (`’`, `—`, `…`): a table search each, for none.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// `char::is_alphabetic`, as [`is_alphanumeric`] reads Latin letters.
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{c0}'..='\u{17f}').contains(&c) {
        c != '×' && c != '÷'
    } else if c < '\u{c0}' {
        matches!(c, 'ª' | 'µ' | 'º')
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphabetic()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The char that starts at byte `at` of `text` (a char boundary), if any.
/// Most chars of news are ASCII: one byte read, no UTF-8 decoding.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        None => None,
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[at..].chars().next(),
    }
}

/// Splits `text` into tokens. Words keep inner hyphens (`nord-coréenne`,
/// `2024-06-19`) and acronym dots (`U.S.`); the pack's elisions are split off
/// as tokens of their own (`l’armée` → `l'` + `armee`), as are its clitics
/// (`Russia's` → `russia` + `'s`).
pub fn tokenize(text: &str, pack: &LanguagePack) -> Vec<Token> {
    // News averages a token per five or six characters: few regrowths.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
    // The scan walks `text` by byte offsets (a token's text is a slice, no
    // copy of the article as chars); `char_pos` counts the chars passed, for
    // the tokens' char offsets.
    let mut byte = 0;
    let mut char_pos = 0;
    let mut newlines = 0u32;
    while let Some(c) = char_at(text, byte) {
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            byte += c.len_utf8();
            char_pos += 1;
            continue;
        }
        let byte_end = if is_alphanumeric(c) {
            word_end(text, byte, pack)
        } else {
            clitic_end(text, byte, pack).unwrap_or(byte + c.len_utf8())
        };
        let raw = &text[byte..byte_end];
        let (norm, lower, number, all_caps, has_digit, char_len) = if raw.is_ascii() {
            let ascii = AsciiForms::of(raw);
            // An ASCII word has one lower-case form, with or without accents.
            (ascii.norm, None, ascii.number, ascii.all_caps, ascii.has_digit, raw.len())
        } else {
            let (mut number, mut letters, mut all_upper, mut has_digit, mut char_len) = (true, false, true, false, 0);
            for c in raw.chars() {
                // Each test only while its answer may still change: most
                // words fail the number test on their first letter.
                if number {
                    number = c.is_ascii_digit() || is_hyphen(c) || matches!(c, '/' | '.' | ',');
                }
                has_digit |= c.is_ascii_digit();
                if is_alphabetic(c) {
                    letters = true;
                    if all_upper {
                        all_upper = c.is_uppercase();
                    }
                }
                char_len += 1;
            }
            let (norm, lower) = normalize_and_fold_case(raw);
            let lower = (lower != norm).then_some(lower);
            (norm, lower, number, letters && all_upper, has_digit, char_len)
        };
        let kind = if !is_alphanumeric(c) {
            TokenKind::Punct
        } else if number {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let start = char_pos;
        char_pos += char_len;
        tokens.push(Token { start, end: char_pos, sym: pack.symbol(&norm), norm, kind, lower_if_not_norm: lower, newlines_before: newlines,
            capitalised: c.is_uppercase(), late_capital: late_capital(raw), all_caps, has_digit });
        newlines = 0;
        byte = byte_end;
    }
    tokens
}

/// What a token of ASCII text (most tokens of most news) needs, from one
/// pass over its bytes: `normalize`, the number test and the capitals test
/// each read the word again.
struct AsciiForms {
    /// As [`normalize`] (and [`crate::fold_case`]) make it.
    norm: String,
    /// Only digits, hyphens, slashes, dots and commas.
    number: bool,
    /// Letters, all upper case.
    all_caps: bool,
    /// Some ASCII digit.
    has_digit: bool,
}

/// Classes of ASCII bytes, one table read per byte in the word scan and
/// in [`AsciiForms::of`] where each test was several compares.
const LETTER: u8 = 1;
const LOWER_CASE: u8 = 2;
/// Digits, hyphens, slashes, dots and commas: what a number is made of.
const NUMBER_PART: u8 = 4;
const BACKTICK: u8 = 8;
const ALPHANUMERIC: u8 = 16;
const DIGIT: u8 = 32;
static ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut class = 0;
        if c.is_ascii_alphabetic() {
            class |= LETTER;
        }
        if c.is_ascii_lowercase() {
            class |= LOWER_CASE;
        }
        if c.is_ascii_digit() || matches!(c, b'-' | b'/' | b'.' | b',') {
            class |= NUMBER_PART;
        }
        if c == b'`' {
            class |= BACKTICK;
        }
        if c.is_ascii_alphanumeric() {
            class |= ALPHANUMERIC;
        }
        if c.is_ascii_digit() {
            class |= DIGIT;
        }
        classes[b] = class;
        b += 1;
    }
    classes
};

impl AsciiForms {
    fn of(raw: &str) -> AsciiForms {
        // Bits seen in some byte, and bits of every byte.
        let (mut some, mut every) = (0u8, NUMBER_PART);
        for b in raw.bytes() {
            let class = ASCII_CLASSES[usize::from(b & 0x7f)];
            some |= class;
            every &= class;
        }
        let mut norm = raw.to_ascii_lowercase();
        if some & BACKTICK != 0 {
            norm = norm.replace('`', "'");
        }
        AsciiForms { norm, number: every & NUMBER_PART != 0, all_caps: some & LETTER != 0 && some & LOWER_CASE == 0, has_digit: some & DIGIT != 0 }
    }
}

/// Whether `word` (the letters before an apostrophe) is one of the pack's
/// elisions. French text has an apostrophe every few words: a short ASCII
/// word is folded on the stack.
fn is_elision(word: &str, pack: &LanguagePack) -> bool {
    let mut folded = [0u8; 8];
    if word.len() <= folded.len() && word.is_ascii() {
        for (f, b) in folded.iter_mut().zip(word.bytes()) {
            // As `normalize` folds ASCII.
            *f = if b == b'`' { b'\'' } else { b.to_ascii_lowercase() };
        }
        let folded = std::str::from_utf8(&folded[..word.len()]).expect("ASCII is UTF-8");
        return pack.is_elision(folded);
    }
    pack.is_elision(&normalize(word))
}

/// Byte end of a clitic (`'s`) starting with the apostrophe at byte `start`,
/// if any.
fn clitic_end(text: &str, start: usize, pack: &LanguagePack) -> Option<usize> {
    let apostrophe = char_at(text, start).filter(|c| is_apostrophe(*c))?;
    let letters_start = start + apostrophe.len_utf8();
    let mut k = letters_start;
    while let Some(c) = char_at(text, k).filter(|c| is_alphabetic(*c)) {
        k += c.len_utf8();
    }
    (k > letters_start && pack.is_clitic(&normalize(&text[start..k]))).then_some(k)
}

/// Byte end of the word starting at byte `start`, stopping before an
/// elision's continuation or a clitic.
fn word_end(text: &str, start: usize, pack: &LanguagePack) -> usize {
    let mut j = start;
    let mut acronym = false;
    let bytes = text.as_bytes();
    loop {
        let segment_start = j;
        // ASCII letters and digits by a table read each, before any char
        // is decoded.
        while j < bytes.len() && bytes[j].is_ascii() && ASCII_CLASSES[usize::from(bytes[j])] & ALPHANUMERIC != 0 {
            j += 1;
        }
        while let Some(c) = char_at(text, j).filter(|c| is_alphanumeric(*c)) {
            j += c.len_utf8();
        }
        let Some(stop) = char_at(text, j) else { break };
        let after = j + stop.len_utf8();
        let next = char_at(text, after);
        if is_apostrophe(stop) && next.is_none_or(|c| !is_alphabetic(c)) {
            // A bare elision, as lexicons write it (`l'`, `qu'`).
            if is_elision(&text[start..j], pack) {
                return after;
            }
        }
        let Some(next) = next else { break };
        if is_hyphen(stop) && is_alphanumeric(next) {
            j = after;
            continue;
        }
        if is_apostrophe(stop) && is_alphabetic(next) {
            if is_elision(&text[start..j], pack) {
                return after;
            }
            if clitic_end(text, j, pack).is_some() {
                return j;
            }
            j = after;
            continue;
        }
        // `2.5 billion`, `2,5 milliards`: one number, not three tokens.
        if matches!(stop, '.' | ',') && next.is_ascii_digit() && text[segment_start..j].bytes().all(|b| b.is_ascii_digit()) {
            j = after;
            continue;
        }
        if stop == '.' && text[segment_start..j].chars().count() == 1 && is_alphabetic(next) && char_at(text, after + next.len_utf8()) == Some('.') {
            acronym = true;
            j = after;
            continue;
        }
        break;
    }
    if acronym && char_at(text, j) == Some('.') {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold_case;

    fn norms(text: &str, pack: &LanguagePack) -> Vec<String> {
        tokenize(text, pack).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn french_elisions_hyphens_and_offsets() {
        let fr = crate::pack::tests::pack("fr");
        let toks = tokenize("L’armée nord-coréenne s’est rendue aujourd’hui à Séoul.", &fr);
        let n: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(n, ["l'", "armee", "nord-coreenne", "s'", "est", "rendue", "aujourd'hui", "a", "seoul", "."]);
        assert_eq!((toks[1].start, toks[1].end), (2, 7));
        assert!(toks[0].capitalised && !toks[1].capitalised);
    }

    #[test]
    fn english_clitics_and_acronyms() {
        let en = crate::pack::tests::pack("en");
        assert_eq!(norms("Russia's troops left the U.S. base.", &en), ["russia", "'s", "troops", "left", "the", "u.s.", "base", "."]);
        assert_eq!(norms("On 2024-06-19, Kim's", &en), ["on", "2024-06-19", ",", "kim", "'s"]);
    }

    #[test]
    fn ascii_tokens_have_the_forms_of_the_general_path() {
        let en = crate::pack::tests::pack("en");
        let text = "NATO's `Allied` U.S.-led 2,5 km/h 12/03 -- Kyiv’s ÉLYSÉE Don`t A1 OK.";
        let chars: Vec<char> = text.chars().collect();
        for t in tokenize(text, &en) {
            let raw: String = chars[t.start..t.end].iter().collect();
            assert_eq!((t.norm.as_str(), t.lower()), (normalize(&raw).as_str(), fold_case(&raw).as_str()), "{raw:?}");
            let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
            assert_eq!(t.all_caps, !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()), "{raw:?}");
            assert_eq!(t.has_digit, raw.chars().any(|c| c.is_ascii_digit()), "{raw:?}");
            let number = raw.chars().all(|c| c.is_ascii_digit() || is_hyphen(c) || matches!(c, '/' | '.' | ','));
            assert_eq!(t.kind == TokenKind::Number, number && t.kind != TokenKind::Punct, "{raw:?}");
        }
        let kinds: Vec<TokenKind> = tokenize("2,5 km 12/03 A1", &en).iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [TokenKind::Number, TokenKind::Word, TokenKind::Number, TokenKind::Punct, TokenKind::Number, TokenKind::Word]);
    }

    #[test]
    fn latin_letters_are_read_as_the_unicode_tables_read_them() {
        for c in ('\0'..='\u{3000}').chain(['’', '‑', '\u{202f}', '\u{1e9e}', '\u{ff21}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn decimals_are_one_number_but_sentence_ends_and_lists_are_not() {
        let en = crate::pack::tests::pack("en");
        let toks = tokenize("pledged 2.5 billion, 1,000 troops in 2024. 5 left", &en);
        let n: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(n, ["pledged", "2.5", "billion", ",", "1,000", "troops", "in", "2024", ".", "5", "left"]);
        assert_eq!(toks[1].kind, TokenKind::Number);
        let fr = crate::pack::tests::pack("fr");
        assert_eq!(norms("2,5 milliards", &fr), ["2,5", "milliards"]);
    }
}
