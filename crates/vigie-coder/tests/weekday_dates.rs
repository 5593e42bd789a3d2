//! A weekday dates an event by the event's time: the coming such day for an
//! act still to come, the past one for an act done; `prochain`/`next` and
//! `dernier`/`last` say it outright. Hand-written sentences, French and
//! English, read on Monday 17 June 2024.

mod common;

use vigie_model::Factuality;

const MONDAY: &str = "2024-06-17";

/// (CAMEO code, factuality, date) of every event.
fn dated(lang: &str, text: &str, published: &str) -> Vec<(String, Factuality, String)> {
    common::code_text(text, Some(lang), published).into_iter().map(|m| (m.cameo, m.factuality, m.date.unwrap_or_default())).collect()
}

/// The dates of the events with this factuality.
fn dates_of(lang: &str, text: &str, published: &str, f: Factuality) -> Vec<String> {
    let all = dated(lang, text, published);
    let out: Vec<String> = all.iter().filter(|e| e.1 == f).map(|e| e.2.clone()).collect();
    assert!(!out.is_empty(), "{text}: no {f:?} event in {all:?}");
    out
}

#[test]
fn a_planned_act_on_a_bare_weekday_takes_the_coming_day() {
    for (lang, text) in [
        ("fr", "Emmanuel Macron est attendu jeudi à Bruxelles."),
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz jeudi à Berlin."),
        ("en", "Joe Biden will visit Kyiv on Thursday."),
        ("en", "Joe Biden will meet Olaf Scholz on Thursday in Berlin."),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Planned), vec!["2024-06-20"], "{text}");
    }
}

#[test]
fn a_past_act_on_a_bare_weekday_keeps_the_past_day() {
    for (lang, text) in [
        ("fr", "Emmanuel Macron a rencontré jeudi Olaf Scholz à Berlin."),
        ("en", "Joe Biden met Olaf Scholz on Thursday in Berlin."),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Asserted), vec!["2024-06-13"], "{text}");
    }
}

#[test]
fn next_and_last_say_which_weekday_whatever_the_tense() {
    for (lang, text, date) in [
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz jeudi prochain.", "2024-06-20"),
        ("en", "Joe Biden will meet Olaf Scholz next Thursday.", "2024-06-20"),
        // Said on a Monday, `lundi prochain` is a week on, `lundi dernier` a week back.
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz lundi prochain.", "2024-06-24"),
        ("en", "Joe Biden will meet Olaf Scholz next Monday.", "2024-06-24"),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Planned), vec![date], "{text}");
    }
    for (lang, text, date) in [
        ("fr", "Emmanuel Macron a rencontré Olaf Scholz lundi dernier à Berlin.", "2024-06-10"),
        ("en", "Joe Biden met Olaf Scholz last Monday in Berlin.", "2024-06-10"),
        ("fr", "Emmanuel Macron a rencontré Olaf Scholz jeudi dernier à Berlin.", "2024-06-13"),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Asserted), vec![date], "{text}");
    }
}

#[test]
fn the_publication_weekday_itself_is_today_for_a_planned_act() {
    // Dispatches name the day rather than say `aujourd'hui`.
    for (lang, text) in [
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz lundi à Berlin."),
        ("en", "Joe Biden will meet Olaf Scholz on Monday in Berlin."),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Planned), vec![MONDAY], "{text}");
    }
}

#[test]
fn tomorrow_dates_a_planned_act_the_next_day() {
    for (lang, text) in [
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz demain à Berlin."),
        ("en", "Joe Biden will meet Olaf Scholz tomorrow in Berlin."),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, Factuality::Planned), vec!["2024-06-18"], "{text}");
    }
}

/// A day or month written without its year, read in a paper of 17 June 2024:
/// a done act months later in the year happened the year before, an act to
/// come months earlier in the year will happen the year after, and weeks
/// around publication stay in its year whatever the tense.
#[test]
fn a_day_or_month_without_its_year_follows_the_act_and_its_distance() {
    for (lang, text, f, date) in [
        ("fr", "Emmanuel Macron a rencontré Olaf Scholz en décembre à Berlin.", Factuality::Asserted, "2023-12"),
        ("en", "Joe Biden met Olaf Scholz in December in Berlin.", Factuality::Asserted, "2023-12"),
        ("fr", "Emmanuel Macron a rencontré Olaf Scholz le 20 décembre dernier.", Factuality::Asserted, "2023-12-20"),
        ("fr", "Emmanuel Macron rencontrera Olaf Scholz en mars à Berlin.", Factuality::Planned, "2025-03"),
        ("en", "Joe Biden will meet Olaf Scholz in March in Berlin.", Factuality::Planned, "2025-03"),
        ("fr", "Emmanuel Macron a rencontré Olaf Scholz le 2 juillet à Berlin.", Factuality::Asserted, "2024-07-02"),
        ("en", "Joe Biden will meet Olaf Scholz on June 2 in Berlin.", Factuality::Planned, "2024-06-02"),
    ] {
        assert_eq!(dates_of(lang, text, MONDAY, f), vec![date.to_string()], "{text}");
    }
}
