//! French news phrasing the wire agendas are full of, on hand-written
//! sentences: the `être` passive (`est invité par`, `est reçu par`) against
//! the active perfect of `être` verbs (`est arrivé`, `se sont rencontrés`),
//! and what reports no act between actors today — a hearing or trial on the
//! agenda, the name of an international day, a sports fixture — or one of
//! the past (`il y a 25 ans`, a commemoration: coded, marked historical).
//! Each "no event" case has a control sentence that does code, so that the
//! test fails if the coder simply stops coding.

mod common;

use vigie_model::{Factuality, Mention};

fn code(text: &str) -> Vec<Mention> {
    common::code_text(text, Some("fr"), "2025-03-04")
}

fn summary(ms: &[Mention]) -> String {
    ms.iter().map(|m| format!("{:?} → {:?} {} ({})", m.source, m.target, m.cameo, m.rule)).collect::<Vec<_>>().join("; ")
}

fn starts(code: &Option<String>, prefix: &str) -> bool {
    code.as_deref().is_some_and(|c| c.starts_with(prefix))
}

#[test]
fn invited_by_someone_is_the_agent_inviting() {
    let ms = code("Le Premier ministre indien est invité par le président français à Paris.");
    assert!(
        ms.iter().any(|m| starts(&m.source, "FRA") && starts(&m.target, "IND") && m.cameo_root == "02"),
        "{}",
        summary(&ms)
    );
    assert!(!ms.iter().any(|m| starts(&m.source, "IND")), "{}", summary(&ms));
}

#[test]
fn invited_to_do_something_is_no_invitation_by_the_subject() {
    let ms = code("Le chancelier allemand est invité à prendre la parole devant le Parlement européen.");
    // The chancellor invites nobody; the speech he is invited to give has not happened yet.
    assert!(!ms.iter().any(|m| starts(&m.source, "DEU") && m.cameo_root == "02"), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| starts(&m.source, "DEU") && m.factuality == Factuality::Asserted), "{}", summary(&ms));
}

#[test]
fn a_country_that_is_the_guest_invites_nobody() {
    let ms = code("Le Portugal est le pays invité du salon du livre de Genève.");
    assert!(!ms.iter().any(|m| starts(&m.source, "PRT")), "{}", summary(&ms));
    let ms = code("Le Portugal a plusieurs fois invité le président suisse.");
    assert!(ms.iter().any(|m| starts(&m.source, "PRT") && m.cameo_root == "02"), "{}", summary(&ms));
    let control = code("Le Portugal a invité le président suisse.");
    assert!(control.iter().any(|m| starts(&m.source, "PRT") && m.cameo_root == "02"), "control: {}", summary(&control));
}

#[test]
fn received_by_a_host_is_hosted_by_it() {
    let ms = code("Le ministre japonais des Affaires étrangères est reçu par son homologue chinois à Pékin.");
    assert!(
        ms.iter().any(|m| starts(&m.source, "CHN") && starts(&m.target, "JPN") && m.cameo == "043"),
        "{}",
        summary(&ms)
    );
}

