//! One behaviour per sentence, in French and English: passive voice,
//! negation, plans, conditionals, treaty obligations, history, relative
//! dates, places, people by term of office, symmetric meetings.

mod common;

use vigie_model::{DatePrecision, Factuality, Mention};

fn code(text: &str, date: &str) -> Vec<Mention> {
    common::code_text(text, None, date)
}

fn only(text: &str, date: &str) -> Mention {
    let mut m = code(text, date);
    assert_eq!(m.len(), 1, "one event expected in «{text}», got {m:#?}");
    m.remove(0)
}

#[test]
fn passive_voice_swaps_source_and_target() {
    let m = only("Kim Jong Un was received by Vladimir Putin in Vladivostok on Wednesday.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("RUSGOV"), Some("PRKGOV"), "043"));
    assert_eq!(m.location.as_ref().unwrap().country, "RUS");
    assert_eq!(m.date.as_deref(), Some("2024-06-19"), "the Wednesday before Thursday 20 June");
    let fr = only("Le président Emmanuel Macron a été reçu à l'Élysée par Joe Biden.", "2024-06-20");
    assert_eq!((fr.source.as_deref(), fr.target.as_deref()), (Some("USAGOV"), Some("FRAGOV")));
}

#[test]
fn negation_is_kept_not_dropped() {
    let m = only("Israel did not attack Iran on Friday.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo_root.as_str()), (Some("ISR"), Some("IRN"), "19"));
    assert_eq!(m.factuality, Factuality::Negated);
}

#[test]
fn plans_and_futures_are_planned_with_their_month() {
    // Beside the planned visit, its subject's intent to meet (036) is a mention of its own.
    let m = code("Emmanuel Macron se rendra à Pékin en avril.", "2024-02-10").into_iter().find(|m| m.cameo != "036").expect("the visit");
    assert_eq!((m.source.as_deref(), m.cameo.as_str()), (Some("FRAGOV"), "042"));
    assert_eq!(m.factuality, Factuality::Planned);
    assert_eq!((m.date.as_deref(), m.date_precision), (Some("2024-04"), Some(DatePrecision::Month)));
    assert_eq!(m.location.as_ref().unwrap().country, "CHN");
    let en = code("Biden will visit Seoul next week.", "2023-05-01").into_iter().find(|m| m.cameo == "042").expect("the visit");
    assert_eq!(en.factuality, Factuality::Planned);
    assert_eq!(en.target.as_deref(), Some("KORGOV"));
}

#[test]
fn conditionals_are_hypothetical() {
    let m = code("Les Etats-Unis pourraient imposer des sanctions à la Chine si Pékin livre des armes à la Russie.", "2024-06-20");
    let sanction = m.iter().find(|m| m.cameo == "163").expect("the sanction is coded");
    assert_eq!(sanction.factuality, Factuality::Hypothetical);
    assert!(m.iter().all(|m| m.factuality != Factuality::Asserted));
}

#[test]
fn a_treaty_obligation_is_not_an_event() {
    let m = code("Cet accord stipule que chaque partie fournira une assistance militaire immédiate en cas d'agression armée contre l'une d'elles.", "2024-06-20");
    assert!(m.is_empty(), "{m:#?}");
}

#[test]
fn background_events_are_dated_and_flagged_historical() {
    let m = only("En 2014, la Russie a annexé la Crimée.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.cameo.as_str()), (Some("RUS"), "192"));
    assert_eq!((m.date.as_deref(), m.date_precision), (Some("2014"), Some(DatePrecision::Year)));
    assert!(m.historical);
    let news = only("Hier, Israël a bombardé Rafah.", "2024-05-07");
    assert!(!news.historical);
    assert_eq!(news.date.as_deref(), Some("2024-05-06"));
    assert_eq!(news.location.as_ref().unwrap().name, "Rafah");
    assert_eq!(news.target.as_deref(), Some("PSE"), "force on a place acts on its country");
}

#[test]
fn people_are_coded_by_their_office_on_the_event_date() {
    let m = only("Joe Biden met Emmanuel Macron in Paris.", "2025-03-01");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("USAELI"), Some("FRAGOV")), "Biden left office on 20 January 2025");
    assert!(m.symmetric);
    let in_office = only("Joe Biden met Emmanuel Macron in Paris.", "2023-03-01");
    assert_eq!(in_office.source.as_deref(), Some("USAGOV"));
}

#[test]
fn a_place_after_a_locative_is_a_place_not_an_actor() {
    let m = only("Russian troops attacked Ukrainian positions near Kharkiv on Sunday.", "2024-05-14");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("RUSMIL"), Some("UKRMIL")));
    let loc = m.location.unwrap();
    assert_eq!((loc.name.as_str(), loc.country.as_str()), ("Kharkiv", "UKR"));
    assert!((loc.lat - 50.0).abs() < 0.5 && (loc.lon - 36.2).abs() < 0.5);
}

