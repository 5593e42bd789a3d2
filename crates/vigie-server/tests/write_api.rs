//! `POST /api/articles`: read-only without a key, 401 with a wrong one;
//! with the right one an article is coded, stored, searchable at once, and
//! posting it again changes nothing. Bodies over the limit are refused.

mod common;

use common::*;

const ARTICLE: &str = r#"{"id": "test/vladivostok", "date": "2025-03-12", "lang": "fr", "title": "Rencontre à Vladivostok",
 "text": "Vladimir Poutine a rencontré Kim Jong Un à Vladivostok le 12 mars 2025. Les deux dirigeants ont signé un accord de coopération économique."}"#;

#[tokio::test]
async fn without_a_key_the_server_is_read_only() {
    let db = corpus_copy("read-only");
    let app = app(&db, None);
    for headers in [vec![], vec![("authorization", "Bearer anything-at-all")]] {
        let r = post(&app, "/api/articles", "application/json", &headers, ARTICLE).await;
        assert_eq!(r.status, 403, "{}", r.text());
        assert_eq!(r.error_code(), "read_only");
    }
    assert_eq!(get(&app, "/api/health").await.json()["read_only"], true);
}

#[tokio::test]
async fn a_wrong_or_missing_key_is_unauthorized() {
    let db = corpus_copy("wrong-key");
    let app = app(&db, Some(KEY));
    for headers in [
        vec![],
        vec![("authorization", "Bearer not-the-key")],
        vec![("x-api-key", "not-the-key")],
        vec![("authorization", "Basic dGVzdDp0ZXN0")],
        vec![("x-api-key", &KEY[..KEY.len() - 1])],
    ] {
        let r = post(&app, "/api/articles", "application/json", &headers, ARTICLE).await;
        assert_eq!(r.status, 401, "{headers:?}: {}", r.text());
        assert_eq!(r.error_code(), "unauthorized");
    }
    let search = get(&app, "/api/events?q=Vladivostok").await.json();
    assert!(
        search["events"].as_array().unwrap().is_empty(),
        "nothing was stored"
    );
}

