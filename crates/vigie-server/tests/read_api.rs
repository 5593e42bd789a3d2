//! The read endpoints on a store built from the founding article and Le
//! Monde articles and feed: listing with filters and cursors, search, an
//! event with its mentions and spans, dyad series and the brief (checked
//! against `vigie-analysis` run on the whole store), clear 400s and 404s.

mod common;

use std::collections::HashSet;

use common::*;
use serde_json::Value;
use vigie_analysis::{
    ActorNames, BriefFormat, BriefOptions, Cues, Dataset, Lang, Period, Scope, SeriesOptions,
};
use vigie_store::{EventFilter, Store};

/// Follows `next_cursor` from the first page to the last; returns the ids in order.
async fn page_through(app: &axum::Router, query: &str, limit: u64) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..10_000 {
        let mut uri = format!("/api/events?limit={limit}{query}");
        if let Some(c) = &cursor {
            uri.push_str(&format!("&cursor={}", enc(c)));
        }
        let r = get(app, &uri).await;
        assert_eq!(r.status, 200, "{uri}: {}", r.text());
        let page = r.json();
        let events = page["events"].as_array().expect("events");
        assert!(events.len() as u64 <= limit);
        ids.extend(events.iter().map(|e| e["id"].as_i64().expect("id")));
        match page["next_cursor"].as_str() {
            Some(c) => {
                assert_eq!(events.len() as u64, limit, "a page before the last is full");
                cursor = Some(c.to_string());
            }
            None => return ids,
        }
    }
    panic!("the cursor never ends");
}

fn store_ids(filter: &EventFilter) -> Vec<i64> {
    let store = Store::open(corpus_store()).expect("store");
    store
        .events(filter)
        .expect("events")
        .into_iter()
        .map(|e| e.id)
        .collect()
}

#[tokio::test]
async fn cursor_pages_list_every_event_once_in_order() {
    let app = app(corpus_store(), None);
    let all = store_ids(&EventFilter::default());
    assert!(
        all.len() > 20,
        "the corpus store has events ({})",
        all.len()
    );
    for limit in [1, 7, 50] {
        let paged = page_through(&app, "", limit).await;
        assert_eq!(paged, all, "limit {limit}");
        assert_eq!(
            paged.iter().collect::<HashSet<_>>().len(),
            paged.len(),
            "no event twice"
        );
    }
    // With filters: the same events as the store selects, in the same order.
    let filter = EventFilter {
        actor: Some("RUS".into()),
        ..Default::default()
    };
    let rus = store_ids(&filter);
    assert!(!rus.is_empty());
    assert_eq!(page_through(&app, "&actor=RUS", 2).await, rus);
    let filter = EventFilter {
        quad_class: Some(1),
        factuality: Some(vigie_model::Factuality::Asserted),
        ..Default::default()
    };
    assert_eq!(
        page_through(&app, "&quad=1&factuality=asserted&cameo=&place=", 3).await,
        store_ids(&filter)
    );
}

#[tokio::test]
async fn default_page_is_fifty_and_health_counts_the_store() {
    let app = app(corpus_store(), None);
    let r = get(&app, "/api/events").await;
    let page = r.json();
    let n = page["events"].as_array().unwrap().len();
    let total = store_ids(&EventFilter::default()).len();
    assert_eq!(n, total.min(50));
    assert_eq!(page["next_cursor"].is_string(), total > 50);
    let h = get(&app, "/api/health").await.json();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["read_only"], true);
    assert_eq!(h["counts"]["events"].as_u64().unwrap() as usize, total);
}