#[test]
fn a_reported_statement_yields_the_reported_event_only() {
    let m = only("A Tunisian court has jailed a Nigerian student for two years, his lawyer said Wednesday.", "2008-08-06");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("TUNJUD"), Some("NGAEDU"), "173"));
}

#[test]
fn a_participle_after_a_passive_auxiliary_is_passive() {
    let m = only("The Russian building was demolished by a Ukrainian protestor.", "2015-06-01");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("UKROPP"), Some("RUS")));
    let fr = code("Des soldats russes ont été tués par l'armée ukrainienne près de Bakhmout.", "2023-05-02");
    let killed = fr.iter().find(|m| m.cameo_root == "19" || m.cameo_root == "18" || m.cameo_root == "20").expect("the killing is coded");
    assert_eq!((killed.source.as_deref(), killed.target.as_deref()), (Some("UKRMIL"), Some("RUSMIL")), "{killed:#?}");
}

#[test]
fn a_list_of_actors_meeting_is_one_symmetric_event_per_pair() {
    let m = code("The US, Russia and Switzerland met yesterday.", "2015-06-01");
    let mut pairs: Vec<(String, String)> = m.iter().map(|m| (m.source.clone().unwrap(), m.target.clone().unwrap())).collect();
    pairs.sort();
    assert_eq!(pairs, [("RUS".into(), "CHE".into()), ("USA".into(), "CHE".into()), ("USA".into(), "RUS".into())]);
    assert!(m.iter().all(|m| m.symmetric && m.date.as_deref() == Some("2015-05-31")));
    // An apposition is not a list.
    let campbell = only("Kurt Campbell, secrétaire d'État adjoint américain, a exprimé des préoccupations.", "2024-06-20");
    assert_eq!(campbell.source.as_deref(), Some("USAGOV"));
    assert_eq!(campbell.source_text.as_deref(), Some("Kurt Campbell"));
}

#[test]
fn a_title_and_a_country_name_the_office_holder_on_the_date() {
    let june_2024 = only("Le président sud-coréen a averti Moscou.", "2024-06-20");
    assert_eq!(june_2024.source.as_deref(), Some("KORGOV"));
    assert_eq!(june_2024.source_person.as_deref(), Some("yoon-suk-yeol"));
    let july_2025 = only("Le président sud-coréen a averti Moscou.", "2025-07-20");
    assert_eq!(july_2025.source_person.as_deref(), Some("lee-jae-myung"));
    let named = only("Le président sud-coréen Yoon Suk Yeol a averti Moscou.", "2024-06-20");
    assert_eq!(named.source_person.as_deref(), Some("yoon-suk-yeol"));
    let en = only("The Chinese foreign minister met the Russian president in Beijing.", "2023-03-01");
    assert_eq!((en.source_person.as_deref(), en.target_person.as_deref()), (Some("qin-gang"), Some("vladimir-putin")));
}

