//! Verb forms and names the rows must reach: progressive forms of verbs
//! whose base is also a noun (`is bombing`), phrasal accusations (`presented
//! evidence against`), older names of international bodies (`European
//! Community`). Hand-written sentences, French and English.

mod common;

/// (source, target, CAMEO code) of every event of `text` in language `lang`.
fn events(text: &str, lang: &str) -> Vec<(String, String, String)> {
    common::triples(text, lang, "2024-06-20")
}

fn event(s: &str, t: &str, code: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), code.to_string())
}

#[test]
fn a_progressive_bombing_is_an_air_strike() {
    assert_eq!(events("Turkey is bombing Iraq.", "en"), vec![event("TUR", "IRQ", "195")]);
    assert_eq!(events("Russian aircraft were bombing Ukraine last week.", "en"), vec![event("RUSMIL", "UKR", "195")]);
    // The noun after a determiner names the act, it does not report one.
    assert!(events("The bombing shocked Belgium.", "en").iter().all(|(_, _, c)| c != "195"));
}

#[test]
fn presenting_evidence_against_someone_accuses_them() {
    assert_eq!(events("Germany presented evidence against Iran.", "en"), vec![event("DEU", "IRN", "112")]);
    assert_eq!(events("La Belgique a présenté des preuves contre le Maroc.", "fr"), vec![event("BEL", "MAR", "112")]);
    // Evidence for someone is no accusation.
    assert!(events("Germany presented evidence for Iran.", "en").is_empty());
}

#[test]
fn the_european_community_is_the_european_union() {
    assert_eq!(events("The European Community condemned Iraq.", "en"), vec![event("EUR", "IRQ", "111")]);
    assert_eq!(events("La Communauté européenne a condamné la Libye.", "fr"), vec![event("EUR", "LBY", "111")]);
}

#[test]
fn a_passive_participle_before_an_infinitive_frames_the_act_there() {
    // `scheduled` would read `scheduled .. summit` (a scheduling act) with
    // the subject as its target; the act is attending the summit.
    let planned = events("Germany is scheduled to attend a summit in Brazil.", "en");
    assert_eq!(planned, vec![event("DEU", "BRA", "044")]);
    // Framed, the act has not happened yet, even with no cue of its own.
    for (text, lang) in [("The Turkish foreign minister was invited to visit Cairo.", "en"), ("Japan is expected to attend the summit in Brazil.", "en")] {
        let coded = factualities(text, lang);
        assert!(coded.iter().any(|(code, _)| code.starts_with("04")), "{text}: {coded:?}");
        assert!(coded.iter().all(|(_, f)| *f != vigie_model::Factuality::Asserted), "{text}: {coded:?}");
    }
}

/// (CAMEO code, factuality) of every event of `text`.
fn factualities(text: &str, lang: &str) -> Vec<(String, vigie_model::Factuality)> {
    common::code_text(text, Some(lang), "2024-06-20").into_iter().map(|m| (m.cameo, m.factuality)).collect()
}

#[test]
fn a_negation_after_a_noun_phrase_denies_its_verb_not_the_act_it_names() {
    use vigie_model::Factuality::{Asserted, Negated};
    let denial = factualities("Le démenti du Kremlin n'a pas convaincu la Finlande.", "fr");
    assert!(!denial.is_empty() && denial.iter().all(|(_, f)| *f == Asserted), "{denial:?}");
    let denial = factualities("The Kremlin's denial did not convince Finland.", "en");
    assert!(!denial.is_empty() && denial.iter().all(|(_, f)| *f == Asserted), "{denial:?}");
    // A negation before the phrase still denies the act.
    let visit = factualities("Il n'y a pas eu de visite de Macron en Chine.", "fr");
    assert!(!visit.is_empty() && visit.iter().all(|(_, f)| *f == Negated), "{visit:?}");
}

#[test]
fn seeking_to_deepen_ties_declares_an_intent_to_cooperate() {
    let both = events("Chile and Argentina are seeking to strengthen their partnership in mining.", "en");
    assert_eq!(both, vec![event("CHL", "ARG", "030")]);
    assert_eq!(events("Le Chili et l'Argentine cherchent à approfondir leurs relations.", "fr"), vec![event("CHL", "ARG", "030")]);
    // Ties already deepened are an act, not an intent.
    assert_eq!(events("Chile and Argentina strengthened their partnership.", "en"), vec![event("CHL", "ARG", "050")]);
}

#[test]
fn an_abbreviated_country_name_shares_the_agent_word_like_an_adjective() {
    let mut both = events("UK and Japanese officials criticised China.", "en");
    both.sort();
    assert_eq!(both, vec![event("GBRGOV", "CHN", "111"), event("JPNGOV", "CHN", "111")]);
    // A full name is a noun phrase of its own.
    let mut named = events("Britain and Japanese officials criticised China.", "en");
    named.sort();
    assert_eq!(named, vec![event("GBR", "CHN", "111"), event("JPNGOV", "CHN", "111")]);
}

#[test]
fn a_verb_form_ending_a_noun_compound_after_a_country_adjective_is_a_noun() {
    // `air raids` is what Chad complains about, not a raid by Chad.
    assert_eq!(events("Chad complained to Sudan over three Sudanese air raids last week.", "en"), vec![event("TCD", "SDN", "114")]);
    // With an object the same words make a verb.
    assert_eq!(events("Sudanese warplanes struck the Chadian army.", "en"), vec![event("SDNMIL", "TCDMIL", "190")]);
}
