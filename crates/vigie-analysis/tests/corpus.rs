//! A multi-article set from ../shared/corpus: the first 400 Reuters
//! newswires of 1987. The analyses are checked against the store's own
//! event listing, and the brief against its invariants.

mod common;

use std::collections::BTreeMap;

use vigie_analysis::brief::build_brief;
use vigie_analysis::{actor_network, dyad_series, BriefFormat, BriefOptions, Cues, Lang, NetworkOptions, SeriesOptions};
use vigie_model::{Article, DatePrecision, Factuality};
use vigie_store::EventFilter;

fn reuters(n: usize) -> Vec<Article> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/en/reuters21578.jsonl");
    let text = std::fs::read_to_string(path).expect("../shared/corpus/en/reuters21578.jsonl");
    text.lines()
        .filter_map(|l| serde_json::from_str::<Article>(l).ok())
        .filter(|a| !a.text.trim().is_empty())
        .take(n)
        .collect()
}

#[test]
fn series_and_brief_agree_with_the_store_on_real_newswires() {
    let store = common::store_of(&reuters(400));
    let ds = common::dataset(&store);
    assert!(ds.events.len() > 20, "only {} events", ds.events.len());
    // The strongest tie of the network is the dyad to check.
    let net = actor_network(&ds, &NetworkOptions::default());
    let edge = net.edges.iter().max_by_key(|e| (e.events, e.source.clone())).expect("an edge");
    let (a, b) = (edge.source.clone(), edge.target.clone());

    // Independent count: the store's event listing, both directions, asserted,
    // dated to the day or month, grouped by the month their date starts in.
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for (s, t) in [(&a, &b), (&b, &a)] {
        let f = EventFilter { source: Some(s.clone()), target: Some(t.clone()), factuality: Some(Factuality::Asserted), ..Default::default() };
        for e in store.events(&f).unwrap() {
            if seen.insert(e.id) && matches!(e.date_precision, Some(DatePrecision::Day | DatePrecision::Month)) {
                *expected.entry(e.date_start.unwrap()[..7].to_string()).or_default() += 1;
            }
        }
    }
    let s = dyad_series(&ds, &a, &b, &SeriesOptions::default());
    let got: BTreeMap<String, u64> = s.points.iter().filter(|p| p.events > 0).map(|p| (p.period.clone(), p.events)).collect();
    assert_eq!(got, expected, "dyad {a}-{b}");
    assert_eq!(s.total_events, seen.len() as u64);
    for p in &s.points {
        assert_eq!(p.quad.iter().sum::<u64>(), p.events);
        assert_eq!(p.cooperation + p.conflict, p.events);
    }

    // The brief: every statement cited; the facts are exactly the asserted events.
    for lang in [Lang::Fr, Lang::En] {
        let opts = BriefOptions { a: a.clone(), b: b.clone(), since: None, lang, format: BriefFormat::Markdown };
        let brief = build_brief(&ds, &Cues::builtin(), &opts).expect("brief");
        let facts = brief.sections.iter().find(|s| s.key == "facts").unwrap();
        assert_eq!(facts.items.len(), seen.len());
        for sec in &brief.sections {
            for it in &sec.items {
                assert!(!it.cites.is_empty() && it.cites.iter().all(|n| *n <= brief.evidence.len()), "{}", it.text);
            }
        }
    }
}