#[test]
fn a_verb_of_motion_with_etre_stays_active() {
    let ms = code("Le président brésilien est arrivé en Argentine.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("BRAGOV") && starts(&m.target, "ARG") && m.cameo == "042"), "{}", summary(&ms));
    let ms = code("Des milliers d'étudiants chiliens sont descendus dans la rue à Santiago.");
    assert!(ms.iter().any(|m| starts(&m.source, "CHL") && m.cameo_root == "14"), "{}", summary(&ms));
}

#[test]
fn a_reflexive_verb_with_etre_stays_active() {
    let ms = code("Les présidents turc et iranien se sont rencontrés à Ankara.");
    assert!(
        ms.iter().any(|m| m.cameo_root == "04" && starts(&m.source, "TUR") && starts(&m.target, "IRN")),
        "{}",
        summary(&ms)
    );
}

#[test]
fn a_trial_on_the_agenda_is_not_the_accusation_it_judges() {
    let control = code("Trois réfugiés syriens accusent le gouvernement syrien de torture.");
    assert!(control.iter().any(|m| m.cameo_root == "11"), "control: {}", summary(&control));
    let ms = code("Procès à Paris de trois réfugiés syriens qui accusent le gouvernement syrien de torture.");
    assert!(ms.is_empty(), "{}", summary(&ms));
    let ms = code("Audience devant le tribunal de Lyon pour trois réfugiés syriens qui accusent le gouvernement syrien de torture.");
    assert!(ms.is_empty(), "{}", summary(&ms));
}

#[test]
fn a_civil_conviction_is_a_judicial_finding_not_a_criticism() {
    let ms = code("La justice espagnole a condamné au civil un ancien ministre marocain à verser 10 000 euros à une association.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("ESPJUD") && m.cameo == "116"), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| m.cameo == "111"), "{}", summary(&ms));
}

#[test]
fn what_happened_years_ago_is_coded_as_historical() {
    let control = code("L'armée russe bombardait la capitale tchétchène.");
    assert!(control.iter().any(|m| m.source.as_deref() == Some("RUSMIL") && !m.historical), "control: {}", summary(&control));
    let ms = code("Il y a 25 ans, l'armée russe bombardait la capitale tchétchène.");
    assert!(!ms.is_empty() && ms.iter().all(|m| m.historical), "{}", summary(&ms));
}

#[test]
fn a_commemorated_act_is_historical() {
    let control = code("Attaque de l'armée irakienne contre le Koweït.");
    assert!(control.iter().any(|m| m.source.as_deref() == Some("IRQMIL") && m.cameo_root == "19" && !m.historical), "control: {}", summary(&control));
    let ms = code("Commémoration de l'attaque de l'armée irakienne contre le Koweït.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("IRQMIL") && m.historical), "{}", summary(&ms));
    assert!(ms.iter().all(|m| m.historical), "{}", summary(&ms));
}

#[test]
fn the_name_of_an_international_day_is_no_act() {
    let control = code("Les forces birmanes torturent des prisonniers.");
    assert!(control.iter().any(|m| m.cameo_root == "18"), "control: {}", summary(&control));
    let ms = code("Journée internationale contre la torture des prisonniers par les forces birmanes.");
    assert!(ms.is_empty(), "{}", summary(&ms));
}

#[test]
fn an_act_on_an_anniversary_day_is_still_an_act() {
    let ms = code("Pour célébrer le centenaire de l'indépendance, le président polonais a appelé les Européens à l'unité.");
    assert!(ms.iter().any(|m| starts(&m.source, "POL") && m.cameo_root == "02"), "{}", summary(&ms));
}

#[test]
fn a_passive_conviction_names_the_court_as_source() {
    let ms = code("Les deux hommes ont été condamnés par la justice dominicaine à vingt ans de prison.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("DOMJUD") && m.cameo == "116"), "{}", summary(&ms));
    let ms = code("Les deux hommes seront condamnés par la justice dominicaine en 2015 à vingt ans de prison.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("DOMJUD") && m.cameo == "116"), "{}", summary(&ms));
}

#[test]
fn a_sports_fixture_is_no_fight() {
    let control = code("L'armée française affrontera les forces maliennes samedi à Gao.");
    assert!(control.iter().any(|m| m.source.as_deref() == Some("FRAMIL") && m.cameo_root == "19"), "control: {}", summary(&control));
    let ms = code("La sélection française affrontera l'Italie en demi-finale samedi à Rome.");
    assert!(!ms.iter().any(|m| m.cameo_root == "19"), "{}", summary(&ms));
}

#[test]
fn a_present_ending_like_a_participle_is_still_the_present() {
    // `effectue`, `salue`, `restitue` end like `rendue`, but with a subject
    // before them they are the present: the subject acts.
    let ms = code("Le président chinois effectue une visite d'État au Japon.");
    assert!(ms.iter().any(|m| starts(&m.source, "CHN") && starts(&m.target, "JPN") && m.cameo == "042"), "{}", summary(&ms));
    let ms = code("Le chancelier allemand salue la décision de la Pologne.");
    assert!(ms.iter().any(|m| starts(&m.source, "DEU") && starts(&m.target, "POL") && m.cameo_root == "05"), "{}", summary(&ms));
    // A real participle without auxiliary still describes who undergoes the act.
    let ms = code("Une délégation iranienne reçue par le président turc a quitté Ankara.");
    assert!(!ms.iter().any(|m| starts(&m.source, "IRN") && m.cameo_root == "04" && starts(&m.target, "TUR")), "{}", summary(&ms));
}

#[test]
fn a_bare_participle_of_an_etre_verb_names_who_went() {
    // `arrivés` makes its perfect with `être`: the soldiers arrived, nobody
    // brought them; `accusés` (with `avoir`) keeps its noun as who undergoes.
    let ms = code("Les soldats nord-coréens arrivés en Russie ont été déployés près de Koursk.");
    assert!(ms.iter().any(|m| starts(&m.source, "PRK") && starts(&m.target, "RUS") && m.cameo == "042"), "{}", summary(&ms));
}

#[test]
fn a_relative_pronoun_standing_for_no_actor_gives_its_verb_no_subject() {
    // `qui` stands for `groupes locaux`, no actor: Russia does not fight the army.
    let ms = code("Le soutien que la Russie apporterait aux groupes locaux qui combattent l'armée malienne inquiète Bamako.");
    assert!(!ms.iter().any(|m| starts(&m.source, "RUS") && m.cameo_root == "19"), "{}", summary(&ms));
    // Control: where `qui` stands for an actor, that actor fights.
    let ms = code("Le soutien que la Russie apporterait aux rebelles qui combattent l'armée malienne inquiète Bamako.");
    assert!(ms.iter().any(|m| m.source.as_deref().is_some_and(|s| s.ends_with("REB")) && starts(&m.target, "MLIMIL") && m.cameo_root == "19"), "{}", summary(&ms));
}

#[test]
fn people_arriving_on_their_own_account_make_no_visit() {
    let ms = code("Des milliers de réfugiés soudanais sont arrivés au Tchad.");
    assert!(!ms.iter().any(|m| m.cameo == "042"), "{}", summary(&ms));
    let ms = code("Le président soudanais est arrivé au Tchad.");
    assert!(ms.iter().any(|m| starts(&m.source, "SDNGOV") && starts(&m.target, "TCD") && m.cameo == "042"), "{}", summary(&ms));
}

#[test]
fn a_participle_describing_what_is_denounced_is_no_event_of_its_own() {
    let ms = code("Les syndicats grecs ont dénoncé les réformes envisagées par le gouvernement grec.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRCLAB") && m.cameo_root == "11"), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| m.cameo == "014"), "{}", summary(&ms));
    // Control: the government considering reforms, said as such, is 014.
    let ms = code("Le gouvernement grec envisage des réformes des retraites.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRCGOV") && m.cameo == "014"), "{}", summary(&ms));
}

