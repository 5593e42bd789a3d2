//! Text: what Vigie knows about *languages*, and nothing about politics.
//! It owns the language packs (`lexicons/text/<lang>.tsv`: determiners,
//! elisions, abbreviations, clause breaks, months…), the normalisation every
//! lexicon form and every article word go through (lower case, accents
//! removed, `’` → `'`), tokenisation with character offsets into the article,
//! sentence and clause segmentation, and language identification restricted
//! to the languages a pack exists for. It must not know actors, CAMEO codes,
//! file formats or storage: a new language is a new pack file, not new code.

mod normalize;
mod pack;
mod segment;
mod tokenize;

pub use normalize::{fold_case, normalize};
pub use pack::{Anaphor, LanguagePack, NounFrame, PackError, Symbol, UNKNOWN_SYMBOL};
pub use segment::{clauses, sentences, Sentence};
pub use tokenize::{tokenize, Token, TokenKind};

/// Identifies the language of `text` among `packs`, so languages without a
/// pack are never guessed. Function words decide first (each pack's
/// determiners, conjunctions, elisions, locatives, clause breaks): they tell
/// even a one-line headline apart, where letter statistics (whatlang,
/// restricted to the packs' languages) err; whatlang settles close calls.
/// Returns the pack's ISO 639-1 code, or `None` when there is no pack.
pub fn detect_language<'a>(text: &str, packs: &'a [LanguagePack]) -> Option<&'a str> {
    let sample: String = text.chars().take(4000).collect();
    let words: Vec<String> = sample
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(normalize)
        .collect();
    // A word that is a function word in several languages (`a`, `on`) tells nothing.
    let mut scores: Vec<(usize, &LanguagePack)> = packs.iter().map(|p| (0, p)).collect();
    for w in &words {
        let claimed: Vec<usize> = (0..packs.len()).filter(|&i| packs[i].is_function_word(w)).collect();
        if let [only] = claimed.as_slice() {
            scores[*only].0 += 1;
        }
    }
    scores.sort_by_key(|s| std::cmp::Reverse(s.0));
    match scores.as_slice() {
        [] => return None,
        [(_, only)] => return Some(only.code.as_str()),
        [(best, pack), (second, _), ..] if *best > 2 * *second => return Some(pack.code.as_str()),
        _ => {}
    }
    let allow: Vec<whatlang::Lang> = packs.iter().filter_map(|p| whatlang::Lang::from_code(&p.iso639_3)).collect();
    let lang = whatlang::Detector::with_allowlist(allow).detect_lang(&sample)?;
    packs.iter().find(|p| p.iso639_3 == lang.code()).map(|p| p.code.as_str())
}

/// Tells a text in a language without a pack from one with a pack, using the
/// full model: `Some(code)` names the foreign language (ISO 639-3) when it is
/// clearly not one of `packs`.
pub fn foreign_language(text: &str, packs: &[LanguagePack]) -> Option<String> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    let code = info.lang().code();
    if packs.iter().any(|p| p.iso639_3 == code) || !info.is_reliable() {
        None
    } else {
        Some(code.to_string())
    }
}
