//! Which actors the coder picks as source and target, and how it codes
//! them: an agent word alone (`Insurgents attacked…`, `la police a
//! arrêté…`) is an actor whose country is the one the text gives, else
//! unknown (`---REB`); a person the lexicon does not know is no actor
//! unless named beside an office (`Jean Dupont, ministre des Armées,`).
//! Hand-written sentences, French and English.

mod common;

use vigie_model::Mention;

fn code_in(lang: &str, text: &str) -> Vec<Mention> {
    common::code_text(text, Some(lang), "2024-06-20")
}

/// (source, target, CAMEO root) of every event.
fn sides_in(lang: &str, text: &str) -> Vec<(String, String, String)> {
    code_in(lang, text).into_iter().map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo_root)).collect()
}

fn en(text: &str) -> Vec<(String, String, String)> {
    sides_in("en", text)
}

fn fr(text: &str) -> Vec<(String, String, String)> {
    sides_in("fr", text)
}

fn side(s: &str, t: &str, root: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), root.to_string())
}

#[test]
fn an_agent_word_alone_is_an_actor_of_unknown_country() {
    assert_eq!(en("Rebels have attacked an army convoy."), vec![side("---REB", "", "19")]);
    assert_eq!(en("Insurgents attacked the town of Kobani."), vec![side("---REB", "SYRCVL", "19")]);
    assert_eq!(fr("Les rebelles ont attaqué la ville."), vec![side("---REB", "", "19")]);
    // As the agent of a passive, too.
    assert_eq!(en("Obama was pressured by congress."), vec![side("---LEG", "USAELI", "17")]);
}

#[test]
fn the_country_of_an_agent_word_comes_from_the_text_only() {
    // A place attached to it.
    assert_eq!(en("Security forces in Guinea arrested opposition leaders."), vec![side("GINMIL", "GINOPP", "17")]);
    // An earlier sentence naming the same kind of actor with its country.
    let two = en("Kenyan police fired tear gas at students. Police arrested twenty of them.");
    assert_eq!(two.last(), Some(&side("KENCOP", "", "17")), "{two:?}");
    // A coordinated actor of the same phrase.
    assert_eq!(
        en("The Sudanese army and paramilitaries attacked the convoy."),
        vec![side("SDNMIL", "", "19"), side("SDNUAF", "", "19")]
    );
    // Where the event happens is no evidence of who acts: foreign forces act abroad.
    let abroad = en("Soldiers arrested dozens of protesters in Nairobi.");
    assert_eq!(abroad, vec![side("---MIL", "KENOPP", "17")]);
}

#[test]
fn a_person_the_lexicon_does_not_know_is_no_actor() {
    // A title before an unknown name names one person, whose country is not guessed.
    assert_eq!(en("President Francois Mitterand condemned the attack."), vec![]);
    assert_eq!(en("Judge Alejandro Rivera condemned the decision."), vec![]);
}

#[test]
fn an_agent_word_far_before_the_verb_is_not_its_subject() {
    // `doctors … donated`: too far, through a complement, to be read as the subject.
    assert_eq!(en("Doctors from several aid groups in the region on Monday personally donated medicine to Gaza."), vec![]);
}

fn sides_on(lang: &str, date: &str, text: &str) -> Vec<(String, String, String)> {
    common::code_text(text, Some(lang), date).into_iter().map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo_root)).collect()
}

#[test]
fn words_that_put_a_person_out_of_office_make_them_an_elite_whatever_the_date() {
    // In office on that date: the plain title keeps the office…
    assert_eq!(sides_on("en", "2003-03-01", "President Askar Akayev criticised Kazakhstan."), vec![side("KGZGOV", "KAZ", "11")]);
    // …but `ousted`/`former`/`ancien` say otherwise.
    assert_eq!(sides_on("en", "2003-03-01", "Ousted President Askar Akayev criticised Kazakhstan."), vec![side("KGZELI", "KAZ", "11")]);
    assert_eq!(sides_on("fr", "2020-03-01", "Le ministre Jean-Yves Le Drian a critiqué la Russie."), vec![side("FRAGOV", "RUS", "11")]);
    assert_eq!(sides_on("fr", "2020-03-01", "L'ancien ministre Jean-Yves Le Drian a critiqué la Russie."), vec![side("FRAELI", "RUS", "11")]);
}

#[test]
fn a_relative_pronoun_before_its_verb_stands_for_its_antecedent() {
    // Both the relative clause's act and the main clause's have the antecedent as source.
    assert_eq!(fr("L'Espagne, qui a critiqué Israël, a salué la Norvège."), vec![side("ESP", "ISR", "11"), side("ESP", "NOR", "05")]);
    assert_eq!(en("Spain, which criticised Israel, praised Norway."), vec![side("ESP", "ISR", "11"), side("ESP", "NOR", "05")]);
    // `, a critiqué` is a perfect, not the infinitive marker `à`: the verb is no purpose of the one before.
    assert_eq!(fr("L'Allemagne, qui a condamné l'Iran, a critiqué la Russie."), vec![side("DEU", "IRN", "11"), side("DEU", "RUS", "11")]);
}

#[test]
fn an_incise_after_the_last_comma_reports_and_is_no_event() {
    // `…, a dénoncé Pékin`: who reports, not a second act on Beijing's part.
    assert_eq!(fr("La Chine a condamné le Japon, a dénoncé Pékin."), vec![side("CHN", "JPN", "11")]);
    // Without an act before it, the verb after the comma is the sentence's act.
    assert_eq!(fr("Selon Varsovie, la Pologne a menacé la Biélorussie."), vec![side("POL", "BLR", "13")]);
}

#[test]
fn two_names_with_a_plain_word_between_are_two_actors() {
    let demand = en("Ghana demanded that Togo match the African Union's offer.");
    assert_eq!(demand.first(), Some(&side("GHA", "TGO", "10")), "{demand:?}");
    // A possessive still joins the owner to what it owns.
    assert_eq!(en("Russia's Vladimir Putin criticised Japan."), vec![side("RUSGOV", "JPN", "11")]);
}