#[test]
fn an_agent_word_after_a_bare_genitive_says_what_kind_of_thing() {
    // `décision de justice` is a kind of decision, not the judiciary acting.
    let ms = code("Une décision de justice a critiqué le ministre turc.");
    assert!(!ms.iter().any(|m| m.source.as_deref().is_some_and(|s| s.ends_with("JUD"))), "{}", summary(&ms));
    let ms = code("La justice turque a critiqué le ministre turc.");
    assert!(ms.iter().any(|m| starts(&m.source, "TURJUD") && m.cameo_root == "11"), "{}", summary(&ms));
    // `des rebelles` after a plural noun stay actors (`des milliers de manifestants`).
    let ms = code("Une voiture de police a été attaquée par des rebelles maliens.");
    assert!(ms.iter().any(|m| starts(&m.source, "MLIREB") && m.cameo_root == "19"), "{}", summary(&ms));
}

#[test]
fn beside_a_journey_noun_an_agent_word_alone_is_a_building_not_a_traveller() {
    let ms = code("Visite du commissariat central de police.");
    assert!(ms.is_empty(), "{}", summary(&ms));
    let ms = code("Visite du président italien au Liban.");
    assert!(ms.iter().any(|m| starts(&m.source, "ITAGOV") && starts(&m.target, "LBN") && m.cameo == "042"), "{}", summary(&ms));
}

