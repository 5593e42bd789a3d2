//! Who the sides of an event are when the sentence also names others: a
//! reporter (`…, a Lithuanian official confirmed`, `Police said …`) is
//! evidence, not a side; coordinated subjects of a symmetric verb are each
//! other's other side. Hand-written sentences, French and English.

mod common;

use vigie_model::Mention;

/// Codes `text`, its language declared as `fr` when it reads as French
/// (short sentences are too short to identify reliably).
fn code(text: &str) -> Vec<Mention> {
    let french = [" le ", " la ", " les ", " des ", " ont "].iter().any(|w| text.contains(w)) || !text.is_ascii();
    common::code_text(text, Some(if french { "fr" } else { "en" }), "2024-06-20")
}

/// (source, target, CAMEO root, symmetric) of every event.
fn sides(text: &str) -> Vec<(String, String, String, bool)> {
    code(text)
        .into_iter()
        .map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo_root, m.symmetric))
        .collect()
}

fn side(s: &str, t: &str, root: &str, symmetric: bool) -> (String, String, String, bool) {
    (s.to_string(), t.to_string(), root.to_string(), symmetric)
}

#[test]
fn a_trailing_reporter_is_neither_source_nor_target() {
    assert_eq!(
        sides("Poland and Lithuania have agreed to hold joint military exercises, a Lithuanian official confirmed."),
        vec![side("POL", "LTU", "03", true)]
    );
    assert_eq!(
        sides("Chile and Peru agreed to resume talks on their maritime border, the Chilean foreign ministry said on Friday."),
        vec![side("CHL", "PER", "03", true)]
    );
    // Everything between the last comma and the statement verb describes the reporter.
    assert_eq!(
        sides("Serbia accused Albania of supporting the dissidents, a member of the Chadian team trying to broker a peace pact has said."),
        vec![side("SRB", "ALB", "11", false)]
    );
    let fr = sides("La Pologne et la Lituanie ont accepté d'organiser des exercices militaires communs, a confirmé un responsable lituanien.");
    assert!(fr.iter().all(|(s, t, _, _)| s == "POL" && t == "LTU"), "{fr:?}");
}

#[test]
fn a_leading_reporter_gives_way_to_the_subject_it_reports() {
    // Counted nationals are the country's people (CVL), not its state.
    assert_eq!(sides("Police said more than 5,000 Serbians marched against the government in Belgrade."), vec![side("SRBCVL", "SRBGOV", "14", false)]);
    assert_eq!(
        sides("La police a déclaré que plus de 5 000 Serbes ont manifesté contre le gouvernement à Belgrade."),
        vec![side("SRB", "SRBGOV", "14", false)]
    );
    // An actor far into the reported clause is its object, not its subject.
    assert!(sides("Canada announced on Monday it would prohibit all exports to Russian banks and would deny entry to their owners.").iter().all(|x| x.0 == "CAN"));
    // A place-like complement of the speaker is not who speaks.
    assert!(sides("The Red Cross operating in Iraq said US forces must ensure security.").iter().all(|x| x.0 == "CRC"));
    // With no other subject, the speaker is the one who acts.
    let own = sides("Kenya said it would send troops to Haiti.");
    assert_eq!(own.iter().map(|x| (x.0.as_str(), x.1.as_str())).collect::<Vec<_>>(), vec![("KEN", "HTI")]);
}

#[test]
fn coordinated_subjects_of_a_symmetric_verb_are_each_others_side() {
    assert_eq!(sides("Greece and Turkey held talks on a Turkish naval exercise."), vec![side("GRC", "TUR", "04", true)]);
    assert_eq!(sides("Le Japon et la Corée du Sud ont tenu des pourparlers sur un exercice naval chinois."), vec![side("JPN", "KOR", "04", true)]);
}

#[test]
fn a_possessive_joins_a_country_to_its_body() {
    assert_eq!(sides("Japan's parliament approved sanctions against Russia.")[0].0, "JPNLEG");
    assert_eq!(sides("Chile's foreign minister visited Lima on Tuesday.")[0].0, "CHLGOV");
}

