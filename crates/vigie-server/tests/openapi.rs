//! `/openapi.json`: valid JSON (OpenAPI 3.1), documents exactly the routes
//! the router serves (each documented path answers something other than
//! 404), and its schemas have the fields the server actually sends.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

async fn document(app: &axum::Router) -> Value {
    let r = get(app, "/openapi.json").await;
    assert_eq!(r.status, 200);
    assert!(r.content_type.starts_with("application/json"));
    r.json()
}

#[tokio::test]
async fn the_document_lists_every_route_and_every_route_is_served() {
    let app = app(corpus_store(), Some(KEY));
    let doc = document(&app).await;
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    let documented: BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let served: BTreeSet<String> = vigie_server::API_PATHS
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(documented, served);

    let event_id = vigie_store::Store::open(corpus_store())
        .unwrap()
        .events(&Default::default())
        .unwrap()[0]
        .id;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            // Fill the path parameter and every required query parameter with a real value.
            let mut uri = path.replace("{id}", &event_id.to_string());
            let mut query = Vec::new();
            for p in op["parameters"].as_array().into_iter().flatten() {
                if p["in"] == "query" && p["required"] == true {
                    query.push(format!("{}={event_id}", p["name"].as_str().unwrap()));
                }
            }
            if !query.is_empty() {
                uri = format!("{uri}?{}", query.join("&"));
            }
            let r = match method.as_str() {
                "get" => get(&app, &uri).await,
                "post" => post(&app, &uri, "application/json", &[("x-api-key", KEY)], "{}").await,
                other => panic!("undocumented method {other}"),
            };
            assert_ne!(
                r.status,
                404,
                "{method} {uri} is documented but not served: {}",
                r.text()
            );
            assert_ne!(r.status, 405, "{method} {uri}");
            let declared: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
            assert!(
                declared.iter().any(|s| s.as_str() == r.status.as_str()),
                "{method} {uri} answered {} not in {declared:?}",
                r.status
            );
        }
    }
    // A path outside the list is not served.
    assert_eq!(get(&app, "/api/not-a-route").await.status, 404);
}

/// The properties of a named schema of the document.
fn properties(doc: &Value, name: &str) -> BTreeSet<String> {
    doc["components"]["schemas"][name]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("schema {name} is in the document"))
        .keys()
        .cloned()
        .collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

#[tokio::test]
async fn the_schemas_have_the_fields_the_server_sends() {
    let app = app(corpus_store(), None);
    let doc = document(&app).await;
    let list = get(&app, "/api/events?limit=500").await.json();
    assert_eq!(keys(&list), properties(&doc, "EventList"));
    // An event with a place, so that every nested object is present.
    let event = list["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["location"].is_object())
        .expect("a located event");
    assert_eq!(keys(event), properties(&doc, "EventRecord"));
    assert_eq!(keys(&event["location"]), properties(&doc, "Location"));

    let detail = get(&app, &format!("/api/events/{}", event["id"]))
        .await
        .json();
    assert_eq!(keys(&detail), properties(&doc, "EventDetail"));
    let m = &detail["mentions"][0];
    assert_eq!(keys(m), properties(&doc, "StoredMention"));
    assert_eq!(keys(&m["article"]), properties(&doc, "ArticleInfo"));
    assert_eq!(keys(&m["mention"]), properties(&doc, "Mention"));
    assert_eq!(
        keys(&m["mention"]["spans"]),
        properties(&doc, "MentionSpans")
    );

    let dyad = get(&app, "/api/dyad?a=RUS&b=PRK&all_factualities=true")
        .await
        .json();
    assert_eq!(keys(&dyad), properties(&doc, "DyadSeries"));
    assert_eq!(keys(&dyad["points"][0]), properties(&doc, "DyadPoint"));

    let net = get(&app, "/api/network").await.json();
    assert_eq!(keys(&net), properties(&doc, "Network"));
    assert_eq!(keys(&net["nodes"][0]), properties(&doc, "NetworkNode"));
    assert_eq!(keys(&net["edges"][0]), properties(&doc, "NetworkEdge"));

    for (uri, schema) in [
        ("/api/health", "Health"),
        ("/api/actors", "ActorList"),
        ("/api/places", "PlaceList"),
        ("/api/treaties", "TreatyList"),
        ("/api/signals", "SignalList"),
        ("/api/firsts", "Firsts"),
        ("/api/brief?actors=RUS,PRK&format=json", "Brief"),
    ] {
        assert_eq!(
            keys(&get(&app, uri).await.json()),
            properties(&doc, schema),
            "{uri}"
        );
    }
    let health = get(&app, "/api/health").await.json();
    assert_eq!(keys(&health["counts"]), properties(&doc, "StoreCounts"));
    let err = get(&app, "/api/events?limit=0").await.json();
    assert_eq!(keys(&err), properties(&doc, "ErrorBody"));
    assert_eq!(keys(&err["error"]), properties(&doc, "ErrorDetail"));
}