#[test]
fn what_is_only_probable_or_summoned_before_a_judge_has_not_happened() {
    let ms = code("Le Premier ministre belge annoncera probablement la composition du gouvernement.");
    assert!(ms.iter().any(|m| starts(&m.source, "BELGOV") && m.factuality == Factuality::Hypothetical), "{}", summary(&ms));
    let ms = code("Le Premier ministre belge a annoncé la composition du gouvernement.");
    assert!(ms.iter().any(|m| starts(&m.source, "BELGOV") && m.factuality == Factuality::Asserted), "{}", summary(&ms));
    // A summons before a judge names a court step to come, as a hearing does.
    let ms = code("Lyon : convocation de deux filiales du groupe pétrolier russe pour une éventuelle mise en examen pour pollution.");
    assert!(ms.is_empty(), "{}", summary(&ms));
    let ms = code("Le juge a mis en examen deux filiales du groupe pétrolier russe.");
    assert!(ms.iter().any(|m| starts(&m.target, "RUS") && m.cameo == "173"), "{}", summary(&ms));
}

#[test]
fn a_protest_at_home_by_an_actor_the_dateline_places_is_against_its_government() {
    let ms = code("Kenya : manifestation du Parti démocratique orange à Nairobi.");
    assert!(ms.iter().any(|m| starts(&m.source, "KENPTY") && starts(&m.target, "KENGOV") && m.cameo == "141"), "{}", summary(&ms));
}

#[test]
fn a_later_bare_noun_refers_to_the_actor_it_heads_not_one_it_qualifies() {
    // `le chef de l'armée, le président Goïta` is named by `chef`: the later
    // `l'armée` is the army, and the apposition is who meets.
    let ms = code("L'armée malienne a attaqué les rebelles touareg. Le chef de l'armée, le président Assimi Goïta, a rencontré le président nigérien. L'armée a ensuite bombardé les rebelles.");
    assert!(ms.iter().any(|m| starts(&m.source, "MLIGOV") && starts(&m.target, "NERGOV") && m.cameo == "040"), "{}", summary(&ms));
    assert!(ms.iter().any(|m| m.sentence_index == 2 && starts(&m.source, "MLIMIL") && m.cameo_root == "19"), "{}", summary(&ms));
    // In a coordination each actor keeps its own noun: `l'armée et le dirigeant du Mali`.
    let ms = code("L'armée malienne a attaqué les rebelles touareg. Le président Assimi Goïta, chef de l'armée et dirigeant du Mali, a rencontré le président nigérien. L'armée a ensuite bombardé les rebelles.");
    assert!(ms.iter().any(|m| m.sentence_index == 2 && starts(&m.source, "MLIMIL") && m.cameo_root == "19"), "{}", summary(&ms));
}

