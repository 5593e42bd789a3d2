//! The wire-agenda style (`Pays : visite du président X`), noun phrases
//! that name an act, and acts called off, on hand-written sentences in
//! French and English. Each "not asserted" case has a control that is
//! asserted, so the test fails if the coder simply stops coding.

mod common;

use vigie_model::{Factuality, Mention};

fn code(lang: &str, text: &str) -> Vec<Mention> {
    common::code_text(text, Some(lang), "2025-05-12")
}

fn summary(ms: &[Mention]) -> String {
    ms.iter().map(|m| format!("{:?} → {:?} {} {:?} ({})", m.source, m.target, m.cameo, m.factuality, m.rule)).collect::<Vec<_>>().join("; ")
}

fn starts(code: &Option<String>, prefix: &str) -> bool {
    code.as_deref().is_some_and(|c| c.starts_with(prefix))
}

fn visit<'m>(ms: &'m [Mention], from: &str, to: &str) -> Option<&'m Mention> {
    ms.iter().find(|m| starts(&m.source, from) && starts(&m.target, to) && m.cameo == "042")
}

#[test]
fn a_dateline_is_where_a_visit_named_by_its_noun_goes() {
    let ms = code("fr", "Indonésie : visite d'État du président sud-coréen (jusqu'au 14).");
    assert!(visit(&ms, "KOR", "IDN").is_some_and(|m| m.factuality == Factuality::Asserted), "{}", summary(&ms));
    // A destination in the phrase wins over the dateline.
    let ms = code("fr", "Europe : visite du Premier ministre japonais en Pologne.");
    assert!(visit(&ms, "JPN", "POL").is_some(), "{}", summary(&ms));
}

#[test]
fn a_title_with_its_portfolio_still_meets_the_other_side() {
    // `ministre … de la Défense`: the portfolio stands between the actor and `avec`.
    let ms = code("fr", "Entretien du ministre italien de la Défense avec son homologue turc, à Rome.");
    assert!(ms.iter().any(|m| starts(&m.source, "ITA") && starts(&m.target, "TUR") && m.cameo_root == "04"), "{}", summary(&ms));
}

