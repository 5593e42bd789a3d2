//! Whether an event is found, which code it gets and whether it counts as
//! asserted: announced refusals as rejections, cues inside a pattern's gap,
//! prepositions that negate only the act they introduce. Hand-written
//! sentences, French and English.

mod common;

use vigie_model::{Factuality, Mention};

fn code_in(lang: &str, text: &str) -> Vec<Mention> {
    common::code_text(text, Some(lang), "2024-06-20")
}

/// (source, target, CAMEO code, factuality) of every event.
fn events(lang: &str, text: &str) -> Vec<(String, String, String, Factuality)> {
    code_in(lang, text)
        .into_iter()
        .map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo, m.factuality))
        .collect()
}

fn ev(s: &str, t: &str, code: &str, f: Factuality) -> (String, String, String, Factuality) {
    (s.to_string(), t.to_string(), code.to_string(), f)
}

#[test]
fn an_announced_refusal_to_cooperate_is_an_asserted_rejection() {
    // Refusing aid (07) is rejecting a request for aid (122).
    assert_eq!(events("en", "Germany said it would not provide weapons to Ukraine."), vec![ev("DEU", "UKR", "122", Factuality::Asserted)]);
    // Refusing talks (04) is rejecting a proposal to meet (125).
    assert_eq!(events("en", "Serbia will not negotiate with Kosovo."), vec![ev("SRB", "XKX", "125", Factuality::Asserted)]);
    assert_eq!(events("fr", "La Serbie ne négociera pas avec le Kosovo."), vec![ev("SRB", "XKX", "125", Factuality::Asserted)]);
    assert_eq!(events("fr", "Moscou ne veut pas négocier avec Kiev."), vec![ev("RUSGOV", "UKRGOV", "125", Factuality::Asserted)]);
    // A condition still makes it hypothetical.
    let conditional = events("en", "If Iran will not negotiate with France, Israel will attack.");
    assert!(conditional.iter().any(|e| e.2.starts_with("12") && e.3 == Factuality::Hypothetical), "{conditional:?}");
}

#[test]
fn a_refusal_of_a_hostile_act_or_a_past_negation_stays_a_negation() {
    assert_eq!(events("en", "Russia will not attack Ukraine."), vec![ev("RUS", "UKR", "190", Factuality::Negated)]);
    assert_eq!(events("fr", "La Russie n'attaquera pas l'Ukraine."), vec![ev("RUS", "UKR", "190", Factuality::Negated)]);
    // What did not happen is no rejection.
    let past = events("fr", "La France n'a pas livré d'armes à l'Ukraine.");
    assert!(!past.is_empty() && past.iter().all(|e| e.3 == Factuality::Negated && !e.2.starts_with("12")), "{past:?}");
    // A row that codes the refusal itself (`refused to meet`) is no negation of it.
    assert_eq!(events("en", "Venezuela refused to meet the Colombian envoy."), vec![ev("VEN", "COLGOV", "125", Factuality::Asserted)]);
}

#[test]
fn a_cue_in_a_gap_of_the_pattern_is_a_cue() {
    // `ne … pas` around a simple-tense verb: the verb is no word of the cue.
    let negated = events("fr", "La France ne livre pas d'armes à l'Ukraine.");
    assert!(!negated.is_empty() && negated.iter().all(|e| e.3 == Factuality::Negated), "{negated:?}");
    // A plan word between the pattern's words.
    let planned = events("fr", "La restitution prévue des manuscrits par la France à la Corée du Sud.");
    assert!(!planned.is_empty() && planned.iter().all(|e| e.3 == Factuality::Planned), "{planned:?}");
}

#[test]
fn sans_negates_only_the_act_it_introduces() {
    let fixed = events("fr", "Le Japon a condamné sans surprise les essais nucléaires nord-coréens.");
    assert!(fixed.iter().any(|e| e.2.starts_with("11") && e.3 == Factuality::Asserted), "{fixed:?}");
    let fixed = events("fr", "La Turquie a signé sans compromis un accord avec la Grèce.");
    assert!(fixed.iter().all(|e| e.3 == Factuality::Asserted) && !fixed.is_empty(), "{fixed:?}");
    let introduced = events("fr", "Le Premier ministre indien est reparti sans rencontrer le président chinois.");
    assert!(introduced.iter().all(|e| e.3 == Factuality::Negated) && !introduced.is_empty(), "{introduced:?}");
}

#[test]
fn a_past_form_of_a_verb_whose_base_is_a_noun_ends_the_actor_phrase() {
    // `bombed` is a verb form: `Russia bombed hospitals` is no noun phrase.
    let bombed = events("en", "Russia bombed hospitals in Aleppo.");
    assert!(bombed.iter().any(|e| e.0 == "RUS" && e.2.starts_with("19") && e.3 == Factuality::Asserted), "{bombed:?}");
    let marched = events("en", "Thousands of Serbians marched against the government in Belgrade.");
    assert!(marched.iter().any(|e| e.2 == "141"), "{marched:?}");
}

#[test]
fn a_passive_participle_before_an_infinitive_frames_the_act() {
    // Asked or invited to attend: the attendance is at most planned.
    let asked = events("en", "The Turkish president was asked to attend the summit in Brussels.");
    assert!(!asked.is_empty() && asked.iter().all(|e| e.3 != Factuality::Asserted), "{asked:?}");
    // The row that names invitation and visit together frames the visit too.
    let invited = events("fr", "Le président iranien est invité à se rendre en Chine.");
    assert_eq!(invited, vec![ev("IRNGOV", "CHN", "042", Factuality::Planned)]);
    let appealed = events("fr", "Le président iranien a été appelé à se rendre en Chine.");
    assert_eq!(appealed, vec![ev("IRNGOV", "CHN", "042", Factuality::Planned)]);
}

#[test]
fn being_engaged_in_an_act_is_doing_it() {
    assert_eq!(events("en", "Iran is engaged in talks with France."), vec![ev("IRN", "FRA", "046", Factuality::Asserted)]);
    assert_eq!(events("fr", "L'Iran est engagé dans des négociations avec la France."), vec![ev("IRN", "FRA", "046", Factuality::Asserted)]);
    let fighting = events("en", "Sudanese troops are engaged in fierce fighting with rebels.");
    assert!(fighting.iter().any(|e| e.0 == "SDNMIL" && e.2 == "190" && e.3 == Factuality::Asserted), "{fighting:?}");
}

#[test]
fn years_counted_back_date_the_event_in_its_year() {
    let dated = |lang: &str, text: &str| code_in(lang, text).into_iter().map(|m| (m.date.unwrap_or_default(), m.historical)).collect::<Vec<_>>();
    assert_eq!(dated("fr", "Il y a dix ans, la Russie a envahi la Géorgie."), vec![("2014".to_string(), true)]);
    assert_eq!(dated("fr", "La Russie a envahi la Géorgie il y a 16 ans."), vec![("2008".to_string(), true)]);
    assert_eq!(dated("en", "Russia invaded Georgia 16 years ago."), vec![("2008".to_string(), true)]);
    assert_eq!(dated("en", "Russia invaded Georgia three years ago."), vec![("2021".to_string(), true)]);
    // A count of months is no year.
    let months = dated("fr", "Il y a trois mois, la Russie a envahi la Géorgie.");
    assert_eq!(months, vec![("2024-06-20".to_string(), false)]);
}

#[test]
fn a_verb_form_between_adjectives_and_a_genitive_is_a_noun() {
    // `the deadly attack of …` names an attack the sentence recalls; it is no act of its own.
    assert_eq!(events("en", "Israel recalled the deadly attack of Hamas militants on Israeli soldiers in 2014."), vec![]);
    // A subject and its verb stay a clause.
    let said = events("en", "The two ministers discussed trade, and Japan criticized China.");
    assert!(said.iter().any(|e| e.2.starts_with("11")), "{said:?}");
}

#[test]
fn an_actor_announcing_its_own_act_expresses_an_intent() {
    // Release announced by the one who will release: intent to release (0353), asserted;
    // the release itself stays planned.
    assert_eq!(
        events("en", "Egypt announced it would free 40 Sudanese prisoners."),
        vec![ev("EGY", "SDN", "0841", Factuality::Planned), ev("EGY", "SDN", "0353", Factuality::Asserted)]
    );
    assert_eq!(
        events("fr", "L'Égypte a annoncé qu'elle libérera des prisonniers soudanais."),
        vec![ev("EGY", "SDN", "0841", Factuality::Planned), ev("EGY", "SDN", "0353", Factuality::Asserted)]
    );
    // Force announced is a threat of force.
    assert!(events("fr", "Israël a déclaré qu'il attaquerait l'Iran.").contains(&ev("ISR", "IRN", "1384", Factuality::Asserted)));
    assert!(events("en", "NATO said it would tighten the naval blockade of Serbia.").contains(&ev("NATO", "SRB", "1381", Factuality::Asserted)));
    // Preparing to act is a plan.
    let prepared = events("fr", "L'armée macédonienne se prépare à bombarder les positions albanaises.");
    assert!(!prepared.is_empty() && prepared.iter().all(|e| e.3 == Factuality::Planned), "{prepared:?}");
    // A plan its subject states is an intent whoever reports it after the fact; the act stays planned.
    let reported = events("en", "Ukraine will return the bodies of Russian soldiers on Friday, officials said.");
    assert!(reported.iter().any(|e| e.2.starts_with("08") && e.3 == Factuality::Planned), "{reported:?}");
    assert!(reported.iter().any(|e| e.2 == "0353" && e.3 == Factuality::Asserted), "{reported:?}");
    // No plans to act is no intent.
    let none = events("en", "Japan has said it has no plans to impose sanctions on Russia.");
    assert!(none.iter().all(|e| e.3 != Factuality::Asserted), "{none:?}");
}