#[test]
fn a_statement_in_an_incise_is_made_by_the_subject_after_its_verb() {
    let ms = code("Le chômage a baissé, a assuré le porte-parole du gouvernement français.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && m.cameo == "010"), "{}", summary(&ms));
    // Not by an actor of what is said before the comma.
    let ms = code("Les rebelles touareg ont reculé, a assuré le porte-parole du gouvernement malien.");
    assert!(ms.iter().all(|m| !(m.cameo == "010" && m.source.as_deref().is_some_and(|s| s.contains("REB")))), "{}", summary(&ms));
    assert!(ms.iter().any(|m| starts(&m.source, "MLIGOV") && m.cameo == "010"), "{}", summary(&ms));
}

#[test]
fn an_actor_inside_what_a_bare_statement_says_is_not_its_target() {
    let ms = code("Le président chilien annonçait la reprise des essais nucléaires argentins.");
    assert!(ms.iter().any(|m| starts(&m.source, "CHLGOV") && m.cameo == "010" && m.target.is_none()), "{}", summary(&ms));
    // Control: an act with an object keeps it.
    let ms = code("Le président chilien a critiqué les essais nucléaires argentins.");
    assert!(ms.iter().any(|m| starts(&m.source, "CHLGOV") && starts(&m.target, "ARG") && m.cameo_root == "11"), "{}", summary(&ms));
}

#[test]
fn a_statement_verb_that_gives_a_nickname_reports_nothing() {
    let ms = code("Le général soudanais Abdel Karim, dit « Kiki », commande la garde présidentielle depuis 2019.");
    assert!(ms.iter().all(|m| m.cameo != "010"), "{}", summary(&ms));
    let ms = code("Le procès dit « des Rafale » a condamné un ministre tchadien.");
    assert!(ms.iter().all(|m| m.cameo != "010"), "{}", summary(&ms));
    // Control: with a subject before it, `dit « … »` still reports.
    let ms = code("Le président tchadien dit « non » aux rebelles.");
    assert!(ms.iter().any(|m| starts(&m.source, "TCDGOV") && m.cameo == "010"), "{}", summary(&ms));
}

#[test]
fn political_forces_are_parties_not_the_military() {
    let ms = code("Les forces politiques ivoiriennes ont dénoncé l'armée.");
    assert!(ms.iter().any(|m| starts(&m.source, "CIVPTY") && starts(&m.target, "CIVMIL") && m.cameo == "111"), "{}", summary(&ms));
    // Control: `forces` alone stays the military.
    let ms = code("Les forces ivoiriennes ont dénoncé les partis.");
    assert!(ms.iter().any(|m| starts(&m.source, "CIVMIL") && m.cameo == "111"), "{}", summary(&ms));
}

#[test]
fn a_country_before_a_genitive_and_another_countrys_agent_is_the_destination() {
    let ms = code("Visite en Égypte du Premier ministre grec.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRCGOV") && starts(&m.target, "EGY") && m.cameo == "042"), "{}", summary(&ms));
    let ms = code("Voyage au Brésil de la ministre allemande des Affaires étrangères.");
    assert!(ms.iter().any(|m| starts(&m.source, "DEUGOV") && starts(&m.target, "BRA") && m.cameo == "042"), "{}", summary(&ms));
    // Control: a country's own leader stays one actor with it.
    let ms = code("La Russie du président Poutine menace l'Ukraine.");
    assert!(ms.iter().any(|m| starts(&m.source, "RUS") && starts(&m.target, "UKR") && m.cameo_root == "13"), "{}", summary(&ms));
}

#[test]
fn a_statement_verb_after_an_auxiliary_or_a_cue_still_reports_its_quotation() {
    let ms = code("Le ministre marocain a dit « non » aux rebelles.");
    assert!(ms.iter().any(|m| starts(&m.source, "MARGOV") && m.cameo == "010"), "{}", summary(&ms));
}

#[test]
fn a_country_that_ends_a_longer_proper_name_is_not_the_country() {
    // A street named after a person, a competition, a charity: the country's
    // name ends another name.
    let ms = code("Le ministre algérien a critiqué les commerçants de la rue Mendès France.");
    assert!(ms.iter().any(|m| starts(&m.source, "DZAGOV") && m.cameo == "111"), "{}", summary(&ms));
    assert!(ms.iter().all(|m| !starts(&m.target, "FRA")), "{}", summary(&ms));
    let ms = code("Le ministre algérien a critiqué la Coupe de France.");
    assert!(ms.iter().any(|m| starts(&m.source, "DZAGOV") && m.cameo == "111" && m.target.is_none()), "{}", summary(&ms));
    let ms = code("L'association Bleuet de France vient en aide aux soldats blessés.");
    assert!(ms.iter().all(|m| !starts(&m.source, "FRA")), "{}", summary(&ms));
    // Controls: the country itself, and a king's name before his country.
    let ms = code("La France vient en aide aux soldats blessés.");
    assert!(ms.iter().any(|m| m.source.as_deref() == Some("FRA") && m.cameo_root == "07"), "{}", summary(&ms));
    let ms = code("Le roi Harald de Norvège a rencontré le président ivoirien.");
    assert!(ms.iter().any(|m| starts(&m.source, "NORGOV") && starts(&m.target, "CIVGOV") && m.cameo_root == "04"), "{}", summary(&ms));
}