#[test]
fn an_english_agent_word_before_a_past_verb_or_an_adverb_is_an_actor() {
    // `diplomats based in`: `based` is no noun that `diplomats` qualifies.
    assert_eq!(en("Norway expelled three Iranian diplomats based in Oslo."), vec![side("NOR", "IRNGOV", "16")]);
    // An adverb between the agent word and its verb.
    assert_eq!(en("Egyptian soldiers reportedly attacked Libya."), vec![side("EGYMIL", "LBY", "19")]);
    // A real noun after the agent word is still qualified by it.
    assert_eq!(en("The United Kingdom pledged military aid to Ukraine."), vec![side("GBR", "UKR", "03")]);
}

#[test]
fn men_and_women_of_a_country_are_its_people() {
    assert_eq!(en("Chile arrested two Peruvian men."), vec![side("CHL", "PERPPL", "17")]);
}

#[test]
fn arabic_names_match_with_the_article_joined_by_a_hyphen() {
    // The press writes `al-Hakim`, the Phoenix dictionary `AL_HAKIM`: both forms name him.
    assert_eq!(sides_on("en", "2005-06-01", "Abd al-Aziz al-Hakim criticised Iran."), vec![side("IRQELI", "IRN", "11")]);
    assert_eq!(sides_on("en", "2005-06-01", "Abd al Aziz al Hakim criticised Iran."), vec![side("IRQELI", "IRN", "11")]);
    // Sudan's president 1989-2019, in every spelling the press uses.
    assert_eq!(sides_on("en", "2005-06-01", "Omar Hassan al-Bashir criticised Egypt."), vec![side("SDNGOV", "EGY", "11")]);
    assert_eq!(sides_on("fr", "2005-06-01", "Omar el-Béchir a critiqué l'Égypte."), vec![side("SDNGOV", "EGY", "11")]);
}

#[test]
fn agent_words_of_the_phoenix_dictionary_name_their_sector() {
    // Border patrol agents are police (Phoenix BORDER_PATROL_AGENT), landowners civilians.
    assert_eq!(en("Mexican border patrol agents arrested Guatemalan migrants."), vec![side("MEXCOP", "GTMCVL", "17")]);
    // (A protest at home naming no one is against the government.)
    assert_eq!(en("Kenyan landowners blocked roads."), vec![side("KENCVL", "KENGOV", "14")]);
}

#[test]
fn a_datelines_country_owns_the_institutions_its_item_names() {
    assert_eq!(fr("Irlande : la Cour suprême a condamné le gouvernement."), vec![side("IRLJUD", "IRLGOV", "11")]);
}

#[test]
fn national_services_are_institutions_of_their_country() {
    // Never a person out of office, whatever the date.
    assert_eq!(en("The FSB accused Ukraine of sabotage."), vec![side("RUSSPY", "UKR", "11")]);
    assert_eq!(fr("Le Mossad a accusé l'Iran."), vec![side("ISRSPY", "IRN", "11")]);
}

#[test]
fn former_before_a_title_makes_an_elite_not_the_office_holder() {
    assert_eq!(sides_on("en", "2015-03-01", "Former Japanese prime minister Shinzo Abe criticised China."), vec![side("JPNELI", "CHN", "11")]);
    // Nobody named: still no office holder of the day.
    let unnamed = code_in("en", "The former French president criticised China.");
    assert_eq!((unnamed[0].source.as_deref(), unnamed[0].source_person.as_deref()), (Some("FRAELI"), None));
    // A country that no longer exists is no elite.
    assert!(en("Serbia criticised the former Yugoslavia.").iter().all(|(s, t, _)| !s.ends_with("ELI") && !t.ends_with("ELI")));
}

#[test]
fn an_auxiliary_after_an_agent_word_is_no_noun_it_qualifies() {
    assert_eq!(en("Serbian police did not arrest the protesters."), vec![side("SRBCOP", "SRBOPP", "17")]);
}

#[test]
fn a_bare_statement_by_a_sector_of_unknown_country_is_no_event() {
    assert_eq!(en("The company said prices would rise."), vec![]);
    assert_eq!(en("A spokesman said the talks had ended."), vec![]);
}

#[test]
fn counted_or_bare_nationals_are_civilians_and_the_definite_plural_is_the_nation() {
    // Nationals counted, qualified or without determiner: people, not the state.
    assert_eq!(en("Border guards detained 40 Moldovans near the river."), vec![side("---MIL", "MDACVL", "17")]);
    assert_eq!(en("Chilean soldiers arrested hundreds of Bolivians."), vec![side("CHLMIL", "BOLCVL", "17")]);
    assert_eq!(en("Young Hungarians marched against the government."), vec![side("HUNCVL", "HUNGOV", "14")]);
    // `the Palestinians` as a party: the nation.
    assert_eq!(en("Israel and the Palestinians signed an agreement on water."), vec![side("ISR", "PSE", "05")]);
    // French writes nationals with the definite article: the nation, as before.
    assert_eq!(fr("Les Russes ont bombardé Kharkiv."), vec![side("RUS", "UKR", "19")]);
}

#[test]
fn an_agent_word_of_the_state_beside_a_name_puts_the_person_in_office() {
    // Phoenix's terms for Miyazawa have a gap in 1987 (finance minister 1986-88).
    assert_eq!(sides_on("en", "1987-06-20", "Finance Minister Kiichi Miyazawa criticised the United States."), vec![side("JPNGOV", "USA", "11")]);
    // Without the words, the lexicon's terms decide.
    assert_eq!(sides_on("en", "1987-06-20", "Kiichi Miyazawa criticised the United States."), vec![side("JPNELI", "USA", "11")]);
    // `former` still wins.
    assert_eq!(sides_on("en", "2015-03-01", "Former prime minister Shinzo Abe criticised China."), vec![side("JPNELI", "CHN", "11")]);
}