#[test]
fn a_date_after_an_agent_word_is_not_the_noun_it_qualifies() {
    assert_eq!(sides("A senior Egyptian official yesterday criticized Israel."), vec![side("EGYGOV", "ISR", "11", false)]);
    assert_eq!(sides("The Chilean government today condemned Argentina."), vec![side("CHLGOV", "ARG", "11", false)]);
    // The agent word still qualifies an ordinary noun.
    assert!(sides("Chile sent military aid to Peru.").iter().all(|x| x.1 == "PER"));
}

/// The CAMEO roots coded in `text`.
fn roots(text: &str) -> Vec<String> {
    code(text).into_iter().map(|m| m.cameo_root).collect()
}

#[test]
fn a_verb_form_after_a_determiner_or_genitive_is_a_noun_not_an_act() {
    assert_eq!(roots("After two days of fighting, Armenia and Azerbaijan agreed to a ceasefire."), vec!["08"]);
    assert_eq!(roots("Israel eased travel restrictions in the occupied West Bank."), vec!["08"]);
    assert_eq!(roots("Chad condemned the attack on its embassy in Sudan."), vec!["11"]);
    assert_eq!(roots("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting."), vec!["08"]);
    assert_eq!(roots("Japan halted aid to Serbia to end the fighting there."), vec!["16"]);
    assert_eq!(roots("Après deux jours de combats, l'Arménie et l'Azerbaïdjan ont conclu un cessez-le-feu."), vec!["08"]);
    assert_eq!(roots("Le Tchad a condamné l'attaque contre son ambassade au Soudan."), vec!["11"]);
    // The verb itself still codes, and after an actor the determiner is an object pronoun.
    assert_eq!(roots("Russia attacked Ukraine on Monday."), vec!["19"]);
    assert_eq!(roots("Moscou les accuse d'espionnage au profit de l'Ukraine."), vec!["11"]);
}

#[test]
fn a_desired_act_is_its_intent_or_threat_else_hypothetical() {
    assert_eq!(sides("Iran wants to attack Israel."), vec![side("IRN", "ISR", "13", false)]);
    assert_eq!(sides("L'Iran veut attaquer Israël."), vec![side("IRN", "ISR", "13", false)]);
    assert_eq!(sides("France wants to help Ukraine."), vec![side("FRA", "UKR", "03", false)]);
    assert_eq!(sides("Poland wants Germany to deliver tanks to Ukraine.")[0], side("POL", "DEU", "02", false));
    // No row pairs the wish with an intent: the act is coded as hypothetical.
    let expel = code("Iran wants to expel the British ambassador.");
    assert_eq!(expel.len(), 1, "{expel:?}");
    assert_eq!(expel[0].factuality, vigie_model::Factuality::Hypothetical);
    assert!(sides("Iran wants to build a bomb.").iter().all(|x| x.2 != "13"));
    assert_eq!(sides("Israel is opposed to French mediation in the talks with Syria."), vec![side("ISR", "FRA", "12", false)]);
    assert_eq!(sides("Israël est opposé à la médiation française."), vec![side("ISR", "FRA", "11", false)]);
    assert_eq!(sides("Turkey is determined to join the European Union."), vec![side("TUR", "EUR", "03", false)]);
    // A real passive stays one.
    assert_eq!(sides("Israel was attacked by Iran."), vec![side("IRN", "ISR", "19", false)]);
}

#[test]
fn a_country_adjective_on_the_means_names_the_agent_of_a_passive() {
    assert_eq!(sides("Four children were killed in Israeli tank shelling in Gaza on Friday."), vec![side("ISR", "PSECVL", "19", false)]);
    assert_eq!(sides("Quatre enfants ont été tués dans des bombardements israéliens à Gaza vendredi."), vec![side("ISR", "PSECVL", "19", false)]);
    // Without a means, no one is invented.
    assert!(sides("Four children were killed in Gaza on Friday.").is_empty());
}