#[test]
fn a_subject_pronoun_after_a_statement_verb_is_the_speaker() {
    assert_eq!(events("en", "Russia said that it attacked Ukrainian positions near Kharkiv."), vec![ev("RUS", "UKRMIL", "190", Factuality::Asserted)]);
    let fr = events("fr", "Le Japon a annoncé qu'il fournira une aide de 4 milliards de dollars à l'Ukraine.");
    assert!(fr.iter().any(|e| e.0 == "JPN" && e.1 == "UKR" && e.2.starts_with("03")), "{fr:?}");
}

#[test]
fn a_where_clause_keeps_its_cues_and_its_subject() {
    // The future in the `where` clause does not make the protest planned;
    // protesting in a foreign country is aimed at it.
    assert_eq!(
        events("en", "Dutch activists staged a protest in Moscow near the stadium where the Games will open next week."),
        vec![ev("NLDOPP", "RUS", "141", Factuality::Asserted)]
    );
    let fr = events("fr", "Des militants néerlandais ont manifesté à Moscou près du stade où s'ouvriront les Jeux.");
    assert!(fr.iter().any(|e| e.1 == "RUS" && e.2 == "141" && e.3 == Factuality::Asserted), "{fr:?}");
    // At home, no target from the place: a protest naming no one is
    // against the country's government.
    assert_eq!(events("en", "Serbian students protested in Belgrade."), vec![ev("SRBEDU", "SRBGOV", "141", Factuality::Asserted)]);
}

#[test]
fn a_modal_qualifies_the_verb_after_it_and_a_demand_governs_its_complement() {
    // `would` after the refusal belongs to what he would do, not to the refusal.
    assert_eq!(
        events("en", "The Greek president refused to meet the Turkish envoy in Athens, saying he would only receive him in Nicosia."),
        vec![ev("GRCGOV", "TURGOV", "125", Factuality::Asserted)]
    );
    // What a demand asks in its `that` clause is no act of the one asked.
    assert_eq!(
        events("en", "The European Union demanded that Israel ease restrictions on Palestinian workers."),
        vec![ev("EUR", "ISR", "100", Factuality::Asserted)]
    );
    // What one hopes for has not happened.
    let hoped = events("en", "Kenya said it hoped Somali officials would be charged with war crimes.");
    assert!(hoped.iter().all(|e| e.3 != Factuality::Asserted), "{hoped:?}");
}

#[test]
fn what_is_received_from_someone_was_given_by_them() {
    assert_eq!(events("en", "Ukraine received tanks and missiles from Germany last year."), vec![ev("DEU", "UKR", "072", Factuality::Asserted)]);
    let aid = events("en", "Jordan received humanitarian aid from Japan.");
    assert!(aid.iter().any(|(s, t, c, _)| s == "JPN" && t == "JOR" && c.starts_with("07")), "{aid:?}");
}

#[test]
fn a_negation_inside_the_verb_phrase_negates_the_act_it_does_not_hide() {
    // Present tense right after the subject, and a perfect with `pas`
    // between the auxiliary and the participle.
    assert_eq!(events("fr", "La Russie n'attaque pas l'Ukraine."), vec![ev("RUS", "UKR", "190", Factuality::Negated)]);
    assert_eq!(events("fr", "L'Iran ne menace pas Israël."), vec![ev("IRN", "ISR", "130", Factuality::Negated)]);
    assert_eq!(events("fr", "La Russie n'a jamais attaqué l'Ukraine."), vec![ev("RUS", "UKR", "190", Factuality::Negated)]);
    assert_eq!(events("en", "Ukraine was not attacked by Russia."), vec![ev("RUS", "UKR", "190", Factuality::Negated)]);
    // Without the negation the same rows give the asserted act.
    assert_eq!(events("fr", "La Russie attaque l'Ukraine."), vec![ev("RUS", "UKR", "190", Factuality::Asserted)]);
}

#[test]
fn an_upcoming_thing_after_the_verb_does_not_make_the_act_planned() {
    let threat = events("en", "Kenya has threatened to ban opposition parties from the upcoming elections.");
    assert!(threat.iter().any(|e| e.0 == "KEN" && e.2 == "1322" && e.3 == Factuality::Asserted), "{threat:?}");
    // Right before the act it still names a plan.
    let visit = events("en", "The upcoming visit of the Chinese president to Kenya was announced.");
    assert!(visit.iter().any(|e| e.2 == "042" && e.3 == Factuality::Planned), "{visit:?}");
}

#[test]
fn a_future_act_reported_by_its_own_side_is_an_intent() {
    // A reporter after the act who speaks for the source's country: an intent, asserted.
    assert_eq!(
        events("en", "Germany will send tanks to Ukraine, the German defence minister said."),
        vec![ev("DEU", "UKR", "072", Factuality::Planned), ev("DEU", "UKR", "0332", Factuality::Asserted)]
    );
    assert_eq!(
        events("fr", "L'Allemagne livrera des chars à l'Ukraine, a déclaré le ministre allemand de la Défense."),
        vec![ev("DEU", "UKR", "072", Factuality::Planned), ev("DEU", "UKR", "0332", Factuality::Asserted)]
    );
    // Another country's report after the fact: the future its subject states is still an intent.
    assert_eq!(
        events("fr", "L'Allemagne livrera des chars à l'Ukraine, a déclaré le ministre polonais de la Défense."),
        vec![ev("DEU", "UKR", "072", Factuality::Planned), ev("DEU", "UKR", "0332", Factuality::Asserted)]
    );
    // A possibility the source's own leader warns of is no promise.
    let warned = events("en", "Japan could send troops to Iraq, the Japanese prime minister warned.");
    assert!(warned.iter().all(|e| e.3 == Factuality::Hypothetical), "{warned:?}");
}

#[test]
fn a_participle_after_its_noun_with_an_object_is_a_verb() {
    // The demand is found, and what it asks is no event of its own.
    assert_eq!(
        events("en", "Hamas issued a statement demanding that Israel release the prisoners."),
        vec![ev("HMS", "ISR", "100", Factuality::Asserted)]
    );
    // A gerund with no object after its adjectives is still a noun.
    let fighting = events("en", "Serbia and Croatia agreed to a ceasefire after two days of fierce fighting but clashes continued.");
    assert!(fighting.iter().all(|e| !e.2.starts_with("19")), "{fighting:?}");
}

#[test]
fn a_deadline_or_a_purpose_is_no_act_and_a_court_decision_names_its_case() {
    // What a deadline or a `pour que` clause asks for has not happened.
    let deadline = events("fr", "Liban : date limite fixée par l'ONU pour que le Hezbollah et Israël trouvent un accord sur la frontière.");
    assert!(deadline.iter().all(|e| e.3 != Factuality::Asserted), "{deadline:?}");
    let purpose = events("fr", "La France a sanctionné la Russie pour que Moscou négocie avec Kiev.");
    assert!(purpose.iter().any(|e| e.2 == "163" && e.3 == Factuality::Asserted), "{purpose:?}");
    assert!(purpose.iter().any(|e| e.2 == "046" && e.3 == Factuality::Hypothetical), "{purpose:?}");
    let so_that = events("en", "Russia attacked Ukraine so that Kyiv would negotiate.");
    assert!(so_that.iter().any(|e| e.2 == "190" && e.3 == Factuality::Asserted), "{so_that:?}");
    assert!(so_that.iter().all(|e| e.2 == "190" || e.3 != Factuality::Asserted), "{so_that:?}");
    // The matter a court rules on is no act between its parties.
    assert!(events("fr", "Cour de justice de l'UE : décision dans l'affaire d'un Polonais qui accuse la Pologne de discrimination.").is_empty());
}

#[test]
fn a_verb_form_before_an_auxiliary_is_a_noun_and_a_dismissed_appeal_is_rejected() {
    // `demands are met` names the rebels' demands, no act of demanding.
    let demands = events("en", "Malian rebels said they opposed the deployment of a peacekeeping force until their political demands are met.");
    assert!(demands.iter().all(|e| !e.2.starts_with("10")), "{demands:?}");
    // Without the auxiliary the same words are a verb.
    assert_eq!(events("en", "Malian rebels demand the release of prisoners."), vec![ev("MLIREB", "", "1053", Factuality::Asserted)]);
    // What the appeal asked is its content, not an act.
    assert_eq!(
        events("en", "Rebels in Mali dismissed an appeal from the Malian president to lay down their arms."),
        vec![ev("MLIREB", "MLIGOV", "120", Factuality::Asserted)]
    );
}

#[test]
fn a_verb_form_right_after_a_past_verb_is_its_object() {
    // `enjoyed support`, `planned protests`: nouns, no act of support or protest.
    let support = events("en", "The Serbian government enjoyed support from China.");
    assert!(support.iter().all(|e| !e.2.starts_with("05")), "{support:?}");
    let protests = events("en", "The Kenyan government deployed police across Nairobi ahead of the planned protests.");
    assert!(protests.iter().all(|e| !e.2.starts_with("14")), "{protests:?}");
    // A row that spans both words still reads them (`pledged support`).
    assert_eq!(events("en", "Russia pledged support to Serbia."), vec![ev("RUS", "SRB", "032", Factuality::Asserted)]);
}

#[test]
fn an_announced_or_refused_yielding_keeps_its_kind() {
    // CAMEO's intents and refusals to yield follow its six kinds of yielding.
    // The act announced stays planned beside the intent.
    assert_eq!(events("en", "Serbia said it will lift the curfew in Kosovo."), vec![ev("SRB", "XKX", "0813", Factuality::Planned), ev("SRB", "XKX", "0351", Factuality::Asserted)]);
    assert_eq!(events("en", "Russia refused to withdraw its troops from Georgia."), vec![ev("RUS", "GEO", "1246", Factuality::Asserted)]);
    assert_eq!(events("en", "Iran refused to allow the return of IAEA inspectors."), vec![ev("IRN", "IAEA", "1245", Factuality::Asserted)]);
    // Letting inspectors come back is receiving them.
    assert!(events("fr", "L'Iran a dit qu'il autorisera le retour des inspecteurs de l'AIEA.").contains(&ev("IRN", "IAEA", "0355", Factuality::Asserted)));
}