#[test]
fn a_visit_called_off_did_not_happen() {
    let ms = code("fr", "La visite du Premier ministre japonais en Pologne a été annulée.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Negated), "{}", summary(&ms));
    let ms = code("fr", "Annulation de la visite du Premier ministre japonais en Pologne.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Negated), "{}", summary(&ms));
    let ms = code("en", "The Japanese prime minister's visit to Poland has been postponed.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Negated), "{}", summary(&ms));
    // Controls: the same visits, not called off.
    let ms = code("fr", "La visite du Premier ministre japonais en Pologne a commencé.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Asserted), "{}", summary(&ms));
    let ms = code("en", "The Japanese prime minister's visit to Poland began on Monday.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Asserted), "{}", summary(&ms));
}

#[test]
fn a_negation_after_a_named_act_still_leaves_the_act() {
    // `n'a pas convaincu` denies the convincing, not the denial.
    let ms = code("fr", "Le démenti du Kremlin n'a pas convaincu la Finlande.");
    assert!(ms.iter().any(|m| starts(&m.source, "RUS") && m.cameo == "016" && m.factuality == Factuality::Asserted), "{}", summary(&ms));
}

#[test]
fn strikes_and_sanctions_named_by_their_noun() {
    let ms = code("fr", "Grève des enseignants grecs contre la réforme des retraites.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRC") && m.cameo.starts_with("143")), "{}", summary(&ms));
    let ms = code("fr", "Grève générale des fonctionnaires belges.");
    assert!(ms.iter().any(|m| starts(&m.source, "BEL") && m.cameo == "143"), "{}", summary(&ms));
    let ms = code("fr", "Instauration par le Japon de sanctions contre la Corée du Nord.");
    assert!(ms.iter().any(|m| starts(&m.source, "JPN") && starts(&m.target, "PRK") && m.cameo == "163"), "{}", summary(&ms));
    // The noun alone, with nobody named, codes nothing.
    let ms = code("fr", "Grève générale contre la réforme des retraites.");
    assert!(ms.is_empty(), "{}", summary(&ms));
}

#[test]
fn a_shorter_reading_from_the_same_word_stands_in_when_the_longest_finds_nobody() {
    // `grève … contre … réforme` (a strike against a policy) needs a subject
    // that this agenda item lacks; `grève … des {S}` names the strikers.
    let ms = code("fr", "Grève générale des fonctionnaires belges contre la réforme des retraites.");
    assert!(ms.iter().any(|m| starts(&m.source, "BEL") && m.cameo_root == "14"), "{}", summary(&ms));
    // An infinitive the longer reading governs is never the stand-in.
    let ms = code("fr", "Une faction du mouvement a appelé les Français à renoncer à la manifestation.");
    assert!(!ms.iter().any(|m| m.cameo_root == "08"), "{}", summary(&ms));
}

#[test]
fn agent_words_alone_pair_in_a_symmetric_act() {
    // Unions and employers negotiate with each other, not with the body whose
    // figures the talks start from.
    let ms = code("fr", "Retraites : séance de négociations entre syndicats et patronat, sur la base du diagnostic établi par la Cour des comptes.");
    assert!(ms.iter().any(|m| m.cameo == "046" && m.symmetric && m.source.as_deref().is_some_and(|s| s.ends_with("LAB")) && m.target.as_deref().is_some_and(|t| t.ends_with("BUS"))), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| m.target.as_deref().is_some_and(|t| t.ends_with("JUD"))), "{}", summary(&ms));
}

#[test]
fn a_place_named_before_who_meets_or_travels_still_gives_the_sides() {
    let ms = code("fr", "Rencontre à Madrid entre le Premier ministre portugais et le chancelier autrichien.");
    assert!(ms.iter().any(|m| starts(&m.source, "PRT") && starts(&m.target, "AUT") && m.cameo == "040" && m.symmetric), "{}", summary(&ms));
    let ms = code("fr", "Nouvelle séance de discussions à Genève, entre la Grèce et la Turquie, sur les zones maritimes.");
    assert!(ms.iter().any(|m| starts(&m.source, "GRC") && starts(&m.target, "TUR") && m.cameo_root == "04"), "{}", summary(&ms));
    let ms = code("fr", "Rencontre à Lisbonne du président brésilien avec les syndicats portugais.");
    assert!(ms.iter().any(|m| starts(&m.source, "BRA") && starts(&m.target, "PRTLAB") && m.cameo == "040"), "{}", summary(&ms));
    let ms = code("fr", "Visite officielle à Varsovie du Premier ministre japonais.");
    assert!(visit(&ms, "JPN", "POL").is_some_and(|m| m.factuality == Factuality::Asserted), "{}", summary(&ms));
}

#[test]
fn a_rally_or_a_strike_named_by_its_noun_is_held_by_who_calls_it() {
    // A union known by name is its country's labour; a confederation whose name several
    // countries share takes the country the item gives.
    let ms = code("fr", "Transports : grève des cheminots, à l'appel de la CFDT et de Sud-Rail, pour de meilleurs salaires.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRALAB") && m.cameo == "143"), "{}", summary(&ms));
    let ms = code("fr", "Uruguay : grève générale de vingt-quatre heures dans tout le pays, à l'appel de la CGT, contre la réforme des retraites.");
    assert!(ms.iter().any(|m| starts(&m.source, "URYLAB") && m.cameo_root == "14"), "{}", summary(&ms));
    let ms = code("fr", "Kenya : manifestation du Parti démocratique orange à Nairobi.");
    assert!(ms.iter().any(|m| starts(&m.source, "KENPTY") && m.cameo == "141"), "{}", summary(&ms));
    let ms = code("fr", "Hongrie : rassemblement organisé à Budapest par le Premier ministre hongrois.");
    assert!(ms.iter().any(|m| starts(&m.source, "HUNGOV") && m.cameo == "141"), "{}", summary(&ms));
    // A gathering of people nobody names as an actor codes nothing.
    let ms = code("fr", "Lyon : rassemblement de collectionneurs de timbres au palais des congrès.");
    assert!(ms.is_empty(), "{}", summary(&ms));
}

