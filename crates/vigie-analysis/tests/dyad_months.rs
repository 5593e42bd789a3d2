//! Five short articles written for the tests: Russia and North Korea over
//! six months (tests/data/dyad_months.jsonl). Exact series figures.

mod common;

use vigie_analysis::{actor_network, detect_treaties, dyad_series, Cues, NetworkOptions, Period, SeriesOptions};
use vigie_model::Article;

fn articles() -> Vec<Article> {
    let text = include_str!("data/dyad_months.jsonl");
    text.lines().map(|l| serde_json::from_str(l).expect("article")).collect()
}

#[test]
fn monthly_series_counts_asserted_events_both_ways() {
    let store = common::store_of(&articles());
    let ds = common::dataset(&store);
    let s = dyad_series(&ds, "RUS", "PRK", &SeriesOptions::default());
    let got: Vec<(&str, u64, [u64; 4], f64, f64)> =
        s.points.iter().map(|p| (p.period.as_str(), p.events, p.quad, p.goldstein_sum, p.goldstein_mean)).collect();
    assert_eq!(
        got,
        vec![
            ("2024-03", 1, [1, 0, 0, 0], 8.0, 8.0),
            ("2024-04", 1, [0, 0, 1, 0], -2.0, -2.0),
            ("2024-05", 0, [0, 0, 0, 0], 0.0, 0.0),
            ("2024-06", 2, [2, 0, 0, 0], 9.0, 4.5),
            ("2024-07", 0, [0, 0, 0, 0], 0.0, 0.0),
            ("2024-08", 1, [0, 0, 1, 0], -7.0, -7.0),
        ]
    );
    // The praise of the same day (CAMEO 051, same root as the signature) is
    // folded by the store into the signature event: one event, two mentions.
    assert_eq!(s.total_events, 5);
    assert_eq!(ds.event(s.points[0].event_ids[0]).unwrap().mentions.len(), 2);
    assert_eq!(s.points[3].cooperation, 2);
    assert_eq!(s.points[5].conflict, 1);
    // The hypothetical troop deployment counts only when asked for.
    let all = dyad_series(&ds, "RUS", "PRK", &SeriesOptions { all_factualities: true, ..Default::default() });
    assert_eq!(all.points[3].events, 3);
    assert_eq!(all.points[3].quad, [2, 0, 0, 1]);
    // Directed: North Korea towards Russia (symmetric events count both ways).
    let directed = dyad_series(&ds, "PRK", "RUS", &SeriesOptions { directed: true, ..Default::default() });
    let counts: Vec<u64> = directed.points.iter().map(|p| p.events).collect();
    assert_eq!(counts, vec![1, 1, 0, 2, 0, 1]);
    // Weekly: 2024-06-19 and 2024-06-21 fall in ISO week 25.
    let weekly = dyad_series(&ds, "RUS", "PRK", &SeriesOptions { period: Period::Week, ..Default::default() });
    let w25 = weekly.points.iter().find(|p| p.period == "2024-W25").expect("week 25");
    assert_eq!(w25.events, 2);
    // An agent narrows the dyad: only RUSGOV's events.
    let gov = dyad_series(&ds, "RUSGOV", "PRK", &SeriesOptions::default());
    assert_eq!(gov.total_events, 1);
    // Unknown actors: an empty series, no panic.
    assert_eq!(dyad_series(&ds, "FRA", "PRK", &SeriesOptions::default()).total_events, 0);
}

#[test]
fn english_pact_with_its_obligation_and_the_network() {
    let store = common::store_of(&articles());
    let ds = common::dataset(&store);
    let treaties = detect_treaties(&ds, &Cues::builtin());
    let pact = treaties.iter().find(|t| t.name == "defence pact").expect("the defence pact");
    assert_eq!(pact.date.as_deref(), Some("2024-06-19"));
    assert_eq!(pact.obligations.len(), 1, "{pact:#?}");
    let o = &pact.obligations[0];
    assert!(o.mutual, "{o:?}");
    assert_eq!(o.action, "provide military assistance");
    assert_eq!(o.trigger.as_deref(), Some("in the event of armed aggression against either of them"));
    assert_eq!(o.action_cameo.as_deref(), Some("072"));
    assert_eq!(o.trigger_cameo.as_deref(), Some("19"));
    let net = actor_network(&ds, &NetworkOptions::default());
    let ids: Vec<&str> = net.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["PRK", "RUS"]);
    assert_eq!(net.nodes[0].weighted_degree, 5);
    let ties = net.strongest_ties("RUS", 5);
    assert_eq!(ties[0].actor, "PRK");
    assert_eq!(ties[0].events, 5);
    let gml = net.to_graphml();
    assert!(gml.contains("<node id=\"RUS\">") && gml.contains("edgedefault=\"directed\""));
}

#[test]
fn later_events_ratify_breach_and_fulfil_the_pact() {
    let mut all = articles();
    let links = include_str!("data/treaty_links.jsonl");
    all.extend(links.lines().map(|l| serde_json::from_str::<Article>(l).expect("article")));
    let store = common::store_of(&all);
    let ds = common::dataset(&store);
    let treaties = detect_treaties(&ds, &Cues::builtin());
    // The ratifications are coded as signatures (057) but are links, not new treaties.
    let names: Vec<&str> = treaties.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["trade agreement", "defence pact"]);
    let pact = &treaties[1];
    let roles: Vec<(&str, &str)> = pact.events.iter().map(|l| (l.role.as_str(), l.cite.article_id.as_str())).collect();
    assert_eq!(
        roles,
        [("sign", "t-2024-06"), ("breach", "l-2024-09a"), ("ratify", "l-2024-09b"), ("ratify", "l-2024-10"), ("fulfil", "l-2024-11")]
    );
    assert_eq!(treaties[0].events.len(), 1, "{:?}", treaties[0].events);
}