#[test]
fn referring_phrases_resolve_to_what_earlier_sentences_named() {
    let fr = code(
        "Une délégation militaire nord-coréenne est arrivée en Russie dimanche. \
         Lundi, la délégation a rencontré des responsables russes à Moscou. \
         Le 19 juin, la Russie et la Corée du Nord ont signé un traité. \
         Les responsables japonais craignent que cette alliance menace la région.",
        "2024-07-22",
    );
    let meeting = fr.iter().find(|m| m.sentence_index == 1).expect("the delegation's meeting is coded");
    assert_eq!(meeting.source.as_deref(), Some("PRKMIL"), "la délégation is the North Korean military delegation");
    assert_eq!(meeting.source_text.as_deref(), Some("la délégation"), "evidence points at the referring words");
    let arrival = fr.iter().find(|m| m.sentence_index == 0).expect("the arrival is coded");
    let (named, referred) = (arrival.confidence.unwrap(), meeting.confidence.unwrap());
    assert!((0.0..=1.0).contains(&named) && named > referred, "a named actor beats a referring phrase: {named} vs {referred}");
    let fears: Vec<&Mention> = fr.iter().filter(|m| m.sentence_index == 3).collect();
    let mut targets: Vec<&str> = fears.iter().filter_map(|m| m.target.as_deref()).collect();
    targets.sort();
    assert_eq!(targets, ["PRK", "RUS"], "cette alliance is both parties of the treaty: {fears:#?}");
    assert!(fears.iter().all(|m| m.source.as_deref() == Some("JPNGOV")));

    let en = code(
        "Chinese and Indian officials met in New Delhi on Monday. \
         Both countries agreed to resume border talks. The delegation left on Tuesday.",
        "2024-09-10",
    );
    assert!(en.iter().any(|m| m.sentence_index == 1 && m.source.is_some()), "both countries resolves: {en:#?}");

    // Without an antecedent a referring phrase is nobody: no actor is invented.
    assert!(code("La délégation a rencontré le ministre.", "2024-07-22").is_empty());
}

