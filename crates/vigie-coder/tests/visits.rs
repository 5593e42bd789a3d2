//! A visitor's acts done with a partner nobody names are done with the host
//! of its visit (`crates/vigie-coder/src/visits.rs`).

mod common;

use common::code_text;

/// (sentence, source, target, code, rule) of each mention.
fn coded(text: &str, lang: &str) -> Vec<(usize, String, String, String, String)> {
    code_text(text, Some(lang), "2024-06-20")
        .into_iter()
        .map(|m| (m.sentence_index, m.source.unwrap_or_default(), m.target.unwrap_or_default(), m.cameo, m.rule))
        .collect()
}

fn find<'a>(mentions: &'a [(usize, String, String, String, String)], code: &str) -> &'a (usize, String, String, String, String) {
    mentions.iter().find(|m| m.3 == code).unwrap_or_else(|| panic!("no {code} in {mentions:?}"))
}

#[test]
fn a_delegation_exchanges_with_its_host_in_french() {
    let m = coded(
        "Une délégation militaire nord-coréenne se rend en Russie. La délégation devrait participer à des échanges de formation militaire.",
        "fr",
    );
    let visit = find(&m, "042");
    assert_eq!((visit.1.as_str(), visit.2.as_str()), ("PRKMIL", "RUS"));
    let exchange = find(&m, "062");
    assert_eq!((exchange.0, exchange.1.as_str(), exchange.2.as_str()), (1, "PRKMIL", "RUS"), "{m:?}");
    assert!(exchange.4.ends_with("+host"), "{exchange:?}");
}

#[test]
fn a_delegation_exchanges_with_its_host_in_english() {
    let m = coded(
        "A Vietnamese military delegation arrived in India on Monday for a four-day visit. The delegation will take part in training exchanges.",
        "en",
    );
    let exchange = find(&m, "062");
    assert_eq!((exchange.1.as_str(), exchange.2.as_str()), ("VNMMIL", "IND"), "{m:?}");
}

#[test]
fn without_a_visit_the_partner_stays_unnamed() {
    let m = coded("The Vietnamese army will take part in training exchanges.", "en");
    let exchange = find(&m, "062");
    assert_eq!(exchange.2, "", "{m:?}");
    assert!(!exchange.4.ends_with("+host"));
}

#[test]
fn only_the_visitor_inherits_its_host() {
    // Poland did not travel: its exercises have no partner named.
    let m = coded(
        "A Vietnamese military delegation arrived in India on Monday. The Polish army will take part in training exchanges.",
        "en",
    );
    let exchange = find(&m, "062");
    assert_eq!((exchange.1.as_str(), exchange.2.as_str()), ("POLMIL", ""), "{m:?}");
}