#[test]
fn a_surname_inside_a_longer_unknown_name_is_someone_else() {
    // Jens Stoltenberg's surname form, but Gerhard Stoltenberg is another man.
    assert_eq!(sides_on("en", "2016-06-20", "On Monday Gerhard Stoltenberg criticised France."), vec![]);
    assert_eq!(sides_on("en", "2016-06-20", "On Monday Stoltenberg criticised Russia."), vec![side("NATO", "RUS", "11")]);
}

#[test]
fn an_agent_word_with_a_genitive_place_takes_the_places_country() {
    assert_eq!(en("Israel released the mayor of the West Bank city of Nablus."), vec![side("ISR", "PSEGOV", "08")]);
    assert_eq!(fr("La Russie a accusé le maire de Lviv."), vec![side("RUS", "UKRGOV", "11")]);
}

#[test]
fn a_seat_in_a_journeys_genitive_is_where_one_goes_not_who() {
    // The building is visited; nobody named travels, so no event.
    assert_eq!(fr("Puis visite privée de la Maison Blanche."), vec![]);
    // A person in the genitive still travels.
    assert_eq!(fr("Visite du président ukrainien à Moscou."), vec![side("UKRGOV", "RUS", "04")]);
}

#[test]
fn a_dateline_may_be_a_list_of_countries_with_lower_case_words() {
    assert_eq!(fr("Arabie saoudite : visite du président français."), vec![side("FRAGOV", "SAU", "04")]);
    assert_eq!(fr("Qatar et Arabie saoudite : visite du président français."), vec![side("FRAGOV", "QAT", "04")]);
    // An institution opening the item is no dateline place.
    assert!(fr("Cour suprême : décision sur la possibilité de retirer les talibans de la liste.").is_empty());
}

#[test]
fn parties_known_by_name_are_their_countrys_parties() {
    assert_eq!(fr("Pologne : le PiS a accusé Donald Tusk de trahison.").first().map(|s| (s.0.as_str(), s.1.as_str())), Some(("POLPTY", "POLGOV")));
    assert_eq!(en("Fidesz accused the European Commission of blackmail."), vec![side("HUNPTY", "EUR", "11")]);
    // A bare agent word after a national body is of that body's country.
    assert_eq!(fr("Le Rassemblement national a critiqué le gouvernement."), vec![side("FRAPTY", "FRAGOV", "11")]);
    // Names many countries' parties share are no name: the country word codes them.
    assert_eq!(sides_on("en", "1987-06-20", "Australia's Labour Party criticised the government."), vec![side("AUSPTY", "AUSGOV", "11")]);
}

#[test]
fn force_at_home_falls_on_the_country_and_a_protest_at_home_on_its_government() {
    assert_eq!(en("The Iraqi army shelled Fallujah on Tuesday."), vec![side("IRQMIL", "IRQ", "19")]);
    assert_eq!(fr("L'armée birmane a bombardé Mandalay."), vec![side("MMRMIL", "MMR", "19")]);
    // Abroad, as before: the place's country.
    assert_eq!(en("The Iraqi army shelled Aleppo on Tuesday."), vec![side("IRQMIL", "SYR", "19")]);
    // A protest naming no one, at home: against the government.
    assert_eq!(en("Nigerian nurses went on strike over unpaid wages."), vec![side("NGAHLH", "NGAGOV", "14")]);
    assert_eq!(fr("Les enseignants grecs ont manifesté à Athènes."), vec![side("GRCEDU", "GRCGOV", "14")]);
    // Abroad, the place's country, not the protesters' government.
    assert_eq!(en("British activists protested in Beijing."), vec![side("GBROPP", "CHN", "14")]);
}

#[test]
fn a_former_chancellor_or_king_is_an_elite() {
    assert_eq!(fr("L'ancienne chancelière Angela Merkel a critiqué la Chine."), vec![side("DEUELI", "CHN", "11")]);
    assert_eq!(en("Former chancellor Angela Merkel criticised China."), vec![side("DEUELI", "CHN", "11")]);
}

#[test]
fn an_ethnic_group_outside_its_home_country_carries_cameos_ethnic_suffix() {
    // A stateless group takes the country its words or the sentence give.
    assert_eq!(en("Iraqi Kurds protested against the government in Erbil."), vec![side("IRQCVLkur", "IRQGOV", "14")]);
    assert_eq!(fr("Des Kurdes irakiens ont manifesté contre le gouvernement à Erbil."), vec![side("IRQCVLkur", "IRQGOV", "14")]);
    // An agent word gives the sector; the country comes from the sentence.
    assert_eq!(fr("Les rebelles kurdes ont attaqué une base de l'armée turque.").first().map(|s| s.0.clone()), Some("TURREBkur".to_string()));
    assert_eq!(en("Kurdish rebels attacked a Turkish army post.").first().map(|s| s.0.clone()), Some("TURREBkur".to_string()));
    // A nation's people named outside their country (the place right after them).
    assert_eq!(fr("Des Serbes de Bosnie ont manifesté contre le gouvernement."), vec![side("BIHCVLsrp", "BIHGOV", "14")]);
    assert_eq!(en("Bosnian Serbs protested against the government."), vec![side("BIHCVLsrp", "BIHGOV", "14")]);
    assert_eq!(en("Serbian police arrested three Albanians in Belgrade."), vec![side("SRBCOP", "SRBCVLalb", "17")]);
}

#[test]
fn a_nations_adjective_or_state_body_stays_the_nations_own() {
    // `russe`, `Serbian police`: the nation, no ethnic suffix wherever it acts.
    assert_eq!(fr("L'armée russe a bombardé Kharkiv."), vec![side("RUSMIL", "UKR", "19")]);
    assert_eq!(fr("Le gouvernement indien n'a pas condamné l'invasion russe de la Géorgie.").iter().any(|s| s.1.ends_with("rus")), false);
    // At home, a nation's people are its civilians, without a suffix.
    assert_eq!(en("Thousands of Serbs protested in Belgrade against the government."), vec![side("SRBCVL", "SRBGOV", "14")]);
}

