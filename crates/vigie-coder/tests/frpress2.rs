//! Actors of the French press (session 13, "frpress2"): a domestic agent
//! word with no country takes the one country its article names; police,
//! protesters or judges using force take the country of the event's place;
//! a person's name on a street, school or airport names no actor.
//! Hand-written texts, French and English.

mod common;

fn side(s: &str, t: &str, code: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), code.to_string())
}

#[test]
fn a_domestic_agent_takes_the_one_country_its_article_names() {
    let fr = "Le président Emmanuel Macron a annoncé une hausse du salaire minimum. Les syndicats ont salué cette décision.";
    assert!(common::triples(fr, "fr", "2019-03-12").contains(&side("FRALAB", "", "051")));
    let en = "President Emmanuel Macron announced a rise in the minimum wage. Unions welcomed the decision.";
    assert!(common::triples(en, "en", "2019-03-12").contains(&side("FRALAB", "", "051")));
}

#[test]
fn an_article_naming_two_countries_gives_a_domestic_agent_none() {
    let fr = "Le président Emmanuel Macron a reçu le chancelier allemand. Les syndicats ont salué cette décision.";
    assert!(common::triples(fr, "fr", "2019-03-12").contains(&side("---LAB", "", "051")));
    let en = "President Emmanuel Macron met the German chancellor. Unions welcomed the decision.";
    assert!(common::triples(en, "en", "2019-03-12").contains(&side("---LAB", "", "051")));
    // A place the article put something in counts as a country it names.
    let fr = "Le président Emmanuel Macron a annoncé une hausse du salaire minimum. Des camionneurs ont bloqué une route à Bruxelles. Les syndicats ont salué cette décision.";
    assert!(common::triples(fr, "fr", "2019-03-12").contains(&side("---LAB", "", "051")));
}

#[test]
fn protesters_against_a_foreign_visitor_take_no_country_from_him() {
    assert_eq!(
        common::triples("Des manifestants ont dénoncé la visite du président américain.", "fr", "2024-03-12")[0],
        side("---OPP", "USAGOV", "111")
    );
}

#[test]
fn a_government_acting_on_a_foreign_place_takes_no_country_from_it() {
    let t = common::triples("Le gouvernement a rappelé son ambassadeur à Alger.", "fr", "2024-03-12");
    assert_eq!(t[0].0, "---GOV");
    let t = common::triples("The government recalled its ambassador in Algiers.", "en", "2024-03-12");
    assert_eq!(t[0].0, "---GOV");
}

#[test]
fn a_person_named_on_a_place_is_no_actor() {
    assert_eq!(
        common::triples("Les policiers ont frappé un manifestant sur la passerelle Léopold Sédar Senghor, à Paris.", "fr", "2019-01-10")
            .iter()
            .filter(|t| t.1.starts_with("SEN"))
            .count(),
        0
    );
    assert_eq!(common::triples("Israeli police attacked protesters near Yitzhak Rabin Square.", "en", "2024-03-12"), vec![side("ISRCOP", "ISROPP", "190")]);
}
