//! Force and coercion: what they aim at, and the PLOVER type they export
//! as. Hand-written sentences, French and English.

mod common;

use vigie_model::Mention;

fn code_in(lang: &str, text: &str) -> Vec<Mention> {
    common::code_text(text, Some(lang), "2025-06-20")
}

/// (source, target, CAMEO code) of every event.
fn triples(lang: &str, text: &str) -> Vec<(String, String, String)> {
    code_in(lang, text).into_iter().map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo)).collect()
}

fn t(s: &str, g: &str, c: &str) -> (String, String, String) {
    (s.to_string(), g.to_string(), c.to_string())
}

/// (PLOVER event, PLOVER mode) of the only event.
fn plover(lang: &str, text: &str) -> (String, String) {
    let ms = code_in(lang, text);
    assert_eq!(ms.len(), 1, "{text}: {ms:?}");
    (ms[0].plover_event.clone().unwrap_or_default(), ms[0].plover_mode.clone().unwrap_or_default())
}

fn p(event: &str, mode: &str) -> (String, String) {
    (event.to_string(), mode.to_string())
}

#[test]
fn coercion_and_force_aim_before_the_event_they_answer() {
    // The victims of the event after `following`/`after`/`après` are not
    // the target; the place before is.
    assert_eq!(
        triples("en", "Israel reimposed a blockade on the Gaza Strip following the deaths of two Israeli soldiers."),
        vec![t("ISR", "PSE", "191")]
    );
    assert_eq!(triples("en", "Russian forces shelled Kharkiv after the killing of two Russian soldiers."), vec![t("RUSMIL", "UKR", "194")]);
    assert_eq!(
        triples("fr", "L'armée israélienne a imposé un blocus en Cisjordanie après la mort de deux Israéliens."),
        vec![t("ISRMIL", "PSE", "191")]
    );
    assert_eq!(
        triples("fr", "L'armée israélienne a bombardé Gaza à la suite de la mort de deux soldats israéliens."),
        vec![t("ISRMIL", "PSE", "195")]
    );
    // An object before the cause stays the target.
    assert_eq!(
        triples("en", "Turkish authorities imposed a curfew in the town of Cizre following clashes with Kurdish militants.")[0],
        t("TURGOV", "TURCVL", "1723")
    );
}

#[test]
fn plover_types_follow_the_plover_manual() {
    // Lifting a curfew is a concession (CONCEDE), not a material retreat.
    assert_eq!(plover("en", "The government lifted the curfew in the capital."), p("CONCEDE", ""));
    assert_eq!(plover("fr", "Le gouvernement a levé le couvre-feu dans la capitale."), p("CONCEDE", ""));
    // A resignation is a RETREAT, mode resign.
    assert_eq!(plover("en", "The Japanese prime minister resigned on Tuesday."), p("RETREAT", "resign"));
    assert_eq!(plover("fr", "Le Premier ministre japonais a démissionné mardi."), p("RETREAT", "resign"));
    // International sanctions are SANCTION, mode discontinue.
    assert_eq!(plover("en", "The European Union imposed sanctions on Iran."), p("SANCTION", "discontinue"));
    assert_eq!(plover("fr", "L'Union européenne a imposé des sanctions à l'Iran."), p("SANCTION", "discontinue"));
    // Taking ground by force is an ASSAULT.
    assert_eq!(plover("en", "Russian troops captured the town of Avdiivka.").0, "ASSAULT");
    assert_eq!(plover("fr", "Les troupes russes ont pris la ville d'Avdiïvka.").0, "ASSAULT");
}

#[test]
fn a_legal_charge_is_a_plover_accusation_an_arrest_a_coercion() {
    // CAMEO files both under 173; PLOVER's manual sends indicting and
    // charging to ACCUSE (allege), arresting to COERCE.
    assert_eq!(plover("en", "Montenegro's prime minister has been indicted by the U.N. war crimes court."), p("ACCUSE", "allege"));
    assert_eq!(plover("fr", "Un juge français a inculpé l'ancien ministre libanais."), p("ACCUSE", "allege"));
    assert_eq!(plover("en", "Turkish police arrested 20 Kurdish activists in Istanbul.").0, "COERCE");
    assert_eq!(plover("fr", "La police turque a arrêté 20 militants kurdes à Istanbul.").0, "COERCE");
}