#[test]
fn alerts_reinforcements_and_renewed_blockades_are_found() {
    let blockade = events("en", "Israel reimposed blockades in the West Bank.");
    assert!(blockade.iter().any(|e| e.0 == "ISR" && e.2 == "191" && e.3 == Factuality::Asserted), "{blockade:?}");
    let alert = events("en", "Israeli troops remained on high alert in the West Bank.");
    assert!(alert.iter().any(|e| e.0 == "ISRMIL" && e.2 == "152"), "{alert:?}");
    let alerte = events("fr", "Les troupes israéliennes restent en état d'alerte en Cisjordanie.");
    assert!(alerte.iter().any(|e| e.0 == "ISRMIL" && e.2 == "152"), "{alerte:?}");
    let forces = events("en", "Israel has strengthened its forces in Lebanon.");
    assert!(forces.iter().any(|e| e.0 == "ISR" && e.2 == "154"), "{forces:?}");
}

#[test]
fn a_governing_participle_after_its_noun_governs_what_follows() {
    assert_eq!(
        events("fr", "Le Hezbollah a diffusé un communiqué exigeant qu'Israël libère les prisonniers."),
        vec![ev("HEZ", "ISR", "100", Factuality::Asserted)]
    );
    let appeal = events("en", "Hezbollah issued a statement calling on Israel to free the prisoners.");
    assert!(appeal.iter().all(|e| e.0 == "HEZ" && e.2.starts_with("02")), "{appeal:?}");
}

#[test]
fn what_a_named_day_stands_for_is_no_act_today() {
    // A sentence about the date an international day falls on describes it.
    assert!(events("fr", "Cette date a été choisie par l'Assemblée générale des Nations unies pour rendre hommage aux journalistes.").is_empty());
    // Commemorating is today's act; what it recalls is historical.
    let commemoration = events("en", "Poland and Russia commemorated the anniversary of the Soviet invasion of Poland.");
    assert!(!commemoration.is_empty() && commemoration.iter().all(|e| e.2 == "017"), "{commemoration:?}");
}

#[test]
fn a_future_or_a_negation_qualifies_only_the_verb_after_it() {
    // `will` and `not` stand before the verb they qualify: the verb before
    // them in the same clause keeps its own factuality.
    let indicted = events("en", "Serbia has been accused by Croatia of shelling Vukovar and will appeal to the United Nations.");
    assert!(indicted.contains(&ev("HRV", "SRB", "112", Factuality::Asserted)), "{indicted:?}");
    assert!(indicted.iter().any(|e| e.2 == "020" && e.3 == Factuality::Planned), "{indicted:?}");
    let investigating = events("en", "Kenya is investigating the murder of a Somali trader and will prosecute the culprits.");
    assert!(investigating.iter().any(|e| e.0 == "KEN" && e.2.starts_with("09") && e.3 == Factuality::Asserted), "{investigating:?}");
}

#[test]
fn giving_permission_is_yielding_and_refusing_it_a_rejection() {
    assert_eq!(events("en", "Chad will not give permission to France to use its air bases."), vec![ev("TCD", "FRA", "124", Factuality::Asserted)]);
    assert_eq!(events("fr", "Le Tchad ne donnera pas l'autorisation à la France d'utiliser ses bases."), vec![ev("TCD", "FRA", "124", Factuality::Asserted)]);
}

#[test]
fn a_verb_form_heading_a_noun_phrase_is_no_act() {
    // `the bomb attack`, `the two border attacks`: what is condemned or
    // protested against is named, not reported as an act here.
    assert_eq!(events("en", "Nigeria condemned the bomb attack on a market in Maiduguri."), vec![ev("NGA", "", "111", Factuality::Asserted)]);
    assert_eq!(events("en", "Armenia protested against the two border attacks in Syunik."), vec![ev("ARM", "", "141", Factuality::Asserted)]);
    // A progressive after its auxiliary stays a verb, and so does a journey's noun.
    assert_eq!(events("en", "Israeli troops are shelling Rafah, witnesses said."), vec![ev("ISRMIL", "PSE", "194", Factuality::Asserted)]);
    let visit = events("en", "The Indian minister made a surprise visit to Kabul on Tuesday.");
    assert!(visit.iter().any(|e| e.0 == "INDGOV" && e.2 == "042"), "{visit:?}");
}

#[test]
fn wounding_is_an_assault_by_the_subject_of_the_first_verb() {
    let wounded = events("en", "Russian jets bombed Idlib and wounded dozens of Syrian civilians.");
    assert!(wounded.contains(&ev("RUS", "SYRCVL", "180", Factuality::Asserted)), "{wounded:?}");
    let blesse = events("fr", "Des soldats maliens ont blessé trois manifestants à Bamako.");
    assert!(blesse.iter().any(|e| e.0 == "MLIMIL" && e.2 == "180" && e.3 == Factuality::Asserted), "{blesse:?}");
    // The object of the first verb does not become the subject of the second
    // (the bomb is unidentified armed men's: `actor_choice.rs`).
    let toll = events("en", "A car bomb killed two Iraqi policemen and wounded three others in Mosul.");
    assert!(toll.iter().all(|e| e.0 == "IRQUAF" && e.1 == "IRQCOP"), "{toll:?}");
}

#[test]
fn a_generic_intent_takes_its_kind_from_the_act_it_governs() {
    // Readiness to use force is a threat of force, as CAMEO pairs them.
    for (lang, text) in [("en", "Turkey said it is prepared to attack rebel positions in Syria."), ("fr", "La Turquie est prête à attaquer les positions rebelles en Syrie.")] {
        let threat = events(lang, text);
        assert!(threat.len() == 1 && threat[0].0 == "TUR" && threat[0].2 == "1384" && threat[0].3 == Factuality::Asserted, "{threat:?}");
    }
    // Readiness to give aid is an intent to give it.
    assert_eq!(events("en", "Japan is ready to send humanitarian aid to Myanmar."), vec![ev("JPN", "MMR", "0333", Factuality::Asserted)]);
    assert_eq!(events("fr", "Le Japon est prêt à envoyer une aide humanitaire à la Birmanie."), vec![ev("JPN", "MMR", "0333", Factuality::Asserted)]);
    // An actor stating its own intent in the conditional has expressed it.
    let host = events("en", "Norway said it would be ready to host talks between Colombia and the rebels.");
    assert!(!host.is_empty() && host.iter().all(|e| e.0 == "NOR" && e.2.starts_with("03") && e.3 == Factuality::Asserted), "{host:?}");
}

#[test]
fn a_renewed_demand_governs_its_complement() {
    assert_eq!(events("en", "Amnesty International renewed its demand on Friday that Egypt release the journalists."), vec![ev("AMN", "EGY", "100", Factuality::Asserted)]);
    assert_eq!(events("fr", "Amnesty International a réitéré son exigence que l'Égypte libère les journalistes."), vec![ev("AMN", "EGY", "100", Factuality::Asserted)]);
}

#[test]
fn riots_named_by_their_noun_and_blocked_transport_are_protests() {
    assert_eq!(events("en", "Kurdish riots against the Turkish government spread to Diyarbakir."), vec![ev("TURCVLkur", "TUR", "145", Factuality::Asserted)]);
    let riots = events("fr", "Les émeutes palestiniennes contre Israël ont fait trois morts.");
    assert!(riots.iter().any(|e| e.0 == "PSE" && e.1 == "ISR" && e.2 == "145"), "{riots:?}");
    let blocked = events("en", "Belgian farmers blocked transport into Brussels on Monday.");
    assert!(blocked.iter().any(|e| e.0 == "BELAGR" && e.2 == "144" && e.3 == Factuality::Asserted), "{blocked:?}");
}

#[test]
fn a_speaker_reporting_another_sides_force_accuses_it_of_aggression() {
    for (lang, text) in [("en", "Ukraine said that Russian troops had shelled Kharkiv."), ("fr", "L'Ukraine a affirmé que les troupes russes avaient bombardé Kharkiv.")] {
        let coded = events(lang, text);
        assert!(coded.contains(&ev("UKR", "RUSMIL", "1123", Factuality::Asserted)), "{coded:?}");
        // The force keeps the factuality of the reported clause.
        assert!(coded.iter().any(|e| e.0 == "RUSMIL" && e.2.starts_with("19") && e.3 == Factuality::Asserted), "{coded:?}");
    }
    for (lang, text) in [("en", "Russia claimed that Ukraine had attacked Belgorod."), ("fr", "La Russie prétend que l'Ukraine a attaqué Belgorod.")] {
        let coded = events(lang, text);
        assert!(coded.contains(&ev("RUS", "UKR", "1123", Factuality::Asserted)), "{coded:?}");
    }
    // An incise after the act, one's own side, or a denied act accuse no one.
    let incise = events("en", "Russian troops shelled Kharkiv on Monday, Ukraine said.");
    assert!(!incise.iter().any(|e| e.2 == "1123"), "{incise:?}");
    let own = events("en", "Ukraine said Ukrainian troops had shelled Belgorod.");
    assert!(!own.iter().any(|e| e.2 == "1123"), "{own:?}");
    let denied = events("en", "Ukraine said Russia did not attack Kharkiv.");
    assert!(!denied.iter().any(|e| e.2 == "1123"), "{denied:?}");
}