#[tokio::test]
async fn donetsk_finds_the_planned_deployment_with_its_evidence_and_spans() {
    let app = app(corpus_store(), None);
    let r = get(&app, "/api/events?q=Donetsk").await;
    assert_eq!(r.status, 200);
    let events = r.json()["events"].as_array().unwrap().clone();
    let planned: Vec<&Value> = events
        .iter()
        .filter(|e| e["factuality"] == "planned")
        .collect();
    assert!(
        !planned.is_empty(),
        "a planned event is found by Donetsk: {events:?}"
    );
    let ev = planned[0];
    assert!(ev["evidence"].as_str().unwrap().contains("Donetsk"));
    assert_eq!(ev["location"]["country"], "UKR");

    let id = ev["id"].as_i64().unwrap();
    let d = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(d.status, 200);
    let d = d.json();
    assert_eq!(d["event"]["id"], id);
    let mentions = d["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    let article = std::fs::read_to_string(seed_path()).unwrap();
    let chars: Vec<char> = article.chars().collect();
    for m in mentions {
        let mention = &m["mention"];
        let spans = &mention["spans"];
        let span = |k: &str| -> Option<(usize, usize)> {
            spans[k].as_array().map(|a| {
                (
                    a[0].as_u64().unwrap() as usize,
                    a[1].as_u64().unwrap() as usize,
                )
            })
        };
        let (s0, s1) = span("sentence").unwrap();
        let sentence: Vec<char> = mention["sentence"].as_str().unwrap().chars().collect();
        // Spans count code points of the article text; the sentence is that slice.
        assert_eq!(
            chars[s0..s1].iter().collect::<String>(),
            sentence.iter().collect::<String>()
        );
        let (v0, v1) = span("verb").unwrap();
        assert!(s0 <= v0 && v1 <= s1 && v0 < v1);
        let verb: String = sentence[v0 - s0..v1 - s0].iter().collect();
        assert_eq!(
            verb,
            chars[v0..v1].iter().collect::<String>(),
            "the sentence-relative highlight is the article's span"
        );
        assert!(
            verb.chars().next().is_some_and(char::is_alphabetic),
            "the verb highlight starts on a word: {verb:?}"
        );
        if let Some((a0, a1)) = span("source") {
            let source: String = sentence[a0 - s0..a1 - s0].iter().collect();
            assert_eq!(Some(source.as_str()), mention["source_text"].as_str());
        }
        assert_eq!(
            m["article"]["external_id"].as_str().unwrap(),
            seed_path().display().to_string()
        );
    }
}

#[tokio::test]
async fn bad_parameters_are_clear_json_errors() {
    let app = app(corpus_store(), None);
    for (uri, status, code) in [
        ("/api/events?limit=501", 400, "bad_request"),
        ("/api/events?limit=0", 400, "bad_request"),
        ("/api/events?limit=ten", 400, "bad_request"),
        ("/api/events?cursor=not-a-cursor", 400, "bad_request"),
        ("/api/events?cursor=12", 400, "bad_request"),
        ("/api/events?quad=5", 400, "bad_request"),
        ("/api/events?factuality=maybe", 400, "bad_request"),
        ("/api/events?from=yesterday", 400, "bad_request"),
        ("/api/events?cameo=4x", 400, "bad_request"),
        ("/api/events/abc", 400, "bad_request"),
        ("/api/events/99999999", 404, "not_found"),
        ("/api/dyad?a=RUS", 400, "bad_request"),
        ("/api/dyad?a=RUS&b=P1&period=day", 400, "bad_request"),
        ("/api/dyad?a=RUS&b=PRK&period=year", 400, "bad_request"),
        ("/api/brief?actors=RUS", 400, "bad_request"),
        ("/api/brief?actors=RUS,PRK&format=pdf", 400, "bad_request"),
        ("/api/brief?actors=RUS,PRK&lang=de", 400, "bad_request"),
        ("/api/reactions", 400, "bad_request"),
        ("/api/reactions?event=99999999", 404, "not_found"),
        ("/api/signals?actors=A,B,C", 400, "bad_request"),
        ("/api/nothing-here", 404, "not_found"),
        ("/assets/no-such-file.js", 404, "not_found"),
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status.as_u16(), status, "{uri}: {}", r.text());
        assert!(r.content_type.starts_with("application/json"), "{uri}");
        assert_eq!(r.error_code(), code, "{uri}");
        assert!(!r.json()["error"]["message"].as_str().unwrap().is_empty());
    }
    // A query that tries FTS syntax or SQL is searched as words, not run.
    let r = get(
        &app,
        &format!("/api/events?q={}", enc("\" OR 1=1; DROP TABLE events; --")),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["events"].as_array().unwrap().len(), 0);
    let r = get(
        &app,
        &format!("/api/events?actor={}", enc("RUS' OR '1'='1")),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["events"].as_array().unwrap().len(), 0);
}