#[tokio::test]
async fn the_right_key_stores_an_article_that_is_searchable_after_and_once() {
    let db = corpus_copy("right-key");
    let app = app(&db, Some(KEY));
    assert_eq!(get(&app, "/api/health").await.json()["read_only"], false);
    let before = get(&app, "/api/events?q=Vladivostok").await.json();
    assert!(before["events"].as_array().unwrap().is_empty());
    let events_before = get(&app, "/api/health").await.json()["counts"]["events"]
        .as_u64()
        .unwrap();

    let bearer = format!("Bearer {KEY}");
    let r = post(
        &app,
        "/api/articles",
        "application/json",
        &[("authorization", &bearer)],
        ARTICLE,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let report = r.json();
    assert_eq!(report["articles_added"], 1);
    assert_eq!(report["duplicates"], 0);
    assert!(report["mentions"].as_u64().unwrap() >= 1, "{report}");
    assert!(report["events_new"].as_u64().unwrap() >= 1);

    let after = get(&app, "/api/events?q=Vladivostok").await.json();
    let found = after["events"].as_array().unwrap();
    assert!(
        !found.is_empty(),
        "the posted article's events are searchable"
    );
    assert!(found.iter().all(|e| e["article_id"] == "test/vladivostok"));
    let health = get(&app, "/api/health").await.json();
    let events_after = health["counts"]["events"].as_u64().unwrap();
    assert_eq!(
        events_after,
        events_before + report["events_new"].as_u64().unwrap()
    );

    // Again, with the other header and as an array: a duplicate, nothing changes.
    let r = post(
        &app,
        "/api/articles",
        "application/json",
        &[("x-api-key", KEY)],
        format!("[{ARTICLE}]"),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let again = r.json();
    assert_eq!(again["articles_added"], 0);
    assert_eq!(again["duplicates"], 1);
    assert_eq!(again["mentions"], 0);
    assert_eq!(again["events_new"], 0);
    assert_eq!(
        get(&app, "/api/health").await.json()["counts"],
        health["counts"]
    );
}

#[tokio::test]
async fn pages_feeds_text_and_bad_records_are_read_like_vigie_ingest() {
    let db = scratch("formats").join("vigie.db");
    let app = app(&db, Some(KEY));
    let auth = [("x-api-key", KEY)];

    // A feed: every item is an article (the links are never fetched).
    let feed_dir = shared().join("corpus/feeds/lemonde");
    let feed = std::fs::read_dir(&feed_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "xml"))
        .unwrap();
    let xml = std::fs::read(&feed).unwrap();
    let items = vigie_ingest::open(&feed.display().to_string())
        .filter(|a| a.is_ok())
        .count();
    let r = post(&app, "/api/articles", "application/rss+xml", &auth, xml).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let rep = r.json();
    let used = rep["articles_added"].as_u64().unwrap() + rep["duplicates"].as_u64().unwrap();
    assert_eq!(
        used as usize + rep["skipped"].as_array().unwrap().len(),
        items,
        "{rep}"
    );

    // Plain text, named by ?id=.
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    let r = post(
        &app,
        "/api/articles?id=seed-by-api",
        "text/plain; charset=utf-8",
        &auth,
        seed.clone(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["articles_added"], 1);
    let donetsk = get(&app, "/api/events?q=Donetsk").await.json();
    assert!(donetsk["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["article_id"] == "seed-by-api"));

    // An HTML page: its main text is stored, the furniture is not.
    let html = "<!doctype html><html><head><title>Lavrov à Pékin</title></head><body><nav>Accueil | Monde | Sports</nav>\
        <article><h1>Lavrov à Pékin</h1><p>Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré son homologue \
        chinois Wang Yi à Pékin le 8 avril 2024.</p><p>Les deux ministres ont discuté de la guerre en Ukraine et de la \
        situation dans la péninsule coréenne, selon un communiqué publié mardi.</p></article></body></html>";
    let r = post(&app, "/api/articles?id=page", "text/html", &auth, html).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["articles_added"], 1);
    let found = get(&app, "/api/events?q=Wang%20Yi").await.json();
    assert!(
        !found["events"].as_array().unwrap().is_empty(),
        "the page's events are stored: {found}"
    );

    // A batch with a bad record: the good one is stored, the bad one listed.
    let body = r#"[{"id": "ok-1", "text": "Le président français Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mai 2024."}, {"text": "no id"}]"#;
    let r = post(&app, "/api/articles", "application/json", &auth, body).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let rep = r.json();
    assert_eq!(rep["articles_added"], 1);
    assert_eq!(rep["skipped"].as_array().unwrap().len(), 1);

    for (ct, body, status, code) in [
        ("application/json", "{not json", 400, "bad_request"),
        ("application/json", "[]", 400, "bad_request"),
        ("application/json", "   ", 400, "bad_request"),
        ("application/json", r#"{"id": "x"}"#, 400, "bad_request"),
        ("image/png", "\u{89}PNG", 415, "unsupported_media_type"),
    ] {
        let r = post(&app, "/api/articles", ct, &auth, body).await;
        assert_eq!(r.status.as_u16(), status, "{ct} {body}: {}", r.text());
        assert_eq!(r.error_code(), code);
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let db = scratch("too-big").join("vigie.db");
    let app = app(&db, Some(KEY));
    let big = "a".repeat(vigie_server::MAX_BODY_BYTES + 1);
    let r = post(
        &app,
        "/api/articles?id=big",
        "text/plain",
        &[("x-api-key", KEY)],
        big.clone(),
    )
    .await;
    assert_eq!(r.status, 413, "{}", r.text());
    assert_eq!(r.error_code(), "payload_too_large");
    // The key is checked first: a stranger's large body is not read.
    let r = post(&app, "/api/articles?id=big", "text/plain", &[], big).await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn the_real_server_answers_on_a_loopback_port() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = app(corpus_store(), None);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    conn.write_all(
        b"GET /api/events?limit=5 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    let mut raw = Vec::new();
    conn.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    let body = &text[text.find("\r\n\r\n").unwrap() + 4..];
    let page: serde_json::Value = serde_json::from_str(body).expect("a JSON page");
    let ids: Vec<i64> = page["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    let store = vigie_store::Store::open(corpus_store()).unwrap();
    let want: Vec<i64> = store
        .events(&vigie_store::EventFilter {
            limit: Some(5),
            ..Default::default()
        })
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(ids, want);
    server.abort();
}

#[tokio::test]
async fn cached_answers_follow_writes_by_another_process() {
    let db = corpus_copy("outside-write");
    let app = app(&db, None);
    let before = get(&app, "/api/health").await.json();
    let actors_before = get(&app, "/api/actors?q=FRA").await.json();
    let dyad = "/api/dyad?a=FRA&b=DEU&all_factualities=true";
    let dyad_before = get(&app, dyad).await.json();
    assert_eq!(get(&app, dyad).await.json(), dyad_before);
    assert_eq!(
        get(&app, "/api/health").await.json(),
        before,
        "a cached answer is the same answer"
    );

    // Another writer (as `vigie ingest` running beside the server).
    let dir = scratch("outside-article");
    let file = dir.join("macron-berlin.jsonl");
    std::fs::write(
        &file,
        r#"{"id": "outside-1", "lang": "fr", "date": "2024-05-03", "text": "Le président français Emmanuel Macron a rencontré le chancelier allemand Olaf Scholz à Berlin le 3 mai 2024."}"#,
    )
    .unwrap();
    ingest(&db, &[file]);

    let after = get(&app, "/api/health").await.json();
    assert_eq!(
        after["counts"]["articles"].as_u64().unwrap(),
        before["counts"]["articles"].as_u64().unwrap() + 1
    );
    assert!(
        after["counts"]["events"].as_u64().unwrap() > before["counts"]["events"].as_u64().unwrap()
    );
    let fra = |v: &serde_json::Value| -> u64 {
        v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["events"].as_u64().unwrap())
            .sum()
    };
    assert!(
        fra(&get(&app, "/api/actors?q=FRA").await.json()) > fra(&actors_before),
        "the actor counts were recomputed"
    );
    let dyad_after = get(&app, dyad).await.json();
    assert!(
        dyad_after["total_events"].as_u64().unwrap() > dyad_before["total_events"].as_u64().unwrap(),
        "the dyad series was recomputed: {dyad_after}"
    );
}