#[test]
fn a_remark_in_brackets_qualifies_nothing_outside_them() {
    let ms = code("Le 3 mars (date limite initiale), la Turquie a signé un accord avec la Grèce.");
    assert!(ms.iter().any(|m| starts(&m.source, "TUR") && starts(&m.target, "GRC") && m.factuality == Factuality::Asserted), "{}", summary(&ms));
    // Control: the same cue outside brackets still qualifies what follows it.
    let ms = code("Date limite pour que la Grèce signe un accord avec la Turquie.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRC") && m.factuality == Factuality::Hypothetical), "{}", summary(&ms));
}

#[test]
fn magnates_are_business_and_crown_princesses_government() {
    let ms = code("Le magnat malaisien a rencontré le ministre singapourien.");
    assert!(ms.iter().any(|m| starts(&m.source, "MYSBUS") && starts(&m.target, "SGPGOV") && m.cameo_root == "04"), "{}", summary(&ms));
    let ms = code("Panama : visite de la princesse héritière espagnole.");
    assert!(ms.iter().any(|m| starts(&m.source, "ESPGOV") && starts(&m.target, "PAN") && m.cameo == "042"), "{}", summary(&ms));
}

#[test]
fn the_accused_is_the_target_and_the_alleged_act_no_event() {
    let ms = code("Israël accuse le Hamas d'avoir tiré des roquettes.");
    assert!(ms.iter().any(|m| starts(&m.source, "ISR") && starts(&m.target, "HMS") && m.cameo == "1123"), "{}", summary(&ms));
    // The firing is the Hamas's alleged act, never Israel's.
    assert!(ms.iter().all(|m| m.cameo_root != "19"), "{}", summary(&ms));
    // Control: said as a fact, the firing is an event.
    let ms = code("Le Hamas a tiré des roquettes sur Israël.");
    assert!(ms.iter().any(|m| starts(&m.source, "HMS") && starts(&m.target, "ISR") && m.cameo_root == "19"), "{}", summary(&ms));
}

#[test]
fn an_inverted_statement_is_made_by_the_speaker_after_it() {
    // A speaker the lexicons do not know: nobody before the comma said it.
    let ms = code("La Turquie a tort sur les migrants, rappelle, dans sa chronique, Jean Dupuis, éditorialiste.");
    assert!(ms.iter().all(|m| !(m.cameo == "010" && starts(&m.source, "TUR"))), "{}", summary(&ms));
    let ms = code("La Turquie a tort sur les migrants, estime Jean Dupuis.");
    assert!(ms.iter().all(|m| !(m.cameo == "010" && starts(&m.source, "TUR"))), "{}", summary(&ms));
    // A known speaker after an honorific speaks.
    let ms = code("La Turquie a tort sur les migrants, a déclaré M. Macron.");
    assert!(ms.iter().any(|m| m.cameo == "010" && starts(&m.source, "FRAGOV")), "{}", summary(&ms));
}