#[test]
fn a_person_in_apposition_to_a_title_is_one_actor() {
    // One event, by the person the title names, not a list of two actors.
    let sides = fr("La présidente du RN, Marine Le Pen, a critiqué le gouvernement.");
    assert_eq!(sides.len(), 1, "{sides:?}");
    assert_eq!((sides[0].1.as_str(), sides[0].2.as_str()), ("FRAGOV", "11"));
    // A real list of countries stays a list.
    assert_eq!(en("The United States, Russia and China condemned the attack.").len(), 3);
}

#[test]
fn a_possessive_gives_an_agent_word_the_subjects_country() {
    // `its troops`, `ses soldats`: the sentence's subject's forces.
    assert_eq!(en("Turkey said its troops had shelled Kurdish positions in Syria.").first().map(|s| s.0.clone()), Some("TURMIL".to_string()));
    assert_eq!(fr("La Turquie a affirmé que ses soldats avaient bombardé des positions kurdes en Syrie.").first().map(|s| s.0.clone()), Some("TURMIL".to_string()));
    // An actor's own forces are what it acts with; where they stand is what it acts on.
    assert_eq!(en("Russia reinforced its troops in Belarus."), vec![side("RUS", "BLR", "15")]);
    // A named actor after them is the target, as without the possessive.
    assert_eq!(en("Germany offered its soldiers to the Lithuanian government."), vec![side("DEU", "LTUGOV", "03")]);
    // An agent word with its own country keeps it (`son homologue grec`).
    assert_eq!(fr("Le ministre turc des Affaires étrangères est reçu par son homologue grec."), vec![side("GRCGOV", "TURGOV", "04")]);
}

#[test]
fn an_agent_word_before_a_place_it_holds_names_the_group() {
    // `rebel positions`, `a refugee camp`: the act reaches the group there.
    assert_eq!(en("Sudanese warplanes bombed rebel positions near Nyala."), vec![side("SDNMIL", "SDNREB", "19")]);
    assert_eq!(en("The army shelled a rebel camp near the border."), vec![side("---MIL", "---REB", "19")]);
    assert_eq!(fr("L'armée soudanaise a bombardé des positions rebelles."), vec![side("SDNMIL", "SDNREB", "19")]);
    // Any other noun is only qualified (`military aid`).
    assert_eq!(en("Sudanese warplanes bombed rebel supplies near Nyala.").iter().any(|s| s.1.ends_with("REB")), false);
}

#[test]
fn a_participle_after_a_possessive_clitic_joins_owner_and_body() {
    // `Russia's visiting prime minister` is Russia's government, not Russia and someone.
    assert!(en("Chinese President Xi Jinping met Russia's visiting Prime Minister Mikhail Mishustin.").contains(&side("CHNGOV", "RUSGOV", "04")));
}

#[test]
fn an_agent_word_used_as_a_verb_names_no_one() {
    // `to press their demands`: a verb after the infinitive marker, not the press.
    assert_eq!(en("Students took to the streets to press their demands.").iter().any(|s| s.1.ends_with("MED")), false);
}

#[test]
fn a_country_before_a_locative_is_not_the_country_of_an_agent_word_after_it() {
    // `Russia in an international television program`: Russia, not Russian media.
    assert_eq!(en("The president threatened Russia in an international television program.").iter().any(|s| s.1.ends_with("MED")), false);
    assert_eq!(fr("Le Hamas a suspendu les négociations avec Israël sur la libération des otages."), vec![side("HMS", "ISR", "16")]);
}

#[test]
fn a_country_joined_to_led_names_the_leading_country() {
    // `the US-led war` is the United States', not a war on someone unnamed.
    assert_eq!(en("Turkey refused to support the US-led war against Iraq."), vec![side("TUR", "USA", "12")]);
    assert_eq!(en("Vietnamese-led forces attacked Cambodia."), vec![side("VNMMIL", "KHM", "19")]);
    // Backed by a country is not that country's.
    assert_eq!(en("Syrian-backed militias attacked Lebanon.").iter().any(|s| s.0.starts_with("SYR")), false);
}

#[test]
fn forces_a_mobilisation_names_are_the_mobilisers_own() {
    // The troops are Belarus's; the border says where they stand, and whom it faces.
    assert_eq!(en("Belarus deployed troops near Poland's border."), vec![side("BLR", "POL", "15")]);
    assert_eq!(fr("L'OTAN a déployé des troupes supplémentaires en Lituanie."), vec![side("NATO", "LTU", "15")]);
    // Elsewhere, an agent word with a place after it keeps that place's country.
    assert_eq!(en("Security forces in Guinea arrested an opposition leader.").first().map(|s| s.0.clone()), Some("GINMIL".to_string()));
}

#[test]
fn a_countrys_adjective_on_a_place_held_by_force_names_its_military() {
    assert_eq!(en("Ukrainian artillery shelled Russian positions near Bakhmut."), vec![side("UKRMIL", "RUSMIL", "19")]);
    assert_eq!(fr("L'armée ukrainienne a bombardé des positions russes."), vec![side("UKRMIL", "RUSMIL", "19")]);
    assert_eq!(en("Iran fired missiles at an American base in Iraq."), vec![side("IRN", "USAMIL", "19")]);
}

#[test]
fn a_group_site_keeps_its_group_as_the_object_whatever_follows() {
    // A date word or a locative after the agent word is no noun it qualifies.
    assert_eq!(fr("L'armée soudanaise a bombardé des positions rebelles hier."), vec![side("SDNMIL", "SDNREB", "19")]);
    assert_eq!(fr("L'armée soudanaise a bombardé des positions rebelles près de Nyala."), vec![side("SDNMIL", "SDNREB", "19")]);
    // An army post is the army's.
    assert_eq!(en("Armenian soldiers fired on an Azerbaijani army post."), vec![side("ARMMIL", "AZEMIL", "19")]);
}