fn whole_dataset() -> Dataset {
    let store = Store::open(corpus_store()).expect("store");
    Dataset::load(&store, None).expect("dataset")
}

#[tokio::test]
async fn dyad_series_is_the_analysis_of_the_whole_store() {
    let app = app(corpus_store(), None);
    let ds = whole_dataset();
    for (query, period, all, directed) in [
        (
            "a=RUS&b=PRK&all_factualities=true",
            Period::Month,
            true,
            false,
        ),
        ("a=RUS&b=PRK", Period::Month, false, false),
        (
            "a=PRK&b=RUS&period=week&directed=true&all_factualities=1",
            Period::Week,
            true,
            true,
        ),
        ("a=rusgov&b=PRKGOV&period=day", Period::Day, false, false),
    ] {
        let r = get(&app, &format!("/api/dyad?{query}")).await;
        assert_eq!(r.status, 200, "{query}: {}", r.text());
        let got = r.json();
        let (a, b) = (
            got["a"].as_str().unwrap().to_string(),
            got["b"].as_str().unwrap().to_string(),
        );
        let opts = SeriesOptions {
            period,
            all_factualities: all,
            directed,
            from: None,
            to: None,
        };
        let want = serde_json::to_value(vigie_analysis::dyad_series(&ds, &a, &b, &opts)).unwrap();
        assert_eq!(got, want, "{query}");
    }
    let r = get(&app, "/api/dyad?a=RUS&b=PRK&all_factualities=true")
        .await
        .json();
    assert!(
        r["total_events"].as_u64().unwrap() >= 1,
        "the founding article links Russia and North Korea"
    );
    let counted: u64 = r["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["events"].as_u64().unwrap())
        .sum();
    assert!(counted >= 1, "the chart has data: {r}");
}

#[tokio::test]
async fn brief_in_markdown_html_and_json_is_the_analysis_brief() {
    let app = app(corpus_store(), None);
    // What `vigie brief --actors RUS,PRK` reads and writes with.
    let store = Store::open(corpus_store()).unwrap();
    let ds = Dataset::load_scope(&store, &Scope::brief("RUS", "PRK", None)).unwrap();
    let cues = Cues::builtin().with_names(
        ActorNames::builtin().with_lexicon_files(vigie_lexicon::EMBEDDED.iter().copied()),
    );
    for (lang, l) in [("fr", Lang::Fr), ("en", Lang::En)] {
        let md = get(
            &app,
            &format!("/api/brief?actors=RUS,PRK&lang={lang}&format=md"),
        )
        .await;
        assert_eq!(md.status, 200, "{}", md.text());
        assert!(md.content_type.starts_with("text/markdown"));
        let opts = BriefOptions {
            a: "RUS".into(),
            b: "PRK".into(),
            since: None,
            lang: l,
            format: BriefFormat::Markdown,
        };
        assert_eq!(
            md.text(),
            vigie_analysis::write_brief(&ds, &cues, &opts).unwrap()
        );

        let html = get(
            &app,
            &format!("/api/brief?actors=RUS,PRK&lang={lang}&format=html"),
        )
        .await;
        assert_eq!(html.status, 200);
        assert!(html.content_type.starts_with("text/html"));
        let opts = BriefOptions {
            format: BriefFormat::Html,
            ..opts
        };
        assert_eq!(
            html.text(),
            vigie_analysis::write_brief(&ds, &cues, &opts).unwrap()
        );
        assert!(
            html.text().contains("<svg"),
            "the HTML brief charts the dyad"
        );

        let json = get(
            &app,
            &format!("/api/brief?actors=RUS,PRK&lang={lang}&format=json"),
        )
        .await;
        assert_eq!(json.status, 200);
        assert!(json.content_type.starts_with("application/json"));
        let j = json.json();
        assert!(!j["sections"].as_array().unwrap().is_empty());
        assert!(
            !j["evidence"].as_array().unwrap().is_empty(),
            "every statement is cited"
        );
    }
}

#[tokio::test]
async fn actors_places_network_treaties_and_friends_answer_from_the_store() {
    let app = app(corpus_store(), None);
    let store = Store::open(corpus_store()).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();

    let actors = get(&app, "/api/actors?limit=1000").await.json();
    let list = actors["actors"].as_array().unwrap();
    let n_of = |code: &str| {
        events
            .iter()
            .filter(|e| e.source.as_deref() == Some(code) || e.target.as_deref() == Some(code))
            .count() as u64
    };
    for a in list {
        assert_eq!(
            a["events"].as_u64().unwrap(),
            n_of(a["code"].as_str().unwrap()),
            "{a}"
        );
    }
    let counts: Vec<u64> = list.iter().map(|a| a["events"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most active first");
    let rus = get(&app, "/api/actors?q=rus").await.json();
    assert!(rus["actors"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["code"].as_str().unwrap().contains("RUS")));

    let places = get(&app, "/api/places").await.json();
    let located: u64 = places["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["events"].as_u64().unwrap())
        .sum();
    assert_eq!(
        located + places["unlocated_events"].as_u64().unwrap(),
        events.len() as u64
    );
    // Filtered by a country: exactly its located events, on its places.
    let country = events
        .iter()
        .find_map(|e| e.location.as_ref().map(|l| l.country.clone()))
        .expect("a located event");
    let within = get(&app, &format!("/api/places?place={country}"))
        .await
        .json();
    assert!(within["places"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["country"] == country.as_str()));
    let in_country = events
        .iter()
        .filter(|e| e.location.as_ref().is_some_and(|l| l.country == country))
        .count() as u64;
    let listed: u64 = within["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["events"].as_u64().unwrap())
        .sum();
    assert_eq!(
        listed, in_country,
        "every event located in {country} is on the map"
    );

    let ds = whole_dataset();
    let net = get(&app, "/api/network").await.json();
    let want =
        serde_json::to_value(vigie_analysis::actor_network(&ds, &Default::default())).unwrap();
    assert_eq!(net, want);
    let strong = get(&app, "/api/network?min_weight=2").await.json();
    assert!(strong["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["events"].as_u64().unwrap() >= 2));

    let treaties = get(&app, "/api/treaties").await.json();
    let list = treaties["treaties"].as_array().unwrap();
    assert!(
        !list.is_empty(),
        "the founding article's partnership treaty"
    );
    assert!(list.iter().any(|t| t["parties"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p.as_str().unwrap().starts_with("PRK"))));

    for uri in [
        "/api/signals",
        "/api/signals?actors=RUS,PRK",
        "/api/firsts",
        "/api/treaties?since=2024",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, 200, "{uri}: {}", r.text());
    }
    let first_id = events[0].id;
    let r = get(&app, &format!("/api/reactions?event={first_id}")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["event"], first_id);
}

#[tokio::test]
async fn the_dashboard_is_served_from_the_binary() {
    let app = app(corpus_store(), None);
    let r = get(&app, "/").await;
    assert_eq!(r.status, 200);
    assert!(r.content_type.starts_with("text/html"));
    assert!(r.text().to_ascii_lowercase().contains("<html"));
    let files = vigie_server::embedded_paths();
    assert!(files.contains(&"index.html".to_string()));
    for f in &files {
        let r = get(&app, &format!("/assets/{f}")).await;
        assert_eq!(r.status, 200, "{f}");
        let on_disk = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets")
                .join(f),
        )
        .unwrap();
        assert_eq!(r.body, on_disk, "{f} is served as it is in assets/");
        if f.ends_with(".js") {
            assert!(
                r.content_type.starts_with("text/javascript"),
                "{f}: {}",
                r.content_type
            );
        } else if f.ends_with(".css") {
            assert!(r.content_type.starts_with("text/css"));
        } else if f.ends_with(".json") {
            assert!(r.content_type.starts_with("application/json"));
        }
    }
    let r = get(&app, "/assets/../Cargo.toml").await;
    assert_ne!(r.status, 200);
}