#[test]
fn a_bare_title_refers_to_its_holder_named_earlier() {
    let ms = code("Emmanuel Macron est arrivé à Bruxelles. Le président a rencontré le Premier ministre japonais.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && starts(&m.target, "JPNGOV") && m.cameo_root == "04"), "{}", summary(&ms));
    // Control: with nobody named before, the title names no country.
    let ms = code("Le président a rencontré le Premier ministre japonais.");
    assert!(ms.iter().any(|m| starts(&m.source, "---GOV") && m.cameo_root == "04"), "{}", summary(&ms));
    // Nor does a title that heads something else (`le président de la fédération`).
    let ms = code("Emmanuel Macron est arrivé à Bruxelles. Le président de la fédération a rencontré le Premier ministre japonais.");
    assert!(ms.iter().all(|m| !(starts(&m.source, "FRAGOV") && m.cameo == "040")), "{}", summary(&ms));
}

fn code_on(text: &str, date: &str) -> Vec<Mention> {
    common::code_text(text, Some("fr"), date)
}

fn place_ids(ms: &[Mention]) -> Vec<String> {
    ms.iter().filter_map(|m| m.location.as_ref().map(|l| l.place_id.clone())).collect()
}

#[test]
fn a_town_named_like_a_common_word_is_no_place_at_the_start_of_a_sentence() {
    // `Grève` opening a sentence is the strike, not the Danish town Greve.
    let ms = code_on("Grève : les dockers danois ont manifesté contre le gouvernement.", "2019-01-10");
    assert!(!ms.is_empty(), "the sentence still codes");
    assert!(place_ids(&ms).iter().all(|p| p != "gn-2621215"), "{:?}", place_ids(&ms));
    let ms = code_on("« Grève générale », ont lancé les ouvriers danois devant le Parlement.", "2019-01-10");
    assert!(place_ids(&ms).iter().all(|p| p != "gn-2621215"), "{:?}", place_ids(&ms));
    // Control: inside a sentence, the capital names the town.
    let ms = code_on("Les ouvriers danois ont manifesté mardi à Greve.", "2019-01-10");
    assert!(place_ids(&ms).iter().any(|p| p == "gn-2621215"), "{:?} {}", place_ids(&ms), summary(&ms));
}

#[test]
fn french_ministers_of_2017_to_2024_are_government_during_their_terms() {
    let ms = code_on("Christophe Castaner a dénoncé les violences contre les forces de l'ordre.", "2019-01-12");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && m.cameo_root == "11"), "{}", summary(&ms));
    // Out of office, the same man is a former official (elite).
    let ms = code_on("Christophe Castaner a dénoncé les violences contre les forces de l'ordre.", "2021-05-02");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAELI") && m.cameo_root == "11"), "{}", summary(&ms));
    // An office that changed hands: the labour minister in 2018 and in 2021.
    let ms = code_on("Muriel Pénicaud a reçu les syndicats de cheminots.", "2018-04-03");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV")), "{}", summary(&ms));
    let ms = code_on("Le Premier ministre a rencontré Nicole Belloubet.", "2019-02-20");
    assert!(ms.iter().any(|m| starts(&m.target, "FRAGOV")), "{}", summary(&ms));
}

#[test]
fn union_leaders_and_prefects_of_police_keep_their_sector() {
    let ms = code_on("Philippe Martinez a appelé les salariés à une journée de grève.", "2019-02-01");
    assert!(ms.iter().any(|m| starts(&m.source, "FRALAB")), "{}", summary(&ms));
    let ms = code_on("Laurent Berger a critiqué le gouvernement français.", "2019-02-01");
    assert!(ms.iter().any(|m| starts(&m.source, "FRALAB") && starts(&m.target, "FRAGOV")), "{}", summary(&ms));
    let ms = code_on("Didier Lallement a interdit la manifestation des agriculteurs.", "2020-11-05");
    assert!(ms.iter().any(|m| starts(&m.source, "FRACOP")), "{}", summary(&ms));
}