#[test]
fn a_group_joined_to_held_names_who_holds_the_place() {
    // `rebel-held districts of Aleppo`: the rebels there, of the place's country.
    assert_eq!(en("Government forces shelled rebel-held districts of Aleppo."), vec![side("---MIL", "SYRREB", "19")]);
    // A state's own forces holding ground: the country's territory.
    assert_eq!(en("Insurgents shelled a government-held district of Aleppo."), vec![side("---REB", "SYR", "19")]);
}

#[test]
fn a_possessive_belongs_to_the_actor_its_phrase_hangs_on_else_to_the_subject() {
    // `President Macron and his government`: Macron's.
    assert_eq!(en("Italy criticised the comments of President Macron and of his government."), vec![side("ITA", "FRAGOV", "11")]);
    // A country named after a preposition is where, not whose.
    assert!(fr("Le président, qui a commenté la situation depuis Buenos Aires, en Argentine, a annoncé que son gouvernement allait rencontrer les syndicats.")
        .iter()
        .all(|s| !s.0.starts_with("ARG")));
}

#[test]
fn a_participle_after_an_auxiliary_is_no_agent_word() {
    // `a jugé` loses its accent to `juge` (a judge) but stays a verb.
    assert!(fr("La Cour européenne des droits de l'homme a jugé mardi son objectif légitime.").iter().all(|s| !s.1.ends_with("JUD")));
}

#[test]
fn hostage_takers_are_criminals() {
    assert_eq!(fr("Les preneurs d'otages ont libéré deux journalistes français.").first().map(|s| s.0.clone()), Some("---CRM".to_string()));
    assert_eq!(en("Hostage takers released two French journalists.").first().map(|s| s.0.clone()), Some("---CRM".to_string()));
}

#[test]
fn an_obligation_binds_a_subject_whose_phrase_ends_with_a_place() {
    // `the militias in Somalia must`: the place ends the bound subject's
    // phrase; the speaker demands it of them.
    assert_eq!(
        en("The Kenyan foreign minister said on Tuesday that the militias in Somalia must accept a truce."),
        vec![side("KENGOV", "SOMUAF", "10")]
    );
    // With no speaker, the article's own voice demands nothing.
    assert!(en("The militias in Somalia must accept a truce.").is_empty());
}

#[test]
fn a_threat_that_names_no_one_is_aimed_at_the_subject_of_its_condition() {
    assert_eq!(en("Turkey threatened to close its border unless Syria withdrew."), vec![side("TUR", "SYR", "13")]);
    assert_eq!(
        en("Russia has threatened to stop negotiations on nuclear weapons if the United States goes ahead with the deployment."),
        vec![side("RUS", "USA", "13")]
    );
    assert!(fr("La Turquie a menacé de fermer sa frontière si la Syrie ne se retire pas.").contains(&side("TUR", "SYR", "13")));
    // A condition naming no actor aims the threat at no one.
    assert_eq!(en("Turkey threatened to close its border if the fighting goes on."), vec![side("TUR", "", "13")]);
    // A threat with an object keeps it.
    assert_eq!(en("Turkey threatened Greece with sanctions if Cyprus joined the bloc.")[0].1, "GRC");
}

#[test]
fn opposition_supporters_unions_and_old_country_names_are_actors() {
    // `opposition supporters`: the opposition, not a noun it qualifies.
    assert_eq!(en("Georgian opposition activists protested against the government in Tbilisi."), vec![side("GEOOPP", "GEOGOV", "14")]);
    assert_eq!(fr("Des partisans de l'opposition géorgienne ont manifesté contre le gouvernement à Tbilissi."), vec![side("GEOOPP", "GEOGOV", "14")]);
    assert_eq!(en("British unions staged a strike against the government."), vec![side("GBRLAB", "GBRGOV", "14")]);
    // Cambodia by its name of the 1980s.
    assert_eq!(en("Kampuchean troops attacked Thai villages.")[0].0, "KHMMIL");
}

#[test]
fn a_person_in_apposition_to_a_body_is_one_actor() {
    // Out of office on the date, the person acts as the apposition says.
    let appeal = code_text_on("en", "Josep Borrell, the European Union High Representative, urged Israel to allow aid into Gaza.", "2026-06-20");
    assert_eq!(appeal, vec![side("EUR", "ISR", "02")]);
    // An apposition that says more than the body (`former`) leaves the person as the lexicon knows them.
    let former = code_text_on("en", "Josep Borrell, the European Union's former foreign policy chief, urged Israel to allow aid into Gaza.", "2026-06-20");
    assert_eq!(former[0].0, "ESPELI");
    // In office, the person's own office.
    assert_eq!(en("Antony Blinken, the US secretary of state, urged Israel to allow aid into Gaza."), vec![side("USAGOV", "ISR", "02")]);
    // A list ends with a conjunction: each named actor acts.
    assert_eq!(code_text_on("fr", "Josep Borrell, l'Union européenne et la Russie ont condamné Israël.", "2026-06-20").len(), 3);
}

fn code_text_on(lang: &str, text: &str, date: &str) -> Vec<(String, String, String)> {
    common::code_text(text, Some(lang), date).into_iter().map(|m| (m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo_root)).collect()
}

#[test]
fn an_agent_word_after_a_french_adjective_that_precedes_its_noun_is_the_noun() {
    assert_eq!(fr("De nombreux manifestants ont défilé contre le gouvernement.")[0].0, "---OPP");
    assert_eq!(fr("Les nouveaux dirigeants syriens ont rencontré le président turc."), vec![side("SYRGOV", "TURGOV", "04")]);
    assert_eq!(fr("Un jeune islamiste russe a tué un professeur à Arras.")[0].0, "RUSRAD");
    // After an ordinary noun, an agent word still only qualifies it.
    assert!(fr("Les manœuvres militaires russes ont commencé près de la frontière.").iter().all(|s| s.0 != "RUSMIL"));
}

