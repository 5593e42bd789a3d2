//! Words around an agent word that say whose group it names
//! (`actors/phrase_words.tsv`): possessive determiners (`their forces`),
//! the places a group holds (`militant positions`), the adjectives that
//! stand before their noun where most follow it (`de jeunes manifestants`)
//! the adjectives said of an object after it (`found them guilty`)
//! the suffix that
//! makes a country the leader of a group (`US-led`) and the nouns that name
//! an attack by its means (`bombing`, `engin explosif`). How they change an
//! actor is the coder's business; this module reads and checks the file.

use rustc_hash::FxHashSet as HashSet;

use crate::tsv;
use crate::{LanguageLexicon, LexiconError};

/// The kinds of word the file may list.
const KINDS: [&str; 19] = ["possessive", "group_site", "leader_suffix", "holder_suffix", "prenominal", "predicative", "settlement", "origin", "attack_means", "language_noun", "named_body", "opponent", "equipment", "paper_title", "staff", "standpoint", "artillery_weapon", "aerial_weapon", "named_place"];

/// One row: kind, language, its forms as written.
pub(crate) struct PhraseWords {
    kind: String,
    lang: String,
    forms: Vec<String>,
}

pub(crate) fn parse(file: &str, content: &str) -> Result<Vec<PhraseWords>, LexiconError> {
    let mut out = Vec::new();
    for row in tsv::rows(file, content, &["kind", "lang", "forms"])? {
        let c = &row.cols;
        if !KINDS.contains(&c[0]) {
            return Err(LexiconError::at(file, row.line, format!("unknown kind {:?} (expected one of {})", c[0], KINDS.join(", "))));
        }
        let forms: Vec<String> = tsv::alternatives(c[2]).map(str::to_string).collect();
        // The coder compares one word before or after an agent word.
        if let Some(f) = forms.iter().find(|f| f.split_whitespace().count() != 1) {
            return Err(LexiconError::at(file, row.line, format!("form {f:?} must be one word")));
        }
        out.push(PhraseWords { kind: c[0].to_string(), lang: c[1].to_string(), forms });
    }
    Ok(out)
}

/// The leader suffixes of language `code` (`-led`), as written: joined to
/// a country's name or adjective they make one more adjective of it.
pub(crate) fn leader_suffixes(rows: &[PhraseWords], code: &str) -> Vec<String> {
    rows.iter().filter(|r| r.lang == code && r.kind == "leader_suffix").flat_map(|r| r.forms.iter().cloned()).collect()
}

/// The holder suffixes of language `code` (`-held`), as written: joined to
/// an agent word or a country's word they name who holds a place.
pub(crate) fn holder_suffixes(rows: &[PhraseWords], code: &str) -> Vec<String> {
    rows.iter().filter(|r| r.lang == code && r.kind == "holder_suffix").flat_map(|r| r.forms.iter().cloned()).collect()
}

/// Gives language `code` its possessives and group sites, normalised as
/// its pack normalises text.
pub(crate) fn add_to_language(lang: &mut LanguageLexicon, code: &str, rows: &[PhraseWords]) {
    let words = |kind: &str| -> HashSet<String> {
        rows.iter().filter(|r| r.lang == code && r.kind == kind).flat_map(|r| r.forms.iter().map(|f| vigie_text::normalize(f))).collect()
    };
    lang.possessives = words("possessive");
    lang.group_sites = words("group_site");
    lang.prenominals = words("prenominal");
    lang.predicatives = words("predicative");
    lang.settlements = words("settlement");
    lang.origins = words("origin");
    lang.attack_means = words("attack_means");
    lang.language_nouns = words("language_noun");
    lang.named_bodies = words("named_body");
    lang.opponents = words("opponent");
    lang.staff = words("staff");
    lang.standpoints = words("standpoint");
    lang.named_places = words("named_place");
    lang.equipment = words("equipment");
    lang.paper_titles = words("paper_title");
    lang.artillery_weapons = words("artillery_weapon");
    lang.aerial_weapons = words("aerial_weapon");
    lang.holder_suffixes = rows
        .iter()
        .filter(|r| r.lang == code && r.kind == "holder_suffix")
        .flat_map(|r| r.forms.iter().map(|f| vigie_text::normalize(f)))
        .collect();
}