#[test]
fn a_negation_inside_a_quotation_does_not_negate_the_verb_that_reports_it() {
    for text in [
        "« Nous ne céderons jamais aux casseurs », a déclaré le ministre français de l'Intérieur.",
        "\"Cette réforme ne passera pas\", a affirmé le Premier ministre belge.",
        "« S'il le fallait, nous recommencerions », a assuré le chef du gouvernement espagnol.",
    ] {
        let ms = code(text);
        assert!(ms.iter().any(|m| m.cameo_root == "01" && m.factuality == Factuality::Asserted), "{text}: {}", summary(&ms));
        assert!(!ms.iter().any(|m| m.cameo_root == "01" && m.factuality != Factuality::Asserted), "{text}: {}", summary(&ms));
    }
    // Control: a negation of the reporting verb itself still negates it.
    let ms = code("Le ministre français de l'Intérieur n'a pas déclaré « la fin des violences ».");
    assert!(ms.iter().any(|m| m.cameo_root == "01" && m.factuality == Factuality::Negated), "{}", summary(&ms));
    // And an act inside the quotation keeps the quotation's negation.
    let ms = code("« L'armée russe n'a pas bombardé Kharkiv », a déclaré le ministre russe de la Défense.");
    assert!(ms.iter().any(|m| m.cameo_root == "19" && m.factuality == Factuality::Negated), "{}", summary(&ms));
}

#[test]
fn a_statement_after_its_content_is_not_qualified_by_the_content() {
    // The negation is in what is reported, before the comma, not in the report.
    let ms = code("Les routiers ne supportent plus les blocages, souligne le ministre français des Transports.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && m.cameo == "010" && m.factuality == Factuality::Asserted), "{}", summary(&ms));
    // Control: the same verb negated in its own clause.
    let ms = code("Le ministre français des Transports n'a pas souligné les blocages.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && m.cameo == "010" && m.factuality == Factuality::Negated), "{}", summary(&ms));
}

#[test]
fn a_quotation_begun_in_an_earlier_sentence_still_holds_its_condition() {
    for text in [
        "« Nous avons beaucoup discuté. Si vous le voulez, nous continuerons », a déclaré le ministre belge de l'Intérieur.",
        "\"Nous avons beaucoup discuté. Si vous le voulez, nous continuerons\", a déclaré le ministre belge de l'Intérieur.",
    ] {
        let ms = code(text);
        assert!(ms.iter().any(|m| starts(&m.source, "BELGOV") && m.cameo == "010" && m.factuality == Factuality::Asserted), "{text}: {}", summary(&ms));
    }
}

#[test]
fn a_share_of_a_population_is_a_poll_result_not_an_act() {
    for text in [
        "Selon un sondage publié mardi, 58 % des Allemands soutiennent le gouvernement allemand.",
        "D'après l'institut, 61% des Espagnols critiquent le gouvernement espagnol.",
    ] {
        let ms = code(text);
        assert!(ms.iter().all(|m| !matches!(m.cameo_root.as_str(), "05" | "11")), "{text}: {}", summary(&ms));
    }
    // Controls: people counted, not a share, act; a share elsewhere in the clause names no subject.
    let ms = code("Des milliers d'Allemands ont critiqué le gouvernement allemand.");
    assert!(ms.iter().any(|m| starts(&m.target, "DEUGOV") && m.cameo_root == "11"), "{}", summary(&ms));
    let ms = code("Après une hausse de 10 % des prix du gaz, la Russie a critiqué le gouvernement allemand.");
    assert!(ms.iter().any(|m| starts(&m.source, "RUS") && m.cameo_root == "11"), "{}", summary(&ms));
}

#[test]
fn an_inverted_statement_steps_over_a_date_to_its_speaker() {
    let ms = code("Les exportations ont chuté en Allemagne, a indiqué mardi le ministre espagnol de l'Économie.");
    assert!(ms.iter().any(|m| m.cameo == "010" && starts(&m.source, "ESPGOV")), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| m.cameo == "010" && starts(&m.source, "DEU")), "{}", summary(&ms));
    let ms = code("Les exportations ont chuté en Allemagne, a indiqué le 3 mars le ministre espagnol de l'Économie.");
    assert!(ms.iter().any(|m| m.cameo == "010" && starts(&m.source, "ESPGOV")), "{}", summary(&ms));
}