#[test]
fn the_us_justice_department_by_its_short_name_is_the_judiciary() {
    assert_eq!(fr("Le département de la Justice a inculpé un espion russe.")[0].0, "USAJUD");
    assert_eq!(en("Donald Trump demanded that the Justice Department return the documents.")[0].1, "USAJUD");
}

#[test]
fn an_agent_word_before_an_adjective_said_of_it_is_the_object() {
    assert_eq!(en("A Hong Kong court found 14 activists guilty of subversion."), vec![side("HKGJUD", "HKGOPP", "11")]);
    assert_eq!(en("Egypt held the rebels responsible for the attack."), vec![side("EGY", "EGYREB", "11")]);
    // An agent word that ends the sentence has nothing after it.
    assert_eq!(en("The court sentenced the activists.").len(), en("The court sentenced the activists").len());
    assert!(en("Thousands marched against the soldiers").iter().all(|s| !s.0.is_empty()));
}

#[test]
fn a_person_the_lexicon_does_not_know_acts_in_the_office_named_beside_the_name() {
    // Name, comma, office: the office says who acts, with the country its words give.
    assert_eq!(fr("Marc Lefort, ministre français des Armées, a critiqué l'Algérie."), vec![side("FRAMIL", "DZA", "11")]);
    assert_eq!(fr("Hélène Carrère, ministre des Affaires étrangères de la France, a condamné l'Iran."), vec![side("FRAGOV", "IRN", "11")]);
    assert_eq!(en("Amos Levin, an Israeli army spokesman, accused Hezbollah of firing rockets."), vec![side("ISRMIL", "HEZ", "11")]);
    // Without a country word, the office alone still acts, as it does with no name.
    assert_eq!(fr("Marc Lefort, ministre des Armées, a critiqué l'Algérie."), vec![side("---MIL", "DZA", "11")]);
    assert_eq!(en("John Smith, the defence minister, accused Lebanon of shelling villages."), vec![side("---MIL", "LBN", "11")]);
    // Office, comma, name.
    assert_eq!(fr("Le ministre des Armées, Marc Lefort, a critiqué l'Algérie."), vec![side("---MIL", "DZA", "11")]);
    // The name is someone else than the lexicon's holder of the office on the date.
    let named = code_in("fr", "Marc Lefort, ministre français des Armées, a critiqué l'Algérie.");
    assert_eq!(named[0].source_person, None);
    // As the object, too.
    assert_eq!(fr("Le président russe a reçu Marc Lefort, ministre français des Armées."), vec![side("RUSGOV", "FRAMIL", "04")]);
}

#[test]
fn a_name_beside_an_office_of_someone_else_or_a_place_is_no_actor() {
    // The office of a body named before, or of one the lexicon does not know.
    assert_eq!(fr("Marc Lefort, son porte-parole, a critiqué l'Algérie."), vec![]);
    assert_eq!(fr("Marc Lefort, porte-parole de Brafco, a critiqué l'Algérie."), vec![]);
    // A capital before the name is where, not an office.
    assert_eq!(fr("À Paris, Sophie Tissier, mère de deux enfants, a critiqué la Russie."), vec![]);
    // A list of capitals stays a list.
    assert_eq!(fr("Paris, Berlin et Rome ont condamné la Russie.").len(), 3);
    // A list that goes on after the name is no apposition.
    assert!(fr("Le ministre des Armées, Marc Lefort et Paul Durand ont critiqué l'Algérie.").iter().all(|e| e.0 != "---MIL"));
}

#[test]
fn words_about_ones_own_country_as_a_whole_have_no_target() {
    // A promise, vow or demand about the actor's own country is no dyad.
    assert_eq!(en("The Chilean president promised to reform Chile."), vec![side("CHLGOV", "", "03")]);
    assert_eq!(en("The Kenyan government vowed to rebuild Kenya after the floods."), vec![side("KENGOV", "", "03")]);
    assert_eq!(fr("Le président chilien a promis de réformer le Chili."), vec![side("CHLGOV", "", "03")]);
    // Force used at home still falls on the country.
    assert_eq!(en("The Syrian army shelled Syria's northern provinces."), vec![side("SYRMIL", "SYR", "19")]);
    assert_eq!(fr("L'armée malienne a bombardé le Mali."), vec![side("MLIMIL", "MLI", "19")]);
    // An ethnic minority facing its host state is a dyad.
    assert_eq!(en("Kurds in Turkey demanded autonomy from Turkey."), vec![side("TURCVLkur", "TUR", "10")]);
}

#[test]
fn human_rights_activists_are_opposition_and_their_groups_human_rights_bodies() {
    // Phoenix codes HUMAN_RIGHTS_ACTIVIST as OPP and HUMAN_RIGHTS_GROUP as HRI.
    assert_eq!(en("Egyptian human rights activists accused the police of torture."), vec![side("EGYOPP", "EGYCOP", "11")]);
    assert_eq!(fr("Des défenseurs des droits de l'homme iraniens ont accusé la police de torture."), vec![side("IRNOPP", "IRNCOP", "11")]);
    assert_eq!(en("An Egyptian human rights group accused the police of torture."), vec![side("EGYHRI", "EGYCOP", "11")]);
}

