//! Session 12, PETRARCH-2 validation round 2: general rules found on the
//! public records, checked on sentences written for Vigie, French and English.

mod common;

fn sides_in(lang: &str, text: &str) -> Vec<(String, String, String)> {
    common::triples(text, lang, "2024-06-20")
}

fn en(text: &str) -> Vec<(String, String, String)> {
    sides_in("en", text)
}

fn fr(text: &str) -> Vec<(String, String, String)> {
    sides_in("fr", text)
}

fn event(s: &str, t: &str, code: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), code.to_string())
}

#[test]
fn a_destination_before_against_is_not_the_target_of_a_conflictual_act() {
    assert_eq!(en("Canada imposed travel restrictions to Canada against four Russian officers."), vec![event("CAN", "RUSMIL", "172")]);
    assert_eq!(fr("Le Canada a imposé des sanctions au Canada contre quatre responsables russes."), vec![event("CAN", "RUSGOV", "163")]);
    assert_eq!(fr("Le Canada a imposé des sanctions vers le Canada contre quatre responsables russes."), vec![event("CAN", "RUSGOV", "163")]);
    // A cooperative act keeps its recipient.
    assert_eq!(en("The United States sent weapons to Ukraine against Russia."), vec![event("USA", "UKR", "072")]);
    assert_eq!(fr("La France a envoyé des armes en Ukraine contre la Russie."), vec![event("FRA", "UKR", "072")]);
}

#[test]
fn the_place_of_an_opening_participle_is_not_the_country_of_the_people_spoken_of() {
    assert_eq!(en("Speaking in Paris, Biden expressed sympathy for the victims."), vec![event("USAGOV", "USACVL", "018")]);
    assert_eq!(fr("S'exprimant à Paris, Biden a exprimé sa sympathie pour les victimes."), vec![event("USAGOV", "USACVL", "018")]);
    // Without the participle, the place still locates them.
    assert_eq!(en("Biden expressed sympathy for the victims in Paris."), vec![event("USAGOV", "FRACVL", "018")]);
}

#[test]
fn blowing_up_is_a_bombing_and_blowing_up_infrastructure_destroys_property() {
    assert_eq!(en("Taliban insurgents blew up a police convoy near Kandahar on Tuesday."), vec![event("TAL", "AFG", "183")]);
    assert_eq!(fr("Des insurgés talibans ont fait exploser un convoi de police près de Kandahar mardi."), vec![event("TAL", "AFG", "183")]);
    assert_eq!(en("Rebels blew up two bridges and a power line near Goma."), vec![event("---REB", "COD", "1712")]);
    assert_eq!(fr("Des rebelles ont fait sauter deux ponts près de Goma."), vec![event("---REB", "COD", "1712")]);
}

#[test]
fn a_hedged_passive_agent_is_still_the_agent() {
    // The missile, a military weapon, makes the blowing-up a fight with artillery.
    assert_eq!(en("A Malaysia Airlines jet was blown up by a missile believed to have been fired by rebels."), vec![event("---REB", "MYSBUS", "194")]);
    assert_eq!(en("A Malaysia Airlines jet was shot down by a missile believed to be fired by rebels."), vec![event("---REB", "MYSBUS", "190")]);
}

#[test]
fn a_national_airline_named_after_its_country_is_a_business() {
    assert_eq!(en("Rebels shot down a Turkish Airlines plane on Monday."), vec![event("---REB", "TURBUS", "190")]);
    assert_eq!(fr("Des rebelles ont abattu un avion de Turkish Airlines lundi."), vec![event("---REB", "TURBUS", "190")]);
}

#[test]
fn a_military_weapon_as_the_means_makes_violence_a_military_fight() {
    assert_eq!(en("The bridge was blown up by a rocket fired by Russian forces."), vec![event("RUSMIL", "", "194")]);
    assert_eq!(en("The bridge was blown up by Russian forces."), vec![event("RUSMIL", "", "183")]);
    assert_eq!(fr("Dix soldats ukrainiens ont été blessés par un obus de mortier tiré par les forces russes."), vec![event("RUSMIL", "UKRMIL", "194")]);
    assert_eq!(fr("Dix civils ukrainiens ont été blessés par un drone russe."), vec![event("RUS", "UKRCVL", "195")]);
}