#[test]
fn an_apposition_of_the_traveller_is_not_where_the_trip_goes() {
    // The title after the comma names the traveller again; whom the trip is for follows.
    let ms = code("fr", "Déplacement de Giorgia Meloni, Première ministre italienne pour rencontrer le chancelier allemand.");
    assert!(visit(&ms, "ITAGOV", "DEUGOV").is_some(), "{}", summary(&ms));
    // Control: with no one to meet, the trip goes nowhere named.
    let ms = code("fr", "Déplacement de Giorgia Meloni, Première ministre italienne.");
    assert!(ms.iter().all(|m| m.target.is_none()), "{}", summary(&ms));
}

#[test]
fn an_opposition_criticising_no_one_named_criticises_its_government_even_abroad() {
    let ms = code("fr", "Sénégal : réunion d'opposants guinéens pour dénoncer la corruption dans leur pays.");
    assert!(ms.iter().any(|m| starts(&m.source, "GINOPP") && starts(&m.target, "GINGOV") && m.cameo_root == "11"), "{}", summary(&ms));
    // Control: a target named stays the target.
    let ms = code("fr", "Des opposants guinéens ont critiqué le président sénégalais.");
    assert!(ms.iter().any(|m| starts(&m.source, "GINOPP") && starts(&m.target, "SENGOV") && m.cameo_root == "11"), "{}", summary(&ms));
}

#[test]
fn a_trip_to_a_place_the_gazetteer_lacks_still_has_its_traveller() {
    let ms = code("fr", "Déplacement en Haute-Saintonge de Rachida Dati, ministre de la Culture.");
    assert!(ms.iter().any(|m| starts(&m.source, "FRAGOV") && m.cameo == "042"), "{}", summary(&ms));
    // A genitive that is a building, not a person, makes no trip.
    let ms = code("fr", "Visite à l'école de police de Nîmes.");
    assert!(ms.is_empty(), "{}", summary(&ms));
}

#[test]
fn protesters_named_by_an_agent_word_belong_where_they_protest() {
    let ms = code("fr", "Manifestation des agriculteurs à Séville contre la hausse du gazole.");
    assert!(ms.iter().any(|m| starts(&m.source, "ESP") && starts(&m.target, "ESPGOV") && m.cameo_root == "14"), "{}", summary(&ms));
    // What brackets list after who calls a strike are its members, not the other side.
    let ms = code("fr", "Grève à l'appel de l'intersyndicale (CFDT, FSU) contre le gouvernement belge.");
    assert!(ms.iter().any(|m| starts(&m.target, "BELGOV") && m.cameo == "143"), "{}", summary(&ms));
    assert!(!ms.iter().any(|m| starts(&m.target, "FRALAB")), "{}", summary(&ms));
}

#[test]
fn what_opens_an_item_before_its_colon_is_its_topic_not_a_subject() {
    // A referendum proposes; the country named in the topic does not.
    let ms = code("fr", "Accès à la nationalité portugaise : lancement d'un référendum proposant de réduire les délais.");
    assert!(ms.is_empty(), "{}", summary(&ms));
    // Control: the subject after the colon acts.
    let ms = code("fr", "Nationalité : le gouvernement portugais propose de réduire les délais.");
    assert!(ms.iter().any(|m| starts(&m.source, "PRTGOV") && m.cameo_root == "03"), "{}", summary(&ms));
}

#[test]
fn a_feminine_or_plural_participle_of_an_ire_verb_describes_its_noun() {
    // `organisations interdites`: the organisations undergo a ban; the Taliban ban nothing.
    let ms = code("fr", "Décision sur la possibilité de retirer les talibans de la liste des organisations interdites.");
    assert!(!ms.iter().any(|m| starts(&m.source, "TAL")), "{}", summary(&ms));
    // Control: the present tense of the same verb is an act.
    let ms = code("fr", "Les talibans interdisent les organisations humanitaires étrangères.");
    assert!(ms.iter().any(|m| starts(&m.source, "TAL")), "{}", summary(&ms));
}