#[test]
fn a_target_after_a_modifying_agent_word_is_the_country_not_the_modifier() {
    // `military` in `military aid` says what kind of aid, not who receives it.
    let m = only("The United Kingdom pledged 2.5 billion pounds in military aid to Ukraine.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("GBR"), Some("UKR"), "0332"));
    let fr = only("Le Royaume-Uni a promis 2,5 milliards de livres d'aide militaire à l'Ukraine.", "2024-06-20");
    assert_eq!((fr.source.as_deref(), fr.target.as_deref()), (Some("GBR"), Some("UKR")));
}

#[test]
fn an_agent_without_a_country_acts_in_the_source_country() {
    let m = only("Tens of thousands of Serbian students marched in Novi Sad against the government.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo_root.as_str()), (Some("SRBEDU"), Some("SRBGOV"), "14"));
    // Without a country on either side, the agent words are actors of
    // unknown country (the Phoenix and PLOVER `---` convention).
    let m = only("Students marched against the government.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("---EDU"), Some("---GOV")));
}

#[test]
fn whoever_reports_is_not_whoever_acts() {
    let m = only("According to Seoul, Pyongyang threatened to cut off all inter-Korean communication lines.", "2024-06-20");
    assert_eq!(m.source.as_deref(), Some("PRKGOV"));
    let fr = only("Selon Kiev, Moscou a bombardé Kharkiv.", "2024-06-20");
    assert_eq!(fr.source.as_deref(), Some("RUSGOV"));
}

#[test]
fn a_title_in_the_words_puts_the_person_in_office() {
    // Outside any term the lexicon knows (he left office in 2003), the
    // words `President` still say he governs when the text was written.
    let m = only("Iraqi President Saddam Hussein arrived in Amman on Wednesday.", "2010-05-05");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("IRQGOV"), Some("JOR")));
    let former = only("Former President Donald Trump arrived in Amman on Wednesday.", "2024-05-02");
    assert_eq!(former.source.as_deref(), Some("USAELI"));
}

#[test]
fn agent_words_that_qualify_a_thing_name_no_actor() {
    let m = only("La Chine a lancé de vastes manœuvres militaires autour de Taïwan.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("CHN"), Some("TWN"), "150"));
    // `frontière ukrainienne` is singular: the adjective is the border's, not the soldiers'.
    let m = only("La Russie a massé des dizaines de milliers de soldats près de la frontière ukrainienne.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("RUS"), Some("UKR")));
    // Plural with plural: `militaires nord-coréennes` agree with `forces`, across the complement.
    let m = only(
        "La participation de forces de construction et d’ingénierie militaires nord-coréennes aux travaux dans l’oblast de Donetsk est prévue.",
        "2024-06-20",
    );
    assert_eq!(m.source.as_deref(), Some("PRKMIL"));
}

#[test]
fn a_participle_after_a_comma_shares_the_sentence_subject() {
    assert!(
        code("Cette visite marque une étape dans les relations entre la Corée du Nord et la Russie, renforçant ainsi leur coopération.", "2024-06-20")
            .is_empty(),
        "the visit strengthens, not the two countries a second time"
    );
    // (A toll after a comma, `…, killing ten civilians`, is no second act: event_finding.rs.)
    let accused = code("Russia expelled the Polish ambassador, accusing Warsaw of espionage.", "2024-06-20");
    assert!(accused.iter().any(|m| m.cameo_root == "11" && m.source.as_deref() == Some("RUS")), "{accused:#?}");
}

#[test]
fn a_capital_that_receives_aid_is_its_government_and_not_the_place() {
    let m = only("Washington a suspendu son aide militaire à Kiev.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("USAGOV"), Some("UKRGOV"), "1622"));
    assert!(m.location.is_none());
    let m = only("Les troupes russes se sont retirées de la ville de Kherson.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo_root.as_str()), (Some("RUSMIL"), Some("UKR"), "08"));
}

#[test]
fn a_date_between_a_verb_and_its_particle_does_not_break_the_pattern() {
    let m = only("Le Japon s'est engagé lundi à fournir 4,5 milliards de dollars d'aide à l'Ukraine.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("JPN"), Some("UKR"), "0331"));
    assert_eq!(m.date.as_deref(), Some("2024-06-17"), "and the date is still read");
    let en = only("The United States called on Monday for a ceasefire in Gaza.", "2024-06-20");
    assert_eq!(en.cameo, "0256");
}

#[test]
fn a_dateline_is_where_the_news_is_from_not_who_acts() {
    // Radio France's agenda: `Pays : …`. The journey named by its noun is the genitive's.
    let m = only("Chine : fin de la visite du Premier ministre espagnol Pedro Sánchez.", "2025-04-11");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("ESPGOV"), Some("CHN"), "042"));
    let m = only("Afrique du Sud : visite du président ukrainien, Volodymyr Zelensky.", "2025-04-24");
    assert_eq!((m.source.as_deref(), m.target.as_deref()), (Some("UKRGOV"), Some("ZAF")));
    assert_eq!(m.location.as_ref().map(|l| l.country.as_str()), Some("ZAF"));
    let m = only("Brésil : le président Lula da Silva rencontre son homologue chilien Gabriel Boric (15h00).", "2025-04-24");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo.as_str()), (Some("BRAGOV"), Some("CHLGOV"), "040"));
}

#[test]
fn a_participle_without_auxiliary_describes_who_undergoes_the_act() {
    // French needs an auxiliary for a finite past: `accusés` alone is adjectival.
    assert!(
        code("Afrique du Sud : prononcé de peine de sept ressortissants chinois accusés de traite d'êtres humains.", "2025-04-24").is_empty(),
        "nobody named accuses: no event, and certainly not China accusing"
    );
    let m = only("La Cour a entendu la plainte contre les Émirats arabes unis, accusés par Khartoum d'être complices d'un génocide.", "2025-04-24");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo_root.as_str()), (Some("SDNGOV"), Some("ARE"), "11"));
    let active = code("La Russie a accusé l'Ukraine d'espionnage.", "2025-04-24");
    assert!(active.iter().any(|m| m.source.as_deref() == Some("RUS") && m.target.as_deref() == Some("UKR")), "{active:#?}");
}

#[test]
fn the_act_in_an_infinitive_after_an_appeal_or_threat_is_no_event() {
    // Only the appeal happened: Iran has freed nobody.
    let m = only("La France a exhorté l'Iran à libérer les otages français.", "2024-06-20");
    assert_eq!((m.source.as_deref(), m.target.as_deref(), m.cameo_root.as_str()), (Some("FRA"), Some("IRN"), "02"));
    let en = only("Pyongyang threatened on Monday to attack South Korea.", "2024-06-20");
    assert_eq!(en.cameo_root, "13");
}