#[test]
fn a_clause_after_a_demands_object_is_its_content_but_not_after_a_comma() {
    for (lang, text) in [
        ("en", "Ukraine demanded an admission by Moscow that Russian troops killed civilians in Bucha."),
        ("fr", "L'Ukraine a exigé de Moscou la reconnaissance que les troupes russes ont tué des civils à Boutcha."),
    ] {
        let coded = events(lang, text);
        assert!(coded.iter().any(|e| e.0 == "UKR" && e.2 == "100"), "{coded:?}");
        assert!(!coded.iter().any(|e| e.2.starts_with("19")), "{coded:?}");
    }
    let coordinated = events("en", "Ukraine demanded talks, but Russian troops killed civilians in Bucha.");
    assert!(coordinated.iter().any(|e| e.0 == "RUSMIL" && e.2 == "190" && e.3 == Factuality::Asserted), "{coordinated:?}");
}

#[test]
fn a_pronoun_after_a_statement_verb_is_the_speaker_stating_its_intent() {
    let allow = events("en", "In a letter sent to the United Nations on Monday, Iran said it would allow the return of IAEA inspectors.");
    assert_eq!(allow, vec![ev("IRN", "IAEA", "0862", Factuality::Planned), ev("IRN", "IAEA", "0355", Factuality::Asserted)]);
}

#[test]
fn a_journey_named_by_its_noun_is_made_by_whom_its_by_or_genitive_names() {
    let visit = events("en", "Pakistan criticised India on the eve of a visit by Yasser Arafat to Tunisia.");
    assert!(visit.iter().any(|e| e.0 == "PSEELI" && e.1 == "TUN" && e.2 == "042"), "{visit:?}");
    assert!(!visit.iter().any(|e| e.0 == "PAK" && e.2 == "042"), "{visit:?}");
    let visite = events("fr", "Le Pakistan a critiqué l'Inde à la veille d'une visite du président chinois en Tunisie.");
    assert!(visite.iter().any(|e| e.0 == "CHNGOV" && e.2 == "042"), "{visite:?}");
    assert!(!visite.iter().any(|e| e.0 == "PAK" && e.2 == "042"), "{visite:?}");
}

#[test]
fn a_tense_inside_the_governed_infinitive_qualifies_the_content_not_the_act() {
    let rejected = events("en", "Hamas rejected an invitation to attend talks with Israel next week.");
    assert!(rejected.iter().any(|e| e.0 == "HMS" && e.2.starts_with("12") && e.3 == Factuality::Asserted), "{rejected:?}");
    let refuse = events("fr", "Le Hamas a rejeté une invitation à participer aux négociations avec Israël la semaine prochaine.");
    assert!(refuse.iter().any(|e| e.0 == "HMS" && e.2.starts_with("12") && e.3 == Factuality::Asserted), "{refuse:?}");
    // Before the infinitive the tense still qualifies the act.
    let planned = events("en", "Hamas will reject the invitation to attend talks with Israel.");
    assert!(planned.iter().all(|e| e.3 != Factuality::Asserted || !e.2.starts_with("12")), "{planned:?}");
}

#[test]
fn a_participle_describing_a_noun_in_a_genitive_is_no_act_of_it() {
    let released = events("en", "Israel released the mayor of Nablus, a member of the Hamas movement jailed over a year ago.");
    assert!(released.iter().any(|e| e.0 == "ISR" && e.2.starts_with("084")), "{released:?}");
    assert!(!released.iter().any(|e| e.2 == "173"), "{released:?}");
    // The past tense after a subject, or after a counted genitive, stays a verb.
    let jailed = events("en", "Iran jailed over 100 protesters in Tehran.");
    assert!(jailed.iter().any(|e| e.0 == "IRN" && e.2 == "173"), "{jailed:?}");
    let protested = events("en", "Hundreds of Armenians protested against the government in Yerevan.");
    assert!(protested.iter().any(|e| e.2 == "141" && e.3 == Factuality::Asserted), "{protested:?}");
}

#[test]
fn capturing_a_stronghold_occupies_it() {
    for (lang, text) in [("en", "Syrian troops captured a rebel stronghold near Aleppo."), ("fr", "Les troupes syriennes ont pris un bastion rebelle près d'Alep.")] {
        let coded = events(lang, text);
        assert!(coded.iter().any(|e| e.0 == "SYRMIL" && e.2 == "192" && e.3 == Factuality::Asserted), "{coded:?}");
    }
}

#[test]
fn announcing_a_suspension_is_suspending() {
    assert_eq!(events("en", "Italy announced a suspension of air links with Serbia on Wednesday."), vec![ev("ITA", "SRB", "160", Factuality::Asserted)]);
    assert_eq!(events("fr", "L'Italie a annoncé la suspension des liaisons aériennes avec la Serbie."), vec![ev("ITA", "SRB", "160", Factuality::Asserted)]);
    assert_eq!(events("en", "Lithuania announced the suspension of diplomatic relations with Belarus."), vec![ev("LTU", "BLR", "161", Factuality::Asserted)]);
}

#[test]
fn a_consensus_to_act_is_an_agreement_to_act() {
    for (lang, text) in [("en", "Egypt and Sudan reached a consensus to share water data."), ("fr", "L'Égypte et le Soudan sont parvenus à un consensus pour partager les données sur le Nil.")] {
        let coded = code_in(lang, text);
        assert!(coded.len() == 1 && coded[0].cameo.starts_with("03") && coded[0].symmetric && coded[0].factuality == Factuality::Asserted, "{coded:?}");
    }
    // A consensus on something stays an expression of accord.
    assert_eq!(events("en", "Egypt and Sudan reached a consensus on the dam."), vec![ev("EGY", "SDN", "019", Factuality::Asserted)]);
}

#[test]
fn travel_named_after_a_preposition_is_no_trip() {
    let bans = events("en", "Canada announced bans on travel to Canada for four Russian officers.");
    assert!(!bans.iter().any(|e| e.2 == "042"), "{bans:?}");
    // A trip after a determiner, or a verb after its subject, stays one.
    let visit = events("en", "Canada's prime minister will travel to Kyiv.");
    assert!(visit.iter().any(|e| e.0 == "CANGOV" && e.2 == "042"), "{visit:?}");
}

#[test]
fn a_noun_that_governs_an_infinitive_makes_the_act_its_content() {
    // A threat to act is a threat, whether or not its author stands between noun and infinitive.
    for (lang, text) in [
        ("en", "Russia made a threat to attack Ukraine."),
        ("fr", "La Russie a proféré une menace d'attaquer l'Ukraine."),
        ("fr", "La menace de la Turquie de boycotter les produits français a inquiété Paris."),
    ] {
        let coded = events(lang, text);
        assert!(!coded.is_empty() && coded.iter().all(|e| e.2.starts_with("13") && e.3 == Factuality::Asserted), "{text}: {coded:?}");
    }
    // Efforts and plans leave the act planned; an attempt or a bid leaves it hypothetical.
    assert_eq!(events("en", "Japan stepped up efforts to negotiate with China."), vec![ev("JPN", "CHN", "046", Factuality::Planned)]);
    assert_eq!(events("fr", "Le Japon redouble d'efforts pour négocier avec la Chine."), vec![ev("JPN", "CHN", "046", Factuality::Planned)]);
    let bid = events("en", "Egypt launched a bid to mediate between Israel and Hamas.");
    assert!(!bid.is_empty() && bid.iter().all(|e| e.2 == "045" && e.3 == Factuality::Hypothetical), "{bid:?}");
    assert_eq!(events("fr", "L'Égypte a lancé une tentative pour négocier avec le Hamas."), vec![ev("EGY", "HMS", "046", Factuality::Hypothetical)]);
    // The same verbs after their subject stay asserted acts.
    assert_eq!(events("en", "Japan negotiated with China."), vec![ev("JPN", "CHN", "046", Factuality::Asserted)]);
    assert!(events("fr", "La Russie a attaqué l'Ukraine.").iter().any(|e| e.2.starts_with("19") && e.3 == Factuality::Asserted));
}

#[test]
fn an_act_a_criticism_names_without_its_author_is_its_object() {
    for (lang, text) in [
        ("en", "Poland condemned the attack against the Ukrainian consulate."),
        ("fr", "La Pologne a condamné l'attentat contre le consulat d'Ukraine."),
        ("fr", "Les Pays-Bas ont dénoncé l'attentat contre l'ambassade de Turquie."),
    ] {
        let coded = events(lang, text);
        assert!(!coded.is_empty() && coded.iter().all(|e| e.2.starts_with("11")), "{text}: {coded:?}");
    }
    // An act whose author its own phrase names is news in itself.
    let named = events("fr", "L'Allemagne a condamné l'attaque de la Russie contre l'Ukraine.");
    assert!(named.iter().any(|e| e.0 == "DEU" && e.2 == "111") && named.iter().any(|e| e.0 == "RUS" && e.1 == "UKR" && e.2 == "190"), "{named:?}");
    // Who commits the act is still its author.
    let committed = events("fr", "Le Hamas a commis un attentat contre l'ambassade d'Israël.");
    assert!(committed.iter().any(|e| e.0 == "HMS" && e.2 == "180"), "{committed:?}");
}

#[test]
fn an_act_a_time_span_counts_from_is_the_antecedent_not_the_news() {
    assert_eq!(
        events("en", "Poland recalled its ambassador from Belarus on Tuesday, two days after Belarusian troops shelled a Polish border post."),
        vec![ev("POL", "BLR", "161", Factuality::Asserted)]
    );
    assert_eq!(
        events("fr", "La Pologne a expulsé l'ambassadeur de Biélorussie mardi, deux jours après que des soldats biélorusses ont bombardé un poste frontière polonais."),
        vec![ev("POL", "BLRGOV", "161", Factuality::Asserted)]
    );
    assert_eq!(
        events("fr", "La Lituanie a expulsé l'ambassadeur de Biélorussie au lendemain de l'attaque de soldats biélorusses contre un poste frontière lituanien."),
        vec![ev("LTU", "BLRGOV", "161", Factuality::Asserted)]
    );
    // Reported on its own, the same act is news.
    assert!(events("en", "Belarusian troops shelled a Polish border post on Tuesday.").iter().any(|e| e.0 == "BLRMIL" && e.2.starts_with("19")));
    assert!(events("fr", "Des soldats biélorusses ont bombardé un poste frontière polonais mardi.").iter().any(|e| e.0 == "BLRMIL" && e.2.starts_with("19")));
}