#[test]
fn coordinated_subjects_of_a_meeting_meet_its_direct_object() {
    // A direct object right after the verb is the other side of each subject.
    assert_eq!(en("Japan and South Korea met Chinese officials in Beijing."), vec![side("JPN", "CHNGOV", "04"), side("KOR", "CHNGOV", "04")]);
    assert_eq!(fr("La France et l'Allemagne ont rencontré le président chinois."), vec![side("FRA", "CHNGOV", "04"), side("DEU", "CHNGOV", "04")]);
    // With no direct object, the subjects are each other's other side; an
    // actor that only begins the name of a thing, or follows a preposition, is not.
    assert_eq!(en("Israel and the PLO signed the Oslo Accords."), vec![side("ISR", "PLO", "05")]);
    assert_eq!(en("Russia and Iran signed an agreement on an Israeli troop pullback."), vec![side("RUS", "IRN", "05")]);
}

#[test]
fn a_town_or_village_under_attack_is_its_people() {
    // Phoenix codes VILLAGE and SMALL_TOWN as CVL, and PLOVER's gold codes the
    // target of force on a town as that country's civilians.
    assert_eq!(en("Azerbaijani troops shelled Armenian villages."), vec![side("AZEMIL", "ARMCVL", "19")]);
    assert_eq!(en("Russian troops shelled the Ukrainian town of Izium."), vec![side("RUSMIL", "UKRCVL", "19")]);
    assert_eq!(en("Malian soldiers attacked villages near Mopti."), vec![side("MLIMIL", "MLICVL", "19")]);
    assert_eq!(fr("L'armée russe a bombardé des villages ukrainiens."), vec![side("RUSMIL", "UKRCVL", "19")]);
    assert_eq!(fr("L'armée russe a bombardé le quartier de Saltivka à Kharkiv."), vec![side("RUSMIL", "UKRCVL", "19")]);
    // After a locative the town only says where: it names no one.
    assert_eq!(en("Ugandan rebels surrendered in a small town near Gulu."), vec![side("UGAREB", "", "08")]);
    // A number after an agent word counts; the agent word is still the noun.
    assert_eq!(en("Azerbaijan shelled Armenian civilians ten years ago."), vec![side("AZE", "ARMCVL", "19")]);
}

#[test]
fn a_non_state_agent_word_from_a_country_is_that_country_s() {
    assert_eq!(en("Dissidents from Myanmar met the Thai foreign minister."), vec![side("MMROPP", "THAGOV", "04")]);
    assert_eq!(en("Activists from Kenya staged rallies against the government."), vec![side("KENOPP", "KENGOV", "14")]);
    assert_eq!(en("Refugees from Syria protested against Turkey."), vec![side("SYRREF", "TUR", "14")]);
    // French says it with a genitive, which already joins them.
    assert_eq!(fr("Des opposants originaires du Kenya ont manifesté contre le gouvernement."), vec![side("KENOPP", "KENGOV", "14")]);
    // Forces are what one withdraws from a country: the country stays the place left.
    assert_eq!(en("Russia withdrew troops from Syria."), vec![side("RUS", "SYR", "08")]);
}

#[test]
fn force_told_by_its_means_with_no_author_is_unidentified_armed_men_of_the_place() {
    // Phoenix and PLOVER code an attack nobody is named for as the place's
    // country + UAF (unaligned armed forces): the means as subject…
    assert_eq!(en("A car bomb killed two policemen in Kabul."), vec![side("AFGUAF", "AFGCOP", "19")]);
    assert_eq!(fr("Une bombe a tué deux adolescents à Mogadiscio."), vec![side("SOMUAF", "SOMCVL", "19")]);
    // … or after a passive, with `by` or without.
    assert_eq!(en("Two soldiers were wounded by a landmine near Kandahar."), vec![side("AFGUAF", "AFGMIL", "18")]);
    assert_eq!(fr("Trois policiers ont été tués par un engin explosif à Kandahar."), vec![side("AFGUAF", "AFGCOP", "19")]);
    assert_eq!(fr("Deux journalistes ont été tués dans l'explosion d'une bombe à Beyrouth."), vec![side("LBNUAF", "LBNMED", "19")]);
    // A second act after `and` that names no victim of its own is the toll of the first.
    assert_eq!(en("A roadside bomb killed two Iraqi soldiers and wounded three others in Mosul."), vec![side("IRQUAF", "IRQMIL", "19")]);
    // No place, no one to name: no event. A country adjective on the means names its author.
    assert_eq!(en("A bomb killed three people."), vec![]);
    assert_eq!(en("Four civilians were killed in Israeli air strikes in Gaza."), vec![side("ISR", "PSECVL", "19")]);
    // An attacker named is the attacker.
    assert_eq!(fr("L'armée russe a tué trois civils à Kharkiv."), vec![side("RUSMIL", "UKRCVL", "19")]);
}

#[test]
fn coercion_of_the_press_of_assembly_and_of_computers_is_coded() {
    // Stopping a paper or a march restricts political freedoms (1721); the marchers are its target.
    assert_eq!(en("Kenyan police prevented a march by students in Nairobi."), vec![side("KENCOP", "KENEDU", "17")]);
    assert_eq!(fr("La police kényane a empêché une manifestation d'étudiants à Nairobi."), vec![side("KENCOP", "KENEDU", "17")]);
    assert_eq!(en("The Kenyan government ordered the Daily Nation newspaper to stop publishing."), vec![side("KENGOV", "KENMED", "17")]);
    assert_eq!(fr("Le gouvernement kényan a ordonné au journal de suspendre sa parution."), vec![side("KENGOV", "KENMED", "17")]);
    // Breaking into computers coerces (170); hackers are criminals, as PLOVER codes them.
    assert_eq!(en("Iranian hackers hacked into the computers of the Israeli army."), vec![side("IRNCRM", "ISRMIL", "17")]);
    assert_eq!(fr("Des pirates informatiques russes ont mené une cyberattaque contre l'Estonie."), vec![side("RUSCRM", "EST", "17")]);
}

