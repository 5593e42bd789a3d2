//! Errors read on French press (the gilets jaunes corpus): a title whose
//! genitive names a body, negations that belong to another predicate than
//! the coded verb, figurative `affronter`. Hand-written sentences, French and
//! English.

mod common;

use vigie_model::{Factuality, Mention};

fn code(text: &str, lang: &str) -> Vec<Mention> {
    common::code_text(text, Some(lang), "2023-03-10")
}

#[test]
fn a_title_whose_genitive_names_a_body_does_not_refer_back_to_a_head_of_state() {
    // The party's president is not the president named before.
    let fr = code("Emmanuel Macron a parlé lundi. Le président des Républicains a critiqué la Russie.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAGOV") || m.sentence_index == 0), "{fr:?}");
    let en = code("Joe Biden spoke on Monday. The president of the Sierra Club criticised Russia.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("USAGOV") || m.sentence_index == 0), "{en:?}");
    // Control: a bare title still refers to its holder named before.
    let fr = code("Emmanuel Macron a parlé lundi. Le président a critiqué la Russie.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAGOV") && m.cameo_root == "11"), "{fr:?}");
    let en = code("Joe Biden spoke on Monday. The president criticised Russia.", "en");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("USAGOV") && m.cameo_root == "11"), "{en:?}");
}

#[test]
fn a_negation_in_the_next_clause_does_not_reach_the_verb() {
    let fr = code("L'Allemagne a versé 50 millions d'euros à l'Ukraine, il ne faut pas oublier la Pologne.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "071" && m.factuality == Factuality::Asserted), "{fr:?}");
    // Control: the verb's own negation.
    let fr = code("L'Allemagne n'a pas versé 50 millions d'euros à l'Ukraine.", "fr");
    assert!(fr.iter().all(|m| m.cameo != "071" || m.factuality == Factuality::Negated), "{fr:?}");
}

#[test]
fn affronter_needs_an_adversary() {
    let fr = code("Son gouvernement affrontait à Paris ce qu'on désigne en France comme son baptême du feu.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "19"), "{fr:?}");
    let fr = code("L'armée malienne a affronté les rebelles touareg près de Kidal.", "fr");
    assert!(fr.iter().any(|m| m.cameo_root == "19" && m.source.as_deref() == Some("MLIMIL")), "{fr:?}");
}

#[test]
fn an_actor_before_a_comma_is_not_the_subject_of_an_unknown_noun_phrase() {
    let fr = code("Malgré les appels de la chancelière allemande, les organisateurs de la marche ont critiqué le gouvernement russe.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("DEUGOV")), "{fr:?}");
    let en = code("Despite appeals from the German chancellor, the organisers of the march criticised the Russian government.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("DEUGOV")), "{en:?}");
    // Control: an apposition between commas leaves the subject in place.
    let fr = code("Vladimir Poutine, le président russe, a critiqué l'Ukraine.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("RUSGOV") && m.cameo_root == "11"), "{fr:?}");
}

#[test]
fn a_person_in_apposition_to_the_head_of_an_unlisted_body_is_the_source() {
    let fr = common::code_text("Le président des Républicains, Laurent Wauquiez, a critiqué le gouvernement.", Some("fr"), "2019-01-10");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAPTY") && m.cameo_root == "11"), "{fr:?}");
    let en = common::code_text("The president of the Republicans, Laurent Wauquiez, criticised the government.", Some("en"), "2019-01-10");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("FRAPTY") && m.cameo_root == "11"), "{en:?}");
    // Control: an unknown person gives no actor, and the title no head of state.
    let fr = common::code_text("Le président des Républicains, Jean Dupont, a critiqué le gouvernement.", Some("fr"), "2019-01-10");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAGOV")), "{fr:?}");
}

#[test]
fn an_actor_in_a_time_phrase_is_no_target() {
    let fr = code("Le président a appelé au calme lors d'une visite en Égypte.", "fr");
    assert!(fr.iter().all(|m| m.target.as_deref() != Some("EGY")), "{fr:?}");
    let en = code("The minister criticised the violence during a meeting with the United Nations.", "en");
    assert!(en.iter().all(|m| m.target.as_deref() != Some("UNO")), "{en:?}");
    // Control: a direct object before the time phrase stays the target.
    let fr = code("Le ministre a critiqué l'ONU lors de la réunion.", "fr");
    assert!(fr.iter().any(|m| m.target.as_deref() == Some("UNO") && m.cameo_root == "11"), "{fr:?}");
}

#[test]
fn helmets_are_not_peacekeepers() {
    let fr = code("Les policiers ont retiré leurs casques devant les manifestants.", "fr");
    assert!(fr.iter().all(|m| m.cameo != "1661"), "{fr:?}");
    let fr = code("L'ONU a retiré ses casques bleus du Mali.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "1661" && m.source.as_deref() == Some("UNO")), "{fr:?}");
}

#[test]
fn a_medium_after_a_preposition_is_where_one_spoke() {
    let fr = code("C'est grave, a déclaré le ministre sur France Inter.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAMED")), "{fr:?}");
    let en = code("It is serious, the French interior minister said on France 24.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("FRAMED")), "{en:?}");
    // Control: a genitive still ties the journalist to the broadcaster.
    let fr = code("Le journaliste de France 3 a critiqué le gouvernement.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAMED") && m.cameo_root == "11"), "{fr:?}");
}

#[test]
fn a_si_clause_before_a_main_clause_with_no_future_states_a_fact() {
    let fr = code("Même si la police a arrêté les manifestants, le mouvement continue.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("---COP") && m.factuality == Factuality::Asserted), "{fr:?}");
    let en = code("If Poland rejected the pact, it is no accident.", "en");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("POL") && m.factuality == Factuality::Asserted), "{en:?}");
    // Control: a future or a conditional in the main clause keeps the condition.
    let fr = code("Si la Russie attaque l'Ukraine, l'OTAN répondra.", "fr");
    assert!(fr.iter().all(|m| m.factuality != Factuality::Asserted), "{fr:?}");
    let en = code("If Russia attacked Ukraine, NATO would respond.", "en");
    assert!(en.iter().all(|m| m.factuality != Factuality::Asserted), "{en:?}");
}

