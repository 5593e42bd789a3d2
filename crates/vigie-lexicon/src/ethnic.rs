//! Ethnic groups (`actors/ethnic.tsv`) and the words that mark a group as
//! ethnic (`actors/ethnic_markers.tsv`): the data behind CAMEO's ethnic
//! suffix (`IRQCVLkur`). Which country an ethnic actor belongs to is the
//! coder's business; this module only reads and checks the files.

use rustc_hash::FxHashSet as HashSet;

use crate::tsv;
use crate::{EntityRef, LanguageLexicon, LexiconError};

/// One ethnic group in one language.
#[derive(Debug, Clone)]
pub struct EthnicGroup {
    /// The CAMEO ethnic code, three lower-case letters (`kur`).
    pub code: String,
    /// The country whose nation the group is (`ALB` for Albanians); none
    /// for a group without a state of its own (Kurds).
    pub home: Option<String>,
    pub lang: String,
    pub forms: Vec<String>,
}

pub(crate) fn parse_groups(file: &str, content: &str) -> Result<Vec<EthnicGroup>, LexiconError> {
    let mut out = Vec::new();
    let mut keys = HashSet::default();
    for row in tsv::rows_with_optional(file, content, &["code", "home", "lang", "forms"], &["home"])? {
        let c = &row.cols;
        let err = |m: String| LexiconError::at(file, row.line, m);
        if c[0].len() != 3 || !c[0].chars().all(|ch| ch.is_ascii_lowercase()) {
            return Err(err(format!("ethnic code {:?} must be three lower-case letters", c[0])));
        }
        let home = c.get(1).filter(|h| !h.is_empty());
        if let Some(h) = home {
            if h.len() != 3 || !h.chars().all(|ch| ch.is_ascii_uppercase()) {
                return Err(err(format!("home country {h:?} must be an upper-case alpha-3 code")));
            }
        }
        if !keys.insert((c[0], c[2])) {
            return Err(err(format!("duplicate entry {} {}: merge the two rows", c[0], c[2])));
        }
        let mut seen = HashSet::default();
        let mut forms = Vec::new();
        for form in tsv::alternatives(c[3]) {
            if !seen.insert(vigie_text::normalize(form)) {
                return Err(err(format!("form {form:?} listed twice in one entry")));
            }
            forms.push(form.to_string());
        }
        out.push(EthnicGroup { code: c[0].to_string(), home: home.map(|h| h.to_string()), lang: c[2].to_string(), forms });
    }
    Ok(out)
}

/// The marker phrases of each language, as written (the language's pack
/// splits them into words).
pub(crate) fn parse_markers(file: &str, content: &str) -> Result<Vec<(String, Vec<String>)>, LexiconError> {
    let mut out = Vec::new();
    for row in tsv::rows(file, content, &["lang", "forms"])? {
        out.push((row.cols[0].to_string(), tsv::alternatives(row.cols[1]).map(str::to_string).collect()));
    }
    Ok(out)
}

/// Adds the groups' forms of language `code` to its phrase index, and its
/// markers, split into words by its pack.
pub(crate) fn add_to_language(lang: &mut LanguageLexicon, code: &str, groups: &[EthnicGroup], markers: &[(String, Vec<String>)]) {
    for (i, group) in groups.iter().enumerate().filter(|(_, g)| g.lang == code) {
        for form in &group.forms {
            lang.entities.add(&mut lang.pack, form, EntityRef::Ethnic(i));
        }
    }
    lang.ethnic_markers = markers.iter().filter(|(l, _)| l == code).flat_map(|(_, forms)| forms.iter().map(|f| lang.pack.phrase(f))).collect();
}