#[test]
fn coercion_or_force_on_a_place_named_as_a_town_falls_on_its_people() {
    // `the town of X`: its people, the country + CVL; a country after a
    // locative right after the place only says where it lies.
    assert_eq!(en("Ethiopian authorities imposed a curfew in the town of Gondar in northern Ethiopia."), vec![side("ETHGOV", "ETHCVL", "17")]);
    assert_eq!(fr("L'armée éthiopienne a imposé un couvre-feu dans la localité de Gondar, en Éthiopie."), vec![side("ETHMIL", "ETHCVL", "17")]);
    // A city is no settlement word: the place's country.
    assert_eq!(fr("Les autorités turques ont imposé un couvre-feu dans la ville de Cizre."), vec![side("TURGOV", "TUR", "17")]);
    // Other acts there only say where.
    assert_eq!(en("Ugandan rebels surrendered in a small town near Gulu."), vec![side("UGAREB", "", "08")]);
}

#[test]
fn a_capitalised_word_between_a_locative_and_a_country_qualifies_the_country() {
    // `in Western Cambodia` is Cambodia; `rue Mendès France` stays a street's name.
    assert_eq!(en("Vietnamese troops attacked a village in Western Cambodia."), vec![side("VNMMIL", "KHMCVL", "19")]);
    assert_eq!(fr("Les troupes vietnamiennes ont attaqué un village dans l'Ouest du Cambodge."), vec![side("VNMMIL", "KHMCVL", "19")]);
    assert_eq!(en("A journalist was killed in a car bomb explosion in Christian Beirut."), vec![side("LBNUAF", "LBNMED", "19")]);
    // A town after a first name is a surname, not a place.
    assert_eq!(fr("Un policier a tiré sur Jérôme Rodrigues."), vec![side("---COP", "", "19")]);
}

#[test]
fn a_country_or_capital_after_a_locative_says_where_not_who() {
    // `In Syria, rebels attacked…`: Syria is where; the rebels act.
    assert_eq!(en("In Syria, rebels attacked an army post."), vec![side("---REB", "---MIL", "19")]);
    // An unattributed attack there is the country's unidentified armed men's.
    assert_eq!(en("A car bomb in Afghanistan killed five policemen."), vec![side("AFGUAF", "AFGCOP", "19")]);
    assert_eq!(en("Two soldiers were killed by a roadside bomb in Iraq."), vec![side("IRQUAF", "IRQMIL", "19")]);
    assert_eq!(fr("En Irak, une bombe a tué cinq policiers."), vec![side("IRQUAF", "IRQCOP", "19")]);
    // An adjective names whose, not where: `released in the Rwandan capital` stays Rwanda's.
    assert_eq!(en("A report released in the Rwandan capital accused France of complicity."), vec![side("RWA", "FRA", "11")]);
}

#[test]
fn people_held_as_human_shields_are_the_target_of_the_act() {
    // Holding people as human shields uses them as such (184); `as` ends their phrase.
    assert_eq!(en("The Sudanese army has been holding civilians as human shields in Darfur."), vec![side("SDNMIL", "SDNCVL", "18")]);
    assert_eq!(en("Rebels used Syrian villagers as human shields."), vec![side("---REB", "SYRCVL", "18")]);
    assert_eq!(fr("Les rebelles ont retenu des villageois syriens comme boucliers humains."), vec![side("---REB", "SYRCVL", "18")]);
}

#[test]
fn easing_a_measure_at_home_falls_on_the_country_where_it_applied() {
    // Lifting a curfew or a state of emergency undoes coercion: the place's country is its target.
    assert_eq!(en("The Sudanese government lifted the state of emergency in Darfur."), vec![side("SDNGOV", "SDN", "08")]);
    assert_eq!(fr("Le gouvernement pakistanais a levé le couvre-feu à Lahore."), vec![side("PAKGOV", "PAK", "08")]);
    // A country acting in its own territory names no one else.
    assert_eq!(en("Pakistan lifted the curfew in Lahore."), vec![side("PAK", "", "08")]);
    // A state of siege is a state of emergency.
    assert_eq!(en("The Haitian government declared a state of siege in Haiti."), vec![side("HTIGOV", "HTI", "17")]);
}

#[test]
fn insisting_on_a_demand_targets_whom_the_demand_is_laid_on() {
    // The subject of the demand's `that` clause is who must act.
    assert_eq!(en("The rebels insisted on their demand that the Burundian government grant more rights."), vec![side("---REB", "BDIGOV", "10")]);
    assert_eq!(en("The opposition maintained its demand that the Algerian president resign."), vec![side("---OPP", "DZAGOV", "10")]);
    assert_eq!(fr("Les rebelles ont insisté sur leur exigence que le gouvernement burundais libère les prisonniers."), vec![side("---REB", "BDIGOV", "10")]);
    // Insisting that something is so is no demand.
    assert_eq!(en("He insisted that the talks were going well."), vec![]);
}

#[test]
fn pushing_someone_to_act_is_a_demand_on_them() {
    assert_eq!(en("The UK is pushing hard for the US to support its debt relief plan."), vec![side("GBR", "USA", "10")]);
    assert_eq!(en("Britain pushed Germany to support the plan."), vec![side("GBR", "DEU", "10")]);
    assert_eq!(fr("Le Royaume-Uni a poussé les États-Unis à soutenir son plan."), vec![side("GBR", "USA", "10")]);
    // Pushing people or into a place asks nothing of anyone.
    assert_eq!(en("The rebels pushed into the town."), vec![]);
}

#[test]
fn a_date_between_a_statement_verb_and_its_clause_keeps_the_pronoun_the_speakers() {
    // `announced on Sunday that he will…`: `he` is still who announces.
    assert_eq!(en("President Vladimir Putin announced on Sunday that he will visit China."), vec![side("RUSGOV", "CHN", "04"), side("RUSGOV", "CHN", "03")]);
    // Without a date between them it always was.
    assert_eq!(en("President Vladimir Putin said that he will visit China."), vec![side("RUSGOV", "CHN", "04"), side("RUSGOV", "CHN", "03")]);
}