#[test]
fn a_bracket_closes_a_time_phrase() {
    // The delegation after the bracket receives; the time phrase was only when the soldiers died.
    let fr = code(
        "Restitution prévue par la France du crâne du roi Toera et de deux de ses soldats (décédés lors du massacre de 1897) à une délégation conduite par la ministre de la Culture malgache.",
        "fr",
    );
    assert!(fr.iter().any(|m| m.cameo == "0842" && m.target.as_deref() == Some("MDGGOV")), "{fr:?}");
    // Control: with no bracket the time phrase runs on, and its actors are no target.
    let fr = code("Le président a appelé au calme lors d'une visite en Égypte.", "fr");
    assert!(fr.iter().all(|m| m.target.as_deref() != Some("EGY")), "{fr:?}");
}

/// An item with no date of its own, dated by its address.
fn code_undated(text: &str, lang: &str, url: Option<&str>) -> Vec<Mention> {
    let article = vigie_model::Article { id: "t".into(), text: text.into(), date: None, lang: Some(lang.into()), title: None, url: url.map(Into::into) };
    vigie_coder::Coder::new(common::lexicon()).code(&article).expect("the text codes").mentions
}

#[test]
fn an_undated_item_takes_its_day_from_its_address() {
    // Castaner was interior minister in January 2019; the text's only year is 2000, when he was not.
    let url = Some("https://www.lapresse.ca/international/europe/201901/19/01-5211650-les-gilets-jaunes-manifestent.php");
    let fr = code_undated("Christophe Castaner a dénoncé les violences. La situation était autre en 2000.", "fr", url);
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAGOV") && m.date.as_deref() == Some("2019-01-19")), "{fr:?}");
    let en = code_undated("Christophe Castaner condemned the violence. Things were different in 2000.", "en", Some("https://example.org/world/2019/01/19/france-protests"));
    assert!(en.iter().any(|m| m.source.as_deref() == Some("FRAGOV") && m.date.as_deref() == Some("2019-01-19")), "{en:?}");
    // Control: the item's own date comes first.
    let article = vigie_model::Article {
        id: "t".into(),
        text: "Christophe Castaner a dénoncé les violences.".into(),
        date: Some("2023-03-10".into()),
        lang: Some("fr".into()),
        title: None,
        url: url.map(Into::into),
    };
    let fr = vigie_coder::Coder::new(common::lexicon()).code(&article).expect("codes").mentions;
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAGOV") && m.date.as_deref() == Some("2023-03-10")), "{fr:?}");
    // Control: an address with no date leaves the latest year the text writes.
    let fr = code_undated("Christophe Castaner a dénoncé les violences. La situation était autre en 2000.", "fr", Some("https://www.ledevoir.com/monde/europe/543740/gilets-jaunes"));
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAGOV")), "{fr:?}");
}

