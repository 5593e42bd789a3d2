//! What each coded actor is, beyond its code: the country it belongs to and
//! the organisation it is. An actor code alone cannot say it — `UNO`, `EUR`
//! and `AFU` are three capitals like `RUS` — so the coder, which knows its
//! lexicon's organisations, writes it on every mention, and exports read it
//! there instead of guessing from the code's first letters.

use vigie_lexicon::Lexicon;
use vigie_model::Mention;

/// Fills the country and organisation of both actors of each mention.
pub(crate) fn describe_actors(lexicon: &Lexicon, mentions: &mut [Mention]) {
    for m in mentions {
        (m.source_country, m.source_org) = m.source.as_deref().map(|c| describe(lexicon, c)).unwrap_or_default();
        (m.target_country, m.target_org) = m.target.as_deref().map(|c| describe(lexicon, c)).unwrap_or_default();
    }
}

/// The (country, organisation) of an actor code. The organisation is the
/// longest head of the code left once trailing agent codes are dropped
/// (`UNOMIL` → `UNO`), its country the home `organisation_countries.tsv`
/// gives it (`HEZ` → LBN; none for an international body); otherwise the
/// code's first three letters are a country when the gazetteer has it
/// (`FRAPTY` → FRA); an agent alone (`REB`, `---REB`) has neither.
fn describe(lexicon: &Lexicon, code: &str) -> (Option<String>, Option<String>) {
    let core = code.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let mut head = core;
    while head.len() >= 3 {
        if lexicon.is_organisation(head) {
            return (lexicon.organisation_country(head).map(str::to_string), Some(head.to_string()));
        }
        if head.len() < 6 || !head.is_char_boundary(head.len() - 3) {
            break;
        }
        head = &head[..head.len() - 3];
    }
    let country = core.get(..3).filter(|c| lexicon.country_place(c).is_some());
    (country.map(str::to_string), None)
}