/// A publisher's item coded with its home country, as `vigie --home-country`.
fn code_at_home(text: &str, home: &str) -> Vec<Mention> {
    let article = vigie_model::Article { id: "t".into(), text: text.into(), date: Some("2025-05-12".into()), lang: Some("fr".into()), title: None, url: None };
    vigie_coder::Coder::new(common::lexicon()).with_home_country(Some(home)).code(&article).expect("the text codes").mentions
}

#[test]
fn domestic_agents_with_no_country_are_the_publishers_own() {
    let text = "Assurance chômage : réunion entre les syndicats et le patronat sur les règles d'indemnisation.";
    let ms = code_at_home(text, "FRA");
    assert!(ms.iter().any(|m| starts(&m.source, "FRALAB") && starts(&m.target, "FRABUS") && m.cameo_root == "04"), "{}", summary(&ms));
    // Without a home country the same item leaves them unknown.
    let ms = code("fr", text);
    assert!(ms.iter().any(|m| starts(&m.source, "---LAB") && m.cameo_root == "04"), "{}", summary(&ms));
    // An item that names another country gives its agents no home country.
    let ms = code_at_home("Réunion entre les syndicats et le patronat sur les salaires des ouvriers marocains.", "FRA");
    assert!(!ms.is_empty() && ms.iter().all(|m| !starts(&m.source, "FRA") && !starts(&m.target, "FRA")), "{}", summary(&ms));
    // Nor do armed forces, whom the home press reports abroad as well.
    let ms = code_at_home("Les militaires ont attaqué les rebelles.", "FRA");
    assert!(ms.iter().any(|m| starts(&m.source, "---MIL") && starts(&m.target, "---REB")), "{}", summary(&ms));
}

#[test]
fn a_meeting_named_by_its_noun_steps_over_its_authors_apposition() {
    let ms = code("fr", "Entretien du président ivoirien, Alassane Ouattara, avec le Premier ministre japonais.");
    assert!(ms.iter().any(|m| starts(&m.source, "CIVGOV") && starts(&m.target, "JPNGOV") && m.cameo == "040"), "{}", summary(&ms));
    // Control: the apposition is no side of the meeting.
    assert!(ms.iter().all(|m| !starts(&m.target, "CIV")), "{}", summary(&ms));
}

#[test]
fn a_march_is_a_demonstration_and_what_stands_before_is_where() {
    let ms = code("fr", "Marche des étudiants serbes contre le gouvernement.");
    assert!(ms.iter().any(|m| starts(&m.source, "SRBEDU") && starts(&m.target, "SRBGOV") && m.cameo == "141"), "{}", summary(&ms));
    let ms = code("fr", "Manifestation des agriculteurs belges devant l'ambassade de Russie.");
    assert!(ms.iter().any(|m| starts(&m.source, "BELAGR") && starts(&m.target, "RUS") && m.cameo_root == "14"), "{}", summary(&ms));
}

#[test]
fn a_name_that_only_matches_a_far_city_does_not_block_the_home_country() {
    // `Garot` is also a town in India; named without a locative it places nothing.
    let ms = code_at_home("Contre la loi : grève à l'appel des syndicats pour dénoncer la proposition de loi Garot.", "FRA");
    assert!(ms.iter().any(|m| starts(&m.source, "FRALAB") && m.cameo_root == "14"), "{}", summary(&ms));
    // Control: a place the text puts the strike in is another country.
    let ms = code_at_home("Grève à l'appel des syndicats à Rabat.", "FRA");
    assert!(ms.iter().any(|m| m.cameo_root == "14") && ms.iter().all(|m| !starts(&m.source, "FRA")), "{}", summary(&ms));
}

#[test]
fn a_strike_filed_under_a_companys_name_is_not_against_the_government() {
    let ms = code("fr", "SNCF : grève des syndicats belges.");
    assert!(ms.iter().any(|m| starts(&m.source, "BELLAB") && m.cameo == "143" && m.target.is_none()), "{}", summary(&ms));
    // Control: under a country's name, a strike that names no one is against its government.
    let ms = code("fr", "Belgique : grève des syndicats.");
    assert!(ms.iter().any(|m| starts(&m.source, "BELLAB") && m.cameo == "143" && starts(&m.target, "BELGOV")), "{}", summary(&ms));
}