#[test]
fn artillery_shells_as_a_subject_are_no_shelling() {
    let coded = events("en", "Shells continued crashing into the Lebanese port of Tripoli on Monday.");
    assert!(coded.iter().all(|e| !e.2.starts_with("19")), "{coded:?}");
    assert_eq!(events("en", "Syrian troops shelled the Lebanese port of Tripoli on Monday."), vec![ev("SYRMIL", "LBN", "194", Factuality::Asserted)]);
}

#[test]
fn an_actor_inside_the_agreed_act_is_no_party_to_the_agreement() {
    let aid = code_in("en", "The European Union agreed to provide aid to Romania.");
    assert!(!aid.is_empty() && aid.iter().all(|m| m.target.as_deref() == Some("ROU") && !m.symmetric), "{aid:?}");
    let aide = code_in("fr", "L'Union européenne a accepté de fournir une aide à la Roumanie.");
    assert!(!aide.is_empty() && aide.iter().all(|m| m.target.as_deref() == Some("ROU") && !m.symmetric), "{aide:?}");
    // Coordinated subjects, or a partner after `with`, still agree with each other.
    let both = code_in("en", "Russia and Ukraine agreed to exchange prisoners.");
    assert!(both.iter().any(|m| m.source.as_deref() == Some("RUS") && m.target.as_deref() == Some("UKR") && m.symmetric), "{both:?}");
    let met = code_in("en", "Poland's cabinet met Ukrainian ministers on Sunday.");
    assert!(met.iter().any(|m| m.cameo == "040" && m.symmetric), "{met:?}");
}

#[test]
fn a_body_meeting_on_its_own_consults_no_one() {
    for (lang, text) in [("en", "Israel's cabinet met on Sunday."), ("fr", "Le cabinet israélien s'est réuni dimanche.")] {
        let coded = events(lang, text);
        assert!(coded.iter().all(|e| !e.2.starts_with("04")), "{text}: {coded:?}");
    }
    assert_eq!(events("fr", "Le cabinet israélien a rencontré des ministres ukrainiens dimanche."), vec![ev("ISRGOV", "UKRGOV", "040", Factuality::Asserted)]);
}

#[test]
fn the_toll_of_an_attack_told_after_a_comma_is_no_second_attack() {
    assert_eq!(events("en", "Russian troops shelled the town of Kherson, killing twenty people."), vec![ev("RUSMIL", "UKRCVL", "194", Factuality::Asserted)]);
    assert_eq!(events("en", "Russian troops shelled Kherson, killing or wounding twenty people."), vec![ev("RUSMIL", "UKR", "194", Factuality::Asserted)]);
    assert_eq!(events("fr", "Les soldats russes ont bombardé la ville de Kherson, blessant vingt personnes."), vec![ev("RUSMIL", "UKR", "195", Factuality::Asserted)]);
    // Told on its own, or as an act of its own, the killing is an event.
    assert!(events("en", "Russian troops killed twenty people in Kherson.").iter().any(|e| e.2 == "190"));
    let arrests = events("en", "Kenyan police opened fire on protesters in Nairobi, killing one man and arresting twelve.");
    assert!(arrests.iter().any(|e| e.2 == "173") && !arrests.iter().any(|e| e.2 == "190"), "{arrests:?}");
}

#[test]
fn where_an_obligation_binds_an_actor_is_part_of_its_phrase() {
    assert_eq!(events("en", "Germany said that the rebels in Darfur must negotiate."), vec![ev("DEU", "SDNREB", "100", Factuality::Asserted)]);
    assert_eq!(events("en", "Germany said that the Sudanese government and the rebels in Darfur must negotiate."), vec![ev("DEU", "SDNGOV", "100", Factuality::Asserted), ev("DEU", "SDNREB", "100", Factuality::Asserted)]);
}

#[test]
fn a_country_adjective_before_an_attack_names_its_author() {
    let attack = events("en", "Germany condemned the Russian attack on Ukraine.");
    assert!(attack.contains(&ev("DEU", "RUS", "111", Factuality::Asserted)) && attack.contains(&ev("RUS", "UKR", "190", Factuality::Asserted)), "{attack:?}");
    assert!(!attack.iter().any(|e| e.0 == "DEU" && e.2.starts_with("19")), "{attack:?}");
    let strikes = events("en", "France condemned the Israeli air strikes on Lebanon.");
    assert!(strikes.contains(&ev("ISR", "LBN", "195", Factuality::Asserted)), "{strikes:?}");
    let invasion = events("fr", "L'Allemagne a condamné l'invasion russe de l'Ukraine.");
    assert!(invasion.contains(&ev("RUS", "UKR", "192", Factuality::Asserted)), "{invasion:?}");
    // What qualifies the criticism leaves the act it names as it is.
    let not_condemned = events("en", "India did not condemn the Russian invasion of Ukraine.");
    assert!(not_condemned.contains(&ev("IND", "RUS", "111", Factuality::Negated)) && not_condemned.contains(&ev("RUS", "UKR", "192", Factuality::Asserted)), "{not_condemned:?}");
    let pas_condamne = events("fr", "Le Brésil n'a pas condamné l'attaque russe contre l'Ukraine.");
    assert!(pas_condamne.contains(&ev("BRA", "RUS", "111", Factuality::Negated)) && pas_condamne.contains(&ev("RUS", "UKR", "190", Factuality::Asserted)), "{pas_condamne:?}");
}

#[test]
fn the_act_a_claim_of_responsibility_is_about_is_no_second_event() {
    assert_eq!(
        events("en", "Al-Shabab claimed responsibility for a deadly attack targeting Christians at a hotel in Kenya."),
        vec![ev("SHABAAB", "KEN", "015", Factuality::Asserted)]
    );
    let denied = events("fr", "Téhéran a nié toute responsabilité dans l'attaque de drones qui a tué deux soldats jordaniens.");
    assert!(!denied.is_empty() && denied.iter().all(|e| e.0 == "IRNGOV" && e.2 == "016"), "{denied:?}");
    // A new act after a conjunction is news of its own.
    assert!(events("en", "Hamas claimed responsibility for the attack, and Israel bombed Gaza on Monday.").iter().any(|e| e.0 == "ISR" && e.2.starts_with("19")));
}

#[test]
fn a_short_french_participle_after_a_comma_is_a_toll_too() {
    assert_eq!(
        events("fr", "Les shebab ont fait exploser une bombe dans un hôtel de Mogadiscio, tuant neuf civils somaliens."),
        vec![ev("SHABAAB", "SOMCVL", "183", Factuality::Asserted)]
    );
}

#[test]
fn a_warning_that_closes_the_sentence_reports_what_comes_before() {
    let warned = events("en", "Russia could blockade the Baltic ports within weeks, Lithuania warned.");
    assert!(!warned.is_empty() && warned.iter().all(|e| !e.2.starts_with("13")), "{warned:?}");
    // A warning with its own addressee is an act.
    assert!(events("en", "The Pentagon warned China.").iter().any(|e| e.1 == "CHN" && e.2 == "130"));
}

#[test]
fn an_attack_named_as_the_subject_of_a_killing_is_one_act() {
    assert_eq!(events("en", "Turkey's air strikes on Syrian territory killed 30 people."), vec![ev("TUR", "SYR", "195", Factuality::Asserted)]);
    assert_eq!(events("fr", "Les frappes russes sur Kharkiv ont tué dix civils."), vec![ev("RUS", "UKR", "190", Factuality::Asserted)]);
    // A victim of another country named by the killing is still told.
    let engineers = events("en", "Pakistan's air strikes on Afghanistan killed two Chinese engineers.");
    assert!(engineers.iter().any(|e| e.1 == "CHN" && e.2 == "190"), "{engineers:?}");
}

#[test]
fn a_report_closing_the_sentence_is_made_by_the_subject_after_the_last_comma() {
    // The speaker between the comma and the verb, not the clause's first actor.
    let said = code_in("en", "Peace talks are going well, the Israeli prime minister said on Monday.");
    assert!(said.iter().all(|m| m.source.as_deref() == Some("ISRGOV")), "{said:?}");
    // An unknown speaker there reports nothing, and lends the first actor no statement.
    let residents = events("en", "Germany has tried to spy on French officials, residents said.");
    assert!(residents.iter().all(|e| e.2 != "010"), "{residents:?}");
    let habitants = events("fr", "Le Hamas a reculé, des habitants ont affirmé lundi.");
    assert!(habitants.iter().all(|e| e.2 != "010"), "{habitants:?}");
}

#[test]
fn a_determiner_and_an_actor_before_a_verb_of_force_name_an_attack() {
    assert_eq!(events("en", "Jordan shared intelligence with Israel before the Iranian attack."), vec![ev("JOR", "ISR", "064", Factuality::Asserted)]);
    // With an object, or an agent word as subject, the verb acts.
    assert!(events("en", "The Taliban attack Kabul every week.").iter().any(|e| e.0 == "TAL" && e.2 == "190"));
    assert!(events("en", "Russia attacked Ukraine before dawn.").iter().any(|e| e.0 == "RUS" && e.2 == "190"));
}