#[test]
fn a_warning_that_names_no_consequence_is_a_statement() {
    let fr = code("La préfecture de police a averti le public que la route sera fermée samedi, a indiqué le ministre.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "13"), "{fr:?}");
    let fr = code("Le ministre de l'Intérieur a averti que la route sera fermée samedi.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "13"), "{fr:?}");
    let en = code("The interior minister warned that the road will be closed on Saturday.", "en");
    assert!(en.iter().all(|m| m.cameo_root != "13"), "{en:?}");
    // Control: a warning addressed to another actor, or of consequences, threatens.
    let fr = code("La Russie a averti l'Ukraine qu'elle riposterait.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "130" && m.source.as_deref() == Some("RUS") && m.target.as_deref() == Some("UKR")), "{fr:?}");
    let en = code("Russia warned Ukraine that it would retaliate.", "en");
    assert!(en.iter().any(|m| m.cameo_root == "13" && m.source.as_deref() == Some("RUS") && m.target.as_deref() == Some("UKR")), "{en:?}");
}

#[test]
fn an_actor_quoted_before_an_incise_is_not_the_speaker() {
    // Nobody the lexicons know speaks: the president named in the quotation is what is said.
    let fr = code("Emmanuel Macron « est en train de diviser la France », a estimé lundi la tête de liste Jordan Bardella.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRAGOV")), "{fr:?}");
    let en = code("Emmanuel Macron \"is dividing France,\" said the list leader Jordan Bardella on Monday.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("FRAGOV")), "{en:?}");
    // A statement inside the quotation is the speaker's words, not an act of the one it names.
    let fr = code("« Trump dit qu'il fermera les yeux », a déclaré le président turc Recep Tayyip Erdogan.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("USAGOV")), "{fr:?}");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("TURGOV") && m.cameo == "010"), "{fr:?}");
    let en = code("\"Trump says he will close his eyes,\" said Turkish President Recep Tayyip Erdogan.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("USAGOV")), "{en:?}");
    // Control: a verb opening what is said (`assure que`) after an apposition is no incise.
    let fr = code("Le président tchadien Mahamat Déby, dit « Kaka », assure que le pays reste stable.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("TCDGOV")), "{fr:?}");
}

#[test]
fn a_travellers_destination_does_not_say_whose_he_is() {
    let fr = code("Le ministre des Affaires étrangères doit se rendre à Moscou la semaine prochaine.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("RUSGOV")), "{fr:?}");
    let en = code("The foreign minister will travel to Moscow next week.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("RUSGOV")), "{en:?}");
    // Control: a place tied to the agent word before the verb still does.
    let fr = code("Le maire de Kiev se rendra à Paris lundi.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref().is_some_and(|s| s.starts_with("UKR"))), "{fr:?}");
}

#[test]
fn countries_listed_in_an_opening_phrase_are_not_the_subject() {
    let en = code("In France, Germany and Italy, police arrested dozens of suspects.", "en");
    assert!(en.iter().all(|m| !matches!(m.source.as_deref(), Some("FRA" | "DEU" | "ITA"))), "{en:?}");
    assert!(en.iter().any(|m| m.cameo_root == "17"), "{en:?}");
    let fr = code("En France, en Allemagne et en Italie, la police a arrêté des dizaines de suspects.", "fr");
    assert!(fr.iter().all(|m| !matches!(m.source.as_deref(), Some("FRA" | "DEU" | "ITA"))), "{fr:?}");
    // Control: a list that is the subject stays the subject.
    let en = code("France, Germany and Italy condemned the attack.", "en");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("DEU")), "{en:?}");
}

#[test]
fn a_pronominal_verb_of_another_sense_codes_nothing() {
    // `se réclamer de` claims allegiance: no demand.
    let fr = code("Les rebelles se réclament de l'État islamique.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "10"), "{fr:?}");
    let fr = code("Le groupe armé s'est réclamé de l'État islamique.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "10"), "{fr:?}");
    let en = code("The rebels claim allegiance to the Islamic State.", "en");
    assert!(en.iter().all(|m| m.cameo_root != "10"), "{en:?}");
    // Control: the plain verb still demands.
    let fr = code("Les syndicats réclament une hausse des salaires au gouvernement.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "100"), "{fr:?}");
}

/// An item published at `url`, coded with no `--home-country`.
fn code_at(url: &str, text: &str, lang: &str) -> Vec<Mention> {
    let article = vigie_model::Article { id: "t".into(), text: text.into(), date: Some("2023-03-10".into()), lang: Some(lang.into()), title: None, url: Some(url.into()) };
    vigie_coder::Coder::new(common::lexicon()).code(&article).expect("the text codes").mentions
}

#[test]
fn a_publishers_country_domain_gives_its_home_country() {
    let fr = code_at("https://www.lemonde.fr/politique/article/x.html", "Le secrétaire général du syndicat a dénoncé la réforme des retraites.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRALAB")), "{fr:?}");
    let en = code_at("https://www.theguardian.co.uk/politics/x", "Union leaders denounced the pension reform.", "en");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("GBRLAB")), "{en:?}");
    // Control: an item that names another country keeps the agent word's country unknown.
    let fr = code_at("https://www.lemonde.fr/x", "Vladimir Poutine a menacé l'Ukraine. Le syndicat a dénoncé la réforme.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRALAB") && m.source.as_deref() != Some("RUSLAB")), "{fr:?}");
    // Control: a generic domain says nothing.
    let fr = code_at("https://www.example.com/x", "Le syndicat a dénoncé la réforme des retraites.", "fr");
    assert!(fr.iter().all(|m| m.source.as_deref() != Some("FRALAB")), "{fr:?}");
}

#[test]
fn a_part_of_the_day_after_a_weekday_is_stepped_over_before_an_incise_speaker() {
    let fr = common::code_text("« Nous ne céderons pas », a averti vendredi matin François Bayrou.", Some("fr"), "2025-06-19");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAGOV") && m.source_text.as_deref() == Some("François Bayrou")), "{fr:?}");
    let fr = common::code_text("« Nous ne céderons pas », a déclaré lundi soir le Premier ministre Gabriel Attal.", Some("fr"), "2024-06-19");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("FRAGOV")), "{fr:?}");
    let en = common::code_text("\"We will not yield,\" warned Keir Starmer Monday evening.", Some("en"), "2024-09-19");
    assert!(en.iter().any(|m| m.source.as_deref() == Some("GBRGOV")), "{en:?}");
}

#[test]
fn aid_paid_to_the_givers_own_is_no_aid() {
    let fr = code("Les grandes entreprises ont versé 50 milliards d'euros à leurs actionnaires.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "07"), "{fr:?}");
    let en = code("The oil companies gave $30 billion in aid to their shareholders.", "en");
    assert!(en.iter().all(|m| m.cameo_root != "07"), "{en:?}");
    // Control: aid to another country stays aid.
    let fr = code("L'Union européenne a versé 50 millions d'euros à l'Ukraine.", "fr");
    assert!(fr.iter().any(|m| m.cameo_root == "07"), "{fr:?}");
}

#[test]
fn arriving_at_the_seat_of_ones_own_government_is_no_visit() {
    let fr = code("Depuis l'arrivée d'Emmanuel Macron à l'Élysée, les réformes se succèdent.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "04"), "{fr:?}");
    let en = common::code_text("Since Donald Trump's arrival at the White House, tariffs have risen.", Some("en"), "2017-06-19");
    assert!(en.iter().all(|m| m.cameo_root != "04"), "{en:?}");
    // Control: the seat of another government is visited.
    let fr = common::code_text("Emmanuel Macron est arrivé à la Maison-Blanche pour rencontrer Donald Trump.", Some("fr"), "2018-04-19");
    assert!(fr.iter().any(|m| m.cameo == "042" && m.target.as_deref() == Some("USAGOV")), "{fr:?}");
}

#[test]
fn manifester_or_show_with_an_object_is_no_protest() {
    let fr = code("Le gouvernement français manifeste sa volonté de dialoguer avec les syndicats.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "14") && fr.iter().any(|m| m.cameo_root == "03"), "{fr:?}");
    let en = code("The French government demonstrated its willingness to negotiate with the unions.", "en");
    assert!(en.iter().all(|m| m.cameo_root != "14") && en.iter().any(|m| m.cameo_root == "03"), "{en:?}");
    // Control: the intransitive verb is a protest.
    let fr = code("Les agriculteurs français manifestent devant la préfecture.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "141"), "{fr:?}");
}

#[test]
fn security_forces_that_mobilise_are_deployed_not_protesting() {
    let fr = code("Les forces de l'ordre belges se sont mobilisées en nombre à Charleroi.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "153") && fr.iter().all(|m| m.cameo_root != "14"), "{fr:?}");
    let fr = code("L'armée israélienne s'est mobilisée le long de la frontière libanaise.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "154"), "{fr:?}");
    let en = code("The Israeli army mobilized troops along the Lebanese border.", "en");
    assert!(en.iter().any(|m| m.cameo == "154"), "{en:?}");
    // Control: police who demonstrate protest; unions that mobilise protest.
    let fr = code("Une manifestation de policiers français a eu lieu devant le ministère.", "fr");
    assert!(fr.iter().any(|m| m.cameo_root == "14"), "{fr:?}");
    let fr = code("Les syndicats français se sont mobilisés dans toute la France.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "141"), "{fr:?}");
}

#[test]
fn police_officers_mobilising_protest_while_the_force_is_deployed() {
    let fr = code("Les policiers se mobilisaient contre la réforme des retraites.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "141") && fr.iter().all(|m| m.cameo != "153"), "{fr:?}");
    let fr = code("La mobilisation des gendarmes français s'est poursuivie mardi devant le ministère.", "fr");
    assert!(fr.iter().all(|m| m.cameo != "153"), "{fr:?}");
    // Control: the force named as a body is deployed.
    let fr = code("Les forces de l'ordre se sont mobilisées en nombre à Paris.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "153"), "{fr:?}");
}

#[test]
fn a_place_a_speaker_speaks_from_gives_no_country() {
    let fr = code("Le chef de l'État a critiqué le gouvernement italien depuis Bruxelles.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "111") && fr.iter().all(|m| m.source.as_deref() != Some("BELGOV")), "{fr:?}");
    let en = code("The head of state criticized the Italian government from Brussels.", "en");
    assert!(en.iter().all(|m| m.source.as_deref() != Some("BELGOV")), "{en:?}");
    // Control: police that speak in a city are that country's police.
    let fr = code("La police a indiqué à Kaboul que trois suspects avaient été arrêtés.", "fr");
    assert!(fr.iter().any(|m| m.source.as_deref() == Some("AFGCOP")), "{fr:?}");
}

#[test]
fn a_trigger_word_inside_a_place_name_is_that_name() {
    let fr = code("Salim Lamrani, maître de conférences à l'Université de La Réunion, est spécialiste des relations entre Cuba et les États-Unis.", "fr");
    assert!(fr.iter().all(|m| m.cameo_root != "04"), "{fr:?}");
    // Control: the common noun still names a meeting.
    let fr = code("Une réunion entre la France et l'Allemagne s'est tenue mardi à Paris.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "040"), "{fr:?}");
    let fr = code("La réunion entre la France et l'Allemagne a commencé lundi matin à Paris.", "fr");
    assert!(fr.iter().any(|m| m.cameo == "040"), "{fr:?}");
}
