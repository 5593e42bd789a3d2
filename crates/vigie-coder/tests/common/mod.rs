//! What every coder test file needs: the bundled lexicons, loaded once per
//! test binary, and one sentence or short text coded as an article of a
//! given language and publication date, and the (source, target, code)
//! projection most files compare. A file that is about other fields keeps
//! its own small projection of the mentions.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::sync::OnceLock;

use vigie_coder::Coder;
use vigie_lexicon::Lexicon;
use vigie_model::{Article, Mention};

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("lexicons load"))
}

/// The mentions coded from `text`; `lang` None lets the coder detect it.
pub fn code_text(text: &str, lang: Option<&str>, date: &str) -> Vec<Mention> {
    let article = Article { id: "t".into(), text: text.into(), date: Some(date.into()), lang: lang.map(Into::into), title: None, url: None };
    Coder::new(lexicon()).code(&article).expect("the text codes").mentions
}

/// The (source, target, CAMEO code) of each mention coded from `text`,
/// `""` for a side the coder left empty: the projection most slot and
/// actor tests compare.
pub fn triples(text: &str, lang: &str, date: &str) -> Vec<(String, String, String)> {
    code_text(text, Some(lang), date).into_iter().map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo)).collect()
}