#[test]
fn a_noun_phrase_ends_before_a_preposition_of_time() {
    let coded = events("en", "Israel was hit on Tuesday in the first such attack since the ceasefire.");
    assert!(coded.iter().all(|e| !e.2.starts_with("19")), "{coded:?}");
    assert!(events("en", "Hamas attacked Israel on Tuesday, the first time since the ceasefire.").iter().any(|e| e.0 == "HMS" && e.2 == "190"));
}

#[test]
fn a_participle_after_a_preposition_qualifies_the_noun_after_it() {
    assert_eq!(events("en", "Poland opened an investigation into alleged crimes by Belarusian guards."), events("en", "Poland opened an investigation into crimes by Belarusian guards."));
    assert!(events("en", "Russia arrested a French citizen for alleged spying.").iter().all(|e| e.2 == "173"));
    // As a verb it still alleges.
    assert!(events("en", "Ukraine alleged that Russia attacked Kharkiv.").iter().any(|e| e.0 == "UKR" && e.2 == "112"));
}

#[test]
fn the_act_a_denial_governs_is_negated_and_the_denial_asserted() {
    // A that-clause.
    let fr_que = events("fr", "Moscou a nié que ses soldats ont attaqué Kiev.");
    assert!(fr_que.contains(&ev("RUSGOV", "", "016", Factuality::Asserted)), "{fr_que:?}");
    assert!(fr_que.iter().any(|e| e.0 == "RUSMIL" && e.2.starts_with("19") && e.3 == Factuality::Negated), "{fr_que:?}");
    assert!(fr_que.iter().all(|e| !e.2.starts_with("19") || e.3 == Factuality::Negated), "{fr_que:?}");
    // Who acts in the denied clause is not the denial's target.
    let kremlin = events("en", "The Kremlin denied that Russian troops had bombed Kharkiv.");
    assert!(kremlin.contains(&ev("RUSGOV", "", "016", Factuality::Asserted)), "{kremlin:?}");
    let en_that = events("en", "Russia denied that its troops had shelled the village.");
    assert!(en_that.iter().any(|e| e.2 == "016" && e.3 == Factuality::Asserted), "{en_that:?}");
    assert!(en_that.iter().any(|e| e.0 == "RUSMIL" && e.2 == "194" && e.3 == Factuality::Negated), "{en_that:?}");
    // A perfect infinitive, with or without `de`.
    let dement = events("fr", "Le Hamas dément avoir attaqué Israël.");
    assert!(dement.contains(&ev("HMS", "ISR", "016", Factuality::Asserted)), "{dement:?}");
    assert!(dement.contains(&ev("HMS", "ISR", "190", Factuality::Negated)), "{dement:?}");
    let nie = events("fr", "L'Iran nie avoir livré des drones à la Russie.");
    assert!(nie.iter().any(|e| e.0 == "IRN" && e.1 == "RUS" && e.2.starts_with("07") && e.3 == Factuality::Negated), "{nie:?}");
    // A gerund.
    let carrying = events("en", "Iran denied carrying out the attack on Israel.");
    assert!(carrying.contains(&ev("IRN", "ISR", "190", Factuality::Negated)), "{carrying:?}");
    assert!(carrying.iter().any(|e| e.2 == "016" && e.3 == Factuality::Asserted), "{carrying:?}");
    let supplying = events("en", "Iran denied supplying drones to Russia.");
    assert!(supplying.iter().any(|e| e.1 == "RUS" && e.2.starts_with("07") && e.3 == Factuality::Negated), "{supplying:?}");
}

#[test]
fn a_denial_reaches_no_act_past_a_conjunction() {
    // A new act after `and` is asserted.
    let and = events("en", "Russia denied the accusations and its troops attacked Ukraine.");
    assert!(and.iter().any(|e| e.2 == "190" && e.3 == Factuality::Asserted), "{and:?}");
    let et = events("fr", "Moscou a démenti les accusations et ses soldats ont attaqué Kiev.");
    assert!(et.iter().any(|e| e.0 == "RUSMIL" && e.2 == "190" && e.3 == Factuality::Asserted), "{et:?}");
    // An accusation's content is no denial: the same perfect infinitive stays its object.
    assert_eq!(events("fr", "Le Mali accuse l'Algérie d'avoir attaqué ses soldats."), vec![ev("MLI", "DZA", "1123", Factuality::Asserted)]);
}

#[test]
fn a_commitment_made_is_asserted_whatever_the_time_of_its_content() {
    // The time after the infinitive is that of the promised act.
    let talks = events("en", "Kenya agreed on Monday to hold talks with Somalia next week.");
    assert!(talks.iter().any(|e| e.0 == "KEN" && e.2.starts_with("03") && e.3 == Factuality::Asserted), "{talks:?}");
    let postpone = events("en", "Kenyan opposition leaders agreed to postpone the march until next month.");
    assert!(postpone.iter().any(|e| e.2.starts_with("03") && e.3 == Factuality::Asserted), "{postpone:?}");
    let accepte = events("fr", "Le Kenya a accepté lundi de négocier avec la Somalie la semaine prochaine.");
    assert!(accepte.iter().any(|e| e.0 == "KEN" && e.2.starts_with("03") && e.3 == Factuality::Asserted), "{accepte:?}");
    // A commitment still to be made stays planned.
    let later = events("en", "Kenya will agree to hold talks with Somalia next week.");
    assert!(later.iter().all(|e| e.3 != Factuality::Asserted || !e.2.starts_with("03")), "{later:?}");
}

#[test]
fn what_a_denial_that_did_not_happen_is_about_is_not_denied() {
    let en = events("en", "Turkey did not deny that its soldiers shelled Kobani.");
    assert!(en.iter().any(|e| e.2 == "016" && e.3 == Factuality::Negated), "{en:?}");
    assert!(en.iter().any(|e| e.0 == "TURMIL" && e.2.starts_with("19") && e.3 == Factuality::Asserted), "{en:?}");
    let fr = events("fr", "Ankara n'a pas nié que ses soldats ont bombardé Kobané.");
    assert!(fr.iter().any(|e| e.2 == "016" && e.3 == Factuality::Negated), "{fr:?}");
    assert!(fr.iter().any(|e| e.0 == "TURMIL" && e.2.starts_with("19") && e.3 == Factuality::Asserted), "{fr:?}");
    // A plain denial still negates its content.
    let denied = events("en", "Turkey denied that its soldiers shelled Kobani.");
    assert!(denied.iter().all(|e| !e.2.starts_with("19") || e.3 == Factuality::Negated), "{denied:?}");
}

#[test]
fn peacekeepers_who_arrive_are_deployed_not_visiting() {
    assert_eq!(events("en", "The first Nepalese peacekeepers arrived in Lebanon on Monday."), vec![ev("NPLPKO", "LBN", "074", Factuality::Asserted)]);
    assert_eq!(events("fr", "Les premiers casques bleus népalais sont arrivés au Liban lundi."), vec![ev("NPLPKO", "LBN", "074", Factuality::Asserted)]);
    // Anyone else who arrives visits.
    assert_eq!(events("en", "The Brazilian president arrived in Haiti on Monday."), vec![ev("BRAGOV", "HTI", "042", Factuality::Asserted)]);
}

#[test]
fn a_denial_governs_a_clause_with_no_that() {
    let denies = events("en", "Russia denies Russian troops attacked Ukraine.");
    assert!(denies.contains(&ev("RUS", "", "016", Factuality::Asserted)), "{denies:?}");
    assert!(denies.iter().any(|e| e.1 == "UKR" && e.2 == "190" && e.3 == Factuality::Negated), "{denies:?}");
    assert!(denies.iter().all(|e| e.2 != "190" || e.3 == Factuality::Negated), "{denies:?}");
    // Its object is no clause: what follows `and` is asserted.
    let and = events("en", "Russia denied the accusations and its troops attacked Ukraine.");
    assert!(and.iter().any(|e| e.2 == "190" && e.3 == Factuality::Asserted), "{and:?}");
}

#[test]
fn a_withdrawal_from_a_named_country_is_a_retreat_against_it() {
    assert_eq!(events("en", "Russian forces withdrew from Moldova on Tuesday."), vec![ev("RUSMIL", "MDA", "0874", Factuality::Asserted)]);
    assert_eq!(events("en", "Ethiopian troops pulled out of Somalia."), vec![ev("ETHMIL", "SOM", "0874", Factuality::Asserted)]);
    assert_eq!(events("fr", "Les forces russes se sont retirées de Moldavie."), vec![ev("RUSMIL", "MDA", "0874", Factuality::Asserted)]);
    // Speeding up a withdrawal is withdrawing.
    assert_eq!(events("en", "Russia sped up its withdrawal from Syria."), vec![ev("RUS", "SYR", "0874", Factuality::Asserted)]);
    assert_eq!(events("fr", "La Russie a accéléré son retrait de Syrie."), vec![ev("RUS", "SYR", "0874", Factuality::Asserted)]);
    // Leaving talks is no retreat.
    assert!(events("en", "Ukraine withdrew from the talks.").iter().all(|e| e.2 != "0874"));
}

#[test]
fn a_complaint_over_an_act_targets_the_act_s_author() {
    // The shelling complained of is the complaint's object, no second event.
    assert_eq!(events("en", "Pakistan complained to the Security Council about Indian shelling."), vec![ev("PAK", "IND", "114", Factuality::Asserted)]);
    assert_eq!(events("en", "Armenia complained to the OSCE over Azerbaijani raids."), vec![ev("ARM", "AZE", "114", Factuality::Asserted)]);
    let fr = events("fr", "Le Pakistan s'est plaint auprès du Conseil de sécurité des bombardements indiens.");
    assert_eq!(fr, vec![ev("PAK", "IND", "114", Factuality::Asserted)]);
}

