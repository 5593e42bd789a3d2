//! Session 12, helper plover1: named armed movements (UNITA, FIS) and
//! allowing rallies as an easing of political restrictions. Hand-written
//! sentences, French and English.

mod common;

fn events(text: &str, lang: &str, date: &str) -> Vec<(String, String, String)> {
    common::triples(text, lang, date)
}

fn ev(s: &str, t: &str, code: &str) -> (String, String, String) {
    (s.to_string(), t.to_string(), code.to_string())
}

#[test]
fn unita_and_the_fis_are_named_groups() {
    assert_eq!(events("The Angolan army attacked UNITA positions in the south.", "en", "1994-01-01"), vec![ev("AGOMIL", "UNITA", "190")]);
    assert_eq!(events("L'armée angolaise a attaqué l'UNITA dans le sud du pays.", "fr", "1994-01-01"), vec![ev("AGOMIL", "UNITA", "190")]);
    assert_eq!(events("The FIS accused the Algerian army of torture.", "en", "1993-01-01"), vec![ev("FIS", "DZAMIL", "1122")]);
    assert_eq!(events("Le FIS a accusé l'armée algérienne de torture.", "fr", "1993-01-01"), vec![ev("FIS", "DZAMIL", "1122")]);
    // The acronym is matched in capitals only: `fis`, a French verb form, is no group.
    assert!(events("Je fis une promenade à Alger.", "fr", "1993-01-01").is_empty());
}

#[test]
fn allowing_demonstrations_eases_political_restrictions() {
    assert_eq!(
        events("The Egyptian government allowed the opposition to hold demonstrations in Cairo.", "en", "1990-06-19"),
        vec![ev("EGYGOV", "EGYOPP", "0811")]
    );
    assert_eq!(
        events("Le gouvernement égyptien a autorisé les manifestations de l'opposition au Caire.", "fr", "1990-06-19"),
        vec![ev("EGYGOV", "EGYOPP", "0811")]
    );
}

#[test]
fn an_apposition_before_a_statement_verb_leaves_the_speaker_its_subject() {
    assert_eq!(
        events("Nigeria, the largest country in the region, announced that it has recalled its ambassador from Ghana.", "en", "1990-06-19"),
        vec![ev("NGA", "GHA", "161")]
    );
    assert_eq!(events("La Russie, premier fournisseur du pays, a annoncé qu'elle a critiqué l'Ukraine.", "fr", "2020-06-19"), vec![ev("RUS", "UKR", "111")]);
    // A report that closes the sentence after its act still only reports it.
    assert_eq!(events("Russia criticized Ukraine, the foreign ministry announced.", "en", "2020-06-19"), vec![ev("RUS", "UKR", "111")]);
}

#[test]
fn calling_off_a_strike_that_names_no_one_ends_dissent_against_the_government() {
    assert_eq!(events("British junior doctors called off their strike.", "en", "2020-06-19"), vec![ev("GBRHLH", "GBRGOV", "082")]);
    assert_eq!(events("Les enseignants nigérians ont suspendu leur grève.", "fr", "1990-06-19"), vec![ev("NGAEDU", "NGAGOV", "082")]);
}

#[test]
fn a_closing_complaint_is_made_by_its_own_subject_about_what_precedes() {
    assert_eq!(
        events("Croatian authorities are failing to uphold the rights of refugees, Amnesty International complained on Wednesday.", "en", "1998-01-01"),
        vec![ev("AMN", "HRVGOV", "114")]
    );
    assert_eq!(events("La Russie viole les droits des réfugiés, Amnesty International a protesté mercredi.", "fr", "2023-01-01"), vec![ev("AMN", "RUS", "140")]);
    // A statement that closes the sentence still only reports.
    assert_eq!(events("Russia criticized Ukraine, the foreign ministry said.", "en", "2020-06-19"), vec![ev("RUS", "UKR", "111")]);
}
