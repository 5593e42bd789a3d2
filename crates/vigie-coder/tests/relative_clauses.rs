//! Relative clauses (`qui`, `dont`, `which`, `whose`, up to the next comma)
//! describe a noun: a negation inside one does not deny the main verb, an
//! actor inside one is not the main verb's subject, and the main clause
//! resumes after it with the antecedent as subject. Hand-written sentences,
//! French and English.

mod common;

use vigie_model::Factuality;

/// (source, target, CAMEO root, factuality) of every event of `text`.
fn events(text: &str, lang: &str) -> Vec<(String, String, String, Factuality)> {
    common::code_text(text, Some(lang), "2025-05-01")
        .into_iter()
        .map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo_root, m.factuality))
        .collect()
}

fn has(events: &[(String, String, String, Factuality)], source: &str, target: &str, root: &str, factuality: Factuality) -> bool {
    events.iter().any(|(s, t, r, f)| s == source && t == target && r == root && *f == factuality)
}

#[test]
fn a_negation_in_a_relative_clause_leaves_the_main_verb_asserted() {
    let coded = events("La Chine a critiqué le Japon, dont le gouvernement n'a pas répondu aux questions.", "fr");
    assert!(has(&coded, "CHN", "JPN", "11", Factuality::Asserted), "{coded:?}");
    let coded = events("China criticised Japan, whose government did not answer the questions.", "en");
    assert!(has(&coded, "CHN", "JPN", "11", Factuality::Asserted), "{coded:?}");
    // The main verb after the relative clause keeps its own factuality, and
    // what the relative clause denies is never asserted.
    let coded = events("Germany, which did not condemn Israel, criticised Iran.", "en");
    assert!(has(&coded, "DEU", "IRN", "11", Factuality::Asserted), "{coded:?}");
    assert!(!has(&coded, "DEU", "ISR", "11", Factuality::Asserted), "{coded:?}");
}

#[test]
fn the_main_clause_resumes_after_a_relative_clause_with_its_antecedent_as_subject() {
    let coded = events("La Russie, qui n'a pas attaqué l'Ukraine mardi, a menacé la Pologne.", "fr");
    assert!(has(&coded, "RUS", "POL", "13", Factuality::Asserted), "{coded:?}");
    assert!(!coded.iter().any(|(s, _, _, _)| s == "UKR"), "{coded:?}");
    let coded = events("Russia, which did not attack Ukraine on Tuesday, threatened Poland.", "en");
    assert!(has(&coded, "RUS", "POL", "13", Factuality::Asserted), "{coded:?}");
    assert!(!coded.iter().any(|(s, _, _, _)| s == "UKR"), "{coded:?}");
}

#[test]
fn an_actor_inside_the_relative_clause_is_the_subject_of_its_verb() {
    // `dont le Kremlin a dit`: the Kremlin speaks, not Germany, the antecedent.
    let coded = events("Les vétérans ont commémoré la victoire sur l'Allemagne nazie, dont le Kremlin a condamné les crimes.", "fr");
    assert!(coded.iter().any(|(s, _, r, _)| s == "RUSGOV" && r == "11"), "{coded:?}");
    assert!(!coded.iter().any(|(s, _, r, _)| s.starts_with("DEU") && r == "11"), "{coded:?}");
    let coded = events("They celebrated the victory over Nazi Germany, whose crimes the Kremlin condemned.", "en");
    assert!(!coded.iter().any(|(s, _, r, _)| s.starts_with("DEU") && r == "11"), "{coded:?}");
}