#[test]
fn an_obligation_laid_on_an_actor_is_a_demand_by_whoever_states_it() {
    assert_eq!(sides("Russia said on Tuesday that Sudan must return the helicopter."), vec![side("RUS", "SDN", "10", false)]);
    assert_eq!(sides("Russia has to withdraw its troops, the French president said."), vec![side("FRAGOV", "RUS", "10", false)]);
    // Stated by no one, it is the article's voice: no event.
    assert!(sides("Sudan must return the helicopter.").is_empty());
}

#[test]
fn a_named_object_beats_the_sources_own_people() {
    assert_eq!(sides("Syria offered its troops to Lebanon's president."), vec![side("SYR", "LBNGOV", "03", false)]);
    // With no named actor after the verb, the agent word is the target.
    assert_eq!(sides("La police géorgienne a dispersé les manifestants à Tbilissi."), vec![side("GEOCOP", "GEOOPP", "17", false)]);
}

#[test]
fn an_infinitive_of_purpose_is_what_the_act_was_for_not_a_second_act() {
    // Two planned visits and the intent each states (036); no mediation.
    assert_eq!(roots("The Gambian president will visit Mauritania and Senegal on Monday to mediate in their border dispute."), vec!["04", "04", "03", "03"]);
    assert_eq!(roots("Le ministre turc s'est rendu à Bagdad mardi afin de négocier la libération des otages.").len(), 1);
    assert_eq!(roots("Le ministre turc s'est rendu à Bagdad mardi pour négocier la libération des otages.").len(), 1);
}

#[test]
fn an_actor_after_a_conjunction_is_the_subject_of_the_verb_that_follows() {
    let both = sides("Russia attacked Kharkiv and Ukraine shelled Belgorod.");
    assert_eq!(both.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect::<Vec<_>>(), vec![("RUS", "19"), ("UKR", "19")]);
    // With no actor of its own, the second verb shares the first one's subject.
    assert!(sides("Russia attacked Kharkiv and shelled Belgorod.").iter().all(|x| x.0 == "RUS"));
}

#[test]
fn weapons_that_act_stand_for_the_forces_using_them() {
    assert_eq!(sides("Russian drones attacked Kyiv overnight.")[0].0, "RUSMIL");
    assert_eq!(sides("Des drones russes ont attaqué Kiev dans la nuit.")[0].0, "RUSMIL");
    // Delivered weapons are a thing given, not who receives.
    assert_eq!(sides("L'Allemagne a livré des chars à l'Ukraine."), vec![side("DEU", "UKR", "07", false)]);
}

#[test]
fn what_follows_a_refusal_demand_or_threat_in_its_clause_is_its_content() {
    assert_eq!(roots("Arafat rejected a US offer to host a summit in July."), vec!["12"]);
    assert_eq!(roots("Russia threatened Ukraine with an attack on Kyiv."), vec!["13"]);
    assert_eq!(roots("La Serbie a exigé une réunion du Conseil de sécurité pour discuter de l'offensive croate."), vec!["10"]);
    // A conjunction starts an act of its own.
    assert_eq!(roots("Arafat rejected the offer and Israel attacked Gaza.").len(), 2);
}

#[test]
fn coordinated_country_adjectives_share_the_agent_that_follows() {
    assert_eq!(
        sides("Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate."),
        vec![side("HUNGOV", "ROUGOV", "03", true)]
    );
    // A country named by its name keeps its own code.
    assert_eq!(sides("Chile and Peru agreed on Monday."), vec![side("CHL", "PER", "03", true)]);
}

#[test]
fn an_agent_word_without_determiner_can_be_the_object() {
    assert_eq!(sides("The Sudanese government accused rebels of violating the ceasefire."), vec![side("SDNGOV", "SDNREB", "11", false)]);
    // Still not when it qualifies the next noun.
    assert!(sides("Chile sent military aid to Peru.").iter().all(|x| x.1 == "PER"));
}
