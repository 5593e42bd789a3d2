//! Integrity of `actors/ethnic.tsv`: every code is one of GDELT's CAMEO
//! ethnic codes, every home country a country of `actors/countries.tsv`,
//! and no form names two groups in one language.

use std::collections::{HashMap, HashSet};

use vigie_lexicon::Lexicon;

#[test]
fn ethnic_groups_use_known_codes_and_countries_and_distinct_forms() {
    let lexicon = Lexicon::embedded().expect("shipped lexicons load");
    let reference = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/reference/gdelt_lookups/CAMEO.ethnic.txt");
    let reference = std::fs::read_to_string(reference).expect("../shared/reference/gdelt_lookups/CAMEO.ethnic.txt");
    let known: HashSet<&str> = reference.lines().skip(1).filter_map(|l| l.split('\t').next()).collect();
    assert!(lexicon.ethnic_groups.len() >= 120, "about sixty groups in two languages");
    let mut forms: HashMap<(String, String), String> = HashMap::new();
    for group in &lexicon.ethnic_groups {
        assert!(known.contains(group.code.as_str()), "{} is no CAMEO ethnic code", group.code);
        if let Some(home) = &group.home {
            assert!(lexicon.country_place(home).is_some(), "{}: unknown home country {home}", group.code);
        }
        for form in &group.forms {
            let key = (group.lang.clone(), vigie_text::normalize(form));
            if let Some(other) = forms.insert(key, group.code.clone()) {
                panic!("{form:?} names both {other} and {}", group.code);
            }
        }
    }
    let kurds = lexicon.ethnic_groups.iter().find(|g| g.code == "kur" && g.lang == "fr").expect("Kurds in French");
    assert!(kurds.home.is_none() && kurds.forms.iter().any(|f| f == "kurde"));
}