#[test]
fn military_support_offered_is_an_intent_to_provide_military_aid() {
    assert_eq!(events("en", "Germany is offering military equipment to Ukraine."), vec![ev("DEU", "UKR", "0332", Factuality::Asserted)]);
    assert_eq!(events("fr", "L'Allemagne a proposé à l'Ukraine une aide militaire."), vec![ev("DEU", "UKR", "0332", Factuality::Asserted)]);
}

#[test]
fn weapons_given_back_are_property_returned_and_forcing_out_expels() {
    assert_eq!(events("en", "Egypt returned the seized weapons to Libya."), vec![ev("EGY", "LBY", "0842", Factuality::Asserted)]);
    assert_eq!(events("fr", "L'Égypte a restitué les armes saisies à la Libye."), vec![ev("EGY", "LBY", "0842", Factuality::Asserted)]);
    assert_eq!(events("en", "Sudanese troops forced out Chadian rebels."), vec![ev("SDNMIL", "TCDREB", "174", Factuality::Asserted)]);
    assert_eq!(events("fr", "L'armée soudanaise a chassé les rebelles tchadiens du Darfour."), vec![ev("SDNMIL", "TCDREB", "174", Factuality::Asserted)]);
    // Hunting is no expulsion.
    assert!(events("fr", "Le chasseur chasse le cerf de la forêt.").is_empty());
}

#[test]
fn a_visit_named_on_the_eve_of_is_still_to_come() {
    let en = events("en", "Greece hosted the Cypriot minister ahead of a visit by the Turkish president.");
    assert!(en.iter().any(|e| e.2 == "043" && e.3 == Factuality::Asserted), "{en:?}");
    assert!(en.iter().any(|e| e.0 == "TURGOV" && e.2 == "042" && e.3 == Factuality::Planned), "{en:?}");
    let fr = events("fr", "La Grèce a reçu le ministre chypriote à la veille de la visite du président turc.");
    assert!(fr.iter().any(|e| e.2 == "043" && e.3 == Factuality::Asserted), "{fr:?}");
    assert!(fr.iter().any(|e| e.0 == "TURGOV" && e.2 == "042" && e.3 == Factuality::Planned), "{fr:?}");
}

/// The (source, target, code, factuality) of the asserted intents and threats
/// read from announced acts (rule id ending `+intent`).
fn intents(lang: &str, text: &str) -> Vec<(String, String, String, Factuality)> {
    code_in(lang, text)
        .into_iter()
        .filter(|m| m.rule.ends_with("+intent"))
        .map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo, m.factuality))
        .collect()
}

#[test]
fn a_plan_its_subject_states_is_also_an_intent_expressed_today() {
    for (lang, text, act, intent) in [
        ("en", "Finland will give Kenya a grant of 50 million euros.", ("FIN", "KEN", "071"), "0331"),
        ("fr", "La Finlande accordera au Kenya un prêt de 50 millions d'euros.", ("FIN", "KEN", "071"), "0331"),
        ("en", "Poland plans to send tanks to Ukraine.", ("POL", "UKR", "072"), "0332"),
        ("fr", "La Pologne va envoyer des chars à l'Ukraine.", ("POL", "UKR", "072"), "0332"),
        ("fr", "La France compte livrer des armes à l'Arménie.", ("FRA", "ARM", "072"), "0332"),
        ("en", "The Indian prime minister will visit Japan next month.", ("INDGOV", "JPN", "042"), "036"),
        ("fr", "Le Premier ministre indien prévoit de se rendre au Japon le mois prochain.", ("INDGOV", "JPN", "042"), "036"),
        ("en", "Britain intends to recognise a Palestinian state.", ("GBR", "PSE", "054"), "032"),
        // `is to` + infinitive is no passive of `is`.
        ("en", "Narendra Modi is to visit Japan next month.", ("INDGOV", "JPN", "042"), "036"),
        ("fr", "Le Royaume-Uni a l'intention de reconnaître l'État palestinien.", ("GBR", "PSE", "054"), "032"),
    ] {
        let coded = code_in(lang, text);
        // The act keeps its own code and stays planned.
        let planned = coded.iter().find(|m| m.cameo == act.2 && m.factuality == Factuality::Planned);
        let planned = planned.unwrap_or_else(|| panic!("{text}: no planned {}: {coded:?}", act.2));
        assert_eq!((planned.source.as_deref(), planned.target.as_deref()), (Some(act.0), Some(act.1)), "{text}");
        // The intent: asserted, same actors, date and place, its own rule id, less sure.
        let stated = coded.iter().find(|m| m.cameo == intent).unwrap_or_else(|| panic!("{text}: no {intent}: {coded:?}"));
        assert_eq!(stated.factuality, Factuality::Asserted, "{text}");
        assert_eq!((&stated.source, &stated.target, &stated.date, &stated.location), (&planned.source, &planned.target, &planned.date, &planned.location), "{text}");
        assert_eq!(stated.rule, format!("{}+intent", planned.rule), "{text}");
        assert!(stated.confidence < planned.confidence, "{text}: {:?} vs {:?}", stated.confidence, planned.confidence);
    }
}

#[test]
fn announced_force_sanctions_and_coercion_are_threats_of_their_kind() {
    assert_eq!(intents("en", "Japan will impose new sanctions on Russia next week."), vec![ev("JPN", "RUS", "1312", Factuality::Asserted)]);
    assert_eq!(intents("fr", "Le Royaume-Uni imposera de nouvelles sanctions à l'Iran la semaine prochaine."), vec![ev("GBR", "IRN", "1312", Factuality::Asserted)]);
    assert_eq!(intents("en", "The Pakistani government will impose a curfew in Islamabad."), vec![ev("PAKGOV", "PAK", "1323", Factuality::Asserted)]);
    assert_eq!(intents("en", "The Israeli army plans to launch a ground offensive in Gaza City."), vec![ev("ISRMIL", "PSE", "1384", Factuality::Asserted)]);
    assert_eq!(intents("fr", "L'armée israélienne prévoit de lancer une offensive terrestre à Rafah."), vec![ev("ISRMIL", "PSE", "1384", Factuality::Asserted)]);
    // A plan to speak, demand or mobilise is no promise and no threat.
    assert!(intents("en", "EU foreign ministers will demand that Israel allow humanitarian access to Gaza.").is_empty());
    assert!(intents("en", "Russia intends to deploy troops to Belarus.").is_empty());
}

#[test]
fn an_act_announced_unless_the_other_side_acts_is_a_threat() {
    // Force and aid under an ultimatum: the threat of force, the threat to stop aid.
    assert_eq!(intents("en", "Israel will attack Hezbollah unless it withdraws from the border."), vec![ev("ISR", "HEZ", "1384", Factuality::Asserted)]);
    // The attack itself may not come: hypothetical, in the clause before the condition too.
    let attack = events("en", "Israel will attack Hezbollah unless it withdraws from the border.");
    assert!(attack.contains(&ev("ISR", "HEZ", "190", Factuality::Hypothetical)), "{attack:?}");
    assert_eq!(intents("en", "The European Union will cut aid to Niger if the junta does not free the president."), vec![ev("EUR", "NER", "1311", Factuality::Asserted)]);
    assert_eq!(
        intents("fr", "L'Union européenne suspendra son aide au Niger à moins que la junte ne rétablisse l'ordre constitutionnel."),
        vec![ev("EUR", "NER", "1311", Factuality::Asserted)]
    );
    // Talks kept up unless…: a threat to halt them, not an intent to meet.
    assert_eq!(intents("en", "Turkey will hold talks with Greece unless Athens deploys troops on the islands."), vec![ev("TUR", "GRC", "134", Factuality::Asserted)]);
    assert_eq!(intents("fr", "La Turquie négociera avec la Grèce à moins qu'Athènes ne déploie des troupes sur les îles."), vec![ev("TUR", "GRC", "134", Factuality::Asserted)]);
    // The negation inside the condition denies nothing of the act announced.
    let coded = events("fr", "Israël attaquera le Hezbollah s'il ne se retire pas de la frontière.");
    assert!(coded.contains(&ev("ISR", "HEZ", "1384", Factuality::Asserted)), "{coded:?}");
    assert!(coded.iter().any(|e| e.2 == "190" && e.3 == Factuality::Hypothetical), "{coded:?}");
    // After `à moins que`, the other side's act has not happened.
    let condition = events("fr", "L'Union européenne suspendra son aide au Niger à moins que la junte ne libère le président.");
    assert!(!condition.iter().any(|e| e.2 == "0841" && e.3 == Factuality::Asserted), "{condition:?}");
    // A condition met by the other side leaves a conditional promise.
    assert_eq!(intents("en", "The US will lift sanctions on Iran if Tehran halts enrichment."), vec![ev("USA", "IRN", "0354", Factuality::Asserted)]);
    // A condition closed by a comma before the act: its subject is not the act's,
    // its negation not the act's.
    for (lang, text) in [
        ("en", "If Hezbollah does not withdraw from the border, Israel will attack it."),
        ("fr", "S'il ne se retire pas, Israël attaquera le Hezbollah."),
    ] {
        let coded = code_in(lang, text);
        assert!(coded.iter().all(|m| m.source.as_deref() == Some("ISR") && m.factuality != Factuality::Negated), "{text}: {coded:?}");
        assert!(coded.iter().any(|m| m.cameo == "1384" && m.factuality == Factuality::Asserted), "{text}: {coded:?}");
    }
}

#[test]
fn an_act_asked_about_or_inside_a_condition_is_not_announced() {
    // `se demande si`: the plan is inside the condition, asked about.
    assert!(intents("fr", "Le quotidien se demande si la France va de nouveau décréter l'état d'urgence.").is_empty());
    // A question announces nothing.
    assert!(intents("fr", "La Russie va-t-elle attaquer la Moldavie ?").is_empty());
    assert!(intents("en", "Will Russia attack Moldova?").is_empty());
    // What one hopes another will do is hoped for, not announced.
    for (lang, text) in [("fr", "Le Premier ministre polonais espère que la France livrera des armes à l'Ukraine."), ("en", "The Polish prime minister hopes that France will deliver weapons to Ukraine.")] {
        let coded = events(lang, text);
        assert!(coded.contains(&ev("FRA", "UKR", "072", Factuality::Hypothetical)), "{text}: {coded:?}");
        assert!(intents(lang, text).is_empty(), "{text}");
    }
    // The same act stated, for contrast.
    assert_eq!(intents("fr", "La Russie va attaquer la Moldavie."), vec![ev("RUS", "MDA", "1384", Factuality::Asserted)]);
}

