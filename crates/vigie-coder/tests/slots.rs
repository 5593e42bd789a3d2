//! What a `{T}` slot holds: the actor right after the pattern's words,
//! over a determiner, a number and (where adjectives come first) a
//! participle of no known verb; an agent word alone there has the country
//! the text gives it, else the source's. Hand-written sentences, French
//! and English.

mod common;

fn sides(lang: &str, text: &str) -> Vec<(String, String, String)> {
    common::triples(text, lang, "2024-07-02")
}

fn side(s: &str, t: &str, code: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), code.to_string())
}

#[test]
fn a_finite_verb_of_a_pattern_does_not_join_its_subject_to_its_object() {
    // `helped` is a verb form: `The US helped the army` is two actors, not one phrase.
    assert_eq!(sides("en", "The US helped the army."), vec![side("USA", "USAMIL", "070")]);
    assert_eq!(sides("en", "Britain helped the police."), vec![side("GBR", "GBRCOP", "070")]);
    assert_eq!(sides("en", "France helps the rebels in Egypt."), vec![side("FRA", "EGYREB", "070")]);
    assert_eq!(sides("fr", "Le Royaume-Uni a aidé la police."), vec![side("GBR", "GBRCOP", "070")]);
}

#[test]
fn a_number_or_participle_before_the_slot_actor_is_stepped_over() {
    assert_eq!(sides("en", "The USA helped the two exiled dissidents from Egypt."), vec![side("USA", "EGYOPP", "070")]);
    assert_eq!(sides("en", "Germany helped three Turkish journalists."), vec![side("DEU", "TURMED", "070")]);
    assert_eq!(sides("fr", "Les États-Unis ont aidé les deux dissidents égyptiens exilés."), vec![side("USA", "EGYOPP", "070")]);
    assert_eq!(sides("fr", "L'Allemagne a aidé trois journalistes turcs."), vec![side("DEU", "TURMED", "070")]);
}

#[test]
fn a_slot_right_before_a_passive_agent_is_read_passively() {
    // The noun before the participle undergoes the act; the release names no one who releases.
    assert_eq!(sides("fr", "Deux journalistes arrêtés par la police turque ont été libérés."), vec![side("TURCOP", "TURMED", "173")]);
    assert_eq!(sides("fr", "Deux opposants libérés par la police russe ont quitté le pays."), vec![side("RUSCOP", "RUSOPP", "0841")]);
    assert_eq!(sides("en", "Two dissidents released by Russian police left the country."), vec![side("RUSCOP", "RUSOPP", "0841")]);
    // A thing before the participle: no event is made of `hosted by`.
    assert!(sides("en", "Diplomats attended a lunch hosted by the ambassador.").iter().all(|s| s.2 != "0841"));
}

#[test]
fn the_comma_closing_an_opening_phrase_lists_no_subject() {
    assert_eq!(sides("en", "In a letter to the UN, Iraq accused Iran of attacking its border posts."), vec![side("IRQ", "IRN", "1123")]);
    assert_eq!(sides("fr", "Dans une lettre à l'ONU, l'Irak a accusé l'Iran d'attaquer ses postes frontières."), vec![side("IRQ", "IRN", "1123")]);
    assert!(sides("en", "In a letter to the UN, Iraq said it would withdraw its troops from Kuwait.").iter().all(|s| s.0 == "IRQ"));
    // A list with its conjunction stays a list.
    assert_eq!(sides("en", "Germany, France and Italy criticised Russia.").len(), 3);
}

#[test]
fn a_past_written_out_in_a_row_is_a_verb_form() {
    assert_eq!(sides("en", "France trained the army."), vec![side("FRA", "FRAMIL", "062")]);
    assert_eq!(sides("en", "Kenya jailed the protesters on Monday."), vec![side("KEN", "KENOPP", "173")]);
    // A source of no country leaves the agent word's country unknown.
    assert_eq!(sides("en", "The European Union sanctioned the rebels."), vec![side("EUR", "---REB", "163")]);
}