#[test]
fn schedules_possibilities_obligations_refusals_and_others_claims_state_no_intent() {
    // A schedule or forecast, in both languages.
    for (lang, text) in [
        ("en", "The Kenyan president is expected to visit Ethiopia next week."),
        ("fr", "Le président kényan devrait se rendre en Éthiopie la semaine prochaine."),
        ("fr", "Le sommet entre le Kenya et l'Éthiopie est prévu pour juin."),
        ("en", "Japan is set to impose new sanctions on Russia."),
        ("fr", "Le Japon s'apprête à imposer de nouvelles sanctions à la Russie."),
    ] {
        let coded = events(lang, text);
        assert!(!coded.is_empty() && coded.iter().all(|e| e.3 == Factuality::Planned), "{text}: {coded:?}");
    }
    // A plan of the past.
    assert_eq!(events("en", "Narendra Modi was to visit Japan."), vec![ev("INDGOV", "JPN", "042", Factuality::Planned)]);
    // A possibility.
    assert_eq!(events("en", "Russia could attack Moldova."), vec![ev("RUS", "MDA", "190", Factuality::Hypothetical)]);
    assert_eq!(events("fr", "La Russie pourrait attaquer la Moldavie."), vec![ev("RUS", "MDA", "190", Factuality::Hypothetical)]);
    // A treaty clause and a prescription are no event at all.
    assert!(events("en", "Each party will provide military assistance to the other in case of aggression.").is_empty());
    assert!(events("fr", "Chaque partie fournira une assistance militaire à l'autre en cas d'agression.").is_empty());
    let prescribed = events("fr", "La Pologne devra fournir une assistance militaire à l'Ukraine.");
    assert!(prescribed.iter().all(|e| e.3 != Factuality::Asserted), "{prescribed:?}");
    // A negated plan of force is a negation, no threat.
    assert_eq!(events("en", "Japan will not impose sanctions on China."), vec![ev("JPN", "CHN", "163", Factuality::Negated)]);
    assert_eq!(events("fr", "Le Japon n'imposera pas de sanctions à la Chine."), vec![ev("JPN", "CHN", "163", Factuality::Negated)]);
    // Another's claim about one's plans, made before it.
    assert_eq!(events("en", "The United States said Iran will attack Israel."), vec![ev("IRN", "ISR", "190", Factuality::Planned)]);
    assert_eq!(events("fr", "Les États-Unis affirment que l'Iran attaquera Israël."), vec![ev("IRN", "ISR", "190", Factuality::Planned)]);
    // A passive: the host states nothing.
    assert_eq!(events("en", "Kim Jong Un will be received by Vladimir Putin in Moscow."), vec![ev("RUSGOV", "PRKGOV", "043", Factuality::Planned)]);
    assert_eq!(events("fr", "Kim Jong Un sera reçu par Vladimir Poutine à Moscou."), vec![ev("RUSGOV", "PRKGOV", "043", Factuality::Planned)]);
    // A plan word that governs another verb: no killing is planned.
    let team = events("en", "Interpol said it will send a team to help identify victims killed in the crash.");
    assert!(!team.iter().any(|e| e.2.starts_with("13")), "{team:?}");
}

#[test]
fn appreciation_is_an_optimistic_comment_and_gratitude_stays_praise() {
    assert_eq!(events("en", "Kenya expressed appreciation for Japan's support."), vec![ev("KEN", "JPN", "013", Factuality::Asserted)]);
    assert_eq!(events("en", "Kenya expressed gratitude to Japan."), vec![ev("KEN", "JPN", "051", Factuality::Asserted)]);
}

#[test]
fn evidence_named_before_its_passive_verb_accuses_the_actor_it_is_against() {
    assert_eq!(events("en", "Evidence against Iran was presented by Israel."), vec![ev("ISR", "IRN", "112", Factuality::Asserted)]);
    assert_eq!(events("fr", "Des preuves contre l'Iran ont été présentées par Israël."), vec![ev("ISR", "IRN", "112", Factuality::Asserted)]);
}

#[test]
fn helping_a_named_actor_is_material_aid_but_help_as_a_noun_is_not() {
    assert_eq!(events("en", "Norway helped Somalia after the floods."), vec![ev("NOR", "SOM", "070", Factuality::Asserted)]);
    assert_eq!(events("fr", "La Norvège a aidé la Somalie après les inondations."), vec![ev("NOR", "SOM", "070", Factuality::Asserted)]);
    assert!(events("fr", "L'aide norvégienne a augmenté cette année.").is_empty());
    assert!(events("en", "Norwegian help increased this year.").is_empty());
}

#[test]
fn seeking_asylum_appeals_to_the_country_it_is_sought_in() {
    assert_eq!(events("en", "Thousands of Syrians sought refuge in Lebanon."), vec![ev("SYRCVL", "LBN", "020", Factuality::Asserted)]);
    assert_eq!(events("fr", "Des opposants russes ont demandé l'asile en Norvège."), vec![ev("RUSOPP", "NOR", "0233", Factuality::Asserted)]);
    // Granting it is the host's act, not an appeal.
    assert_eq!(events("en", "Norway granted asylum to two Russian dissidents."), vec![ev("NOR", "RUSOPP", "075", Factuality::Asserted)]);
}

#[test]
fn every_act_an_accusation_alleges_is_no_act_of_the_accuser() {
    // Coordinated gerunds after `accused … of` / `criticised … for` are the
    // allegation, not attacks by the accuser.
    for text in [
        "Ukraine accused Russia of violating the ceasefire and shelling Kharkiv.",
        "Human Rights Watch accused Israel of blocking aid and bombing hospitals in Gaza.",
        "Germany criticised Turkey for arresting journalists and expelling diplomats.",
    ] {
        let coded = events("en", text);
        assert_eq!(coded.len(), 1, "{text}: {coded:?}");
        assert!(coded[0].2.starts_with("11") && coded[0].3 == Factuality::Asserted, "{text}: {coded:?}");
    }
    assert_eq!(events("fr", "L'Ukraine a accusé la Russie de violer le cessez-le-feu et de bombarder Kharkiv."), vec![ev("UKR", "RUS", "112", Factuality::Asserted)]);
    // Outside the accusation's phrase, a stop starts an act of its own.
    let recalled = events("en", "Ukraine condemned the attack, recalling its ambassador from Moscow.");
    assert!(recalled.iter().any(|e| e.2 == "161"), "{recalled:?}");
}

#[test]
fn a_gerund_right_after_an_actor_is_that_actors_act() {
    // A reduced relative: the protesters protest, not the police.
    let coded = events("en", "Kenyan police fired tear gas at students protesting the new tax law in Nairobi.");
    assert!(coded.iter().any(|e| e.0 == "KENEDU" && e.2.starts_with("14")), "{coded:?}");
    assert!(!coded.iter().any(|e| e.0 == "KENCOP" && e.2.starts_with("14")), "{coded:?}");
    let blocked = events("fr", "La police serbe a arrêté des étudiants bloquant le pont de Novi Sad.");
    assert!(blocked.contains(&ev("SRBEDU", "SRBGOV", "144", Factuality::Asserted)), "{blocked:?}");
    // After a preposition, a gerund with no object ends a noun phrase: the
    // shelling there is how the civilians died, no second attack.
    assert_eq!(events("en", "Three civilians were killed in Russian artillery shelling in Kherson on Monday."), vec![ev("RUSMIL", "UKRCVL", "190", Factuality::Asserted)]);
}

#[test]
fn an_order_laid_on_another_actor_is_a_demand_and_its_act_no_event() {
    for (lang, text) in [("en", "Russia ordered Ukraine to withdraw its troops."), ("fr", "La Russie a ordonné à l'Ukraine de retirer ses troupes.")] {
        assert_eq!(events(lang, text), vec![ev("RUS", "UKR", "100", Factuality::Asserted)], "{text}");
    }
    assert_eq!(events("fr", "La Cour suprême a ordonné au gouvernement kényan de libérer les manifestants."), vec![ev("---JUD", "KENGOV", "100", Factuality::Asserted)]);
    // An order with no actor to obey it is not this row.
    assert!(!events("en", "Kenya ordered an investigation into the killings.").iter().any(|e| e.2 == "100"));
}

#[test]
fn a_dated_complaint_to_a_long_named_body_still_targets_the_acts_author() {
    for (lang, text) in [
        ("en", "Syria complained to the UN Security Council on Monday over three Turkish air strikes."),
        ("en", "Syria complained to the United Nations on Monday about repeated Turkish incursions."),
        ("fr", "Le Liban s'est plaint lundi auprès du Conseil de sécurité de l'ONU de trois frappes aériennes israéliennes."),
        ("fr", "Le Liban s'est plaint auprès des Nations unies lundi des incursions israéliennes."),
    ] {
        let expected = if lang == "fr" { ev("LBN", "ISR", "114", Factuality::Asserted) } else { ev("SYR", "TUR", "114", Factuality::Asserted) };
        assert_eq!(events(lang, text), vec![expected], "{text}");
    }
    // Over something that names no author, the body complained to stays the target.
    assert_eq!(events("en", "Syria complained to the UN on Monday over the closure of the border."), vec![ev("SYR", "UNO", "114", Factuality::Asserted)]);
}
