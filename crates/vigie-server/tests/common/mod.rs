//! A store built from real articles (the founding article, Le Monde
//! articles and a Le Monde RSS feed from ../shared/corpus), and helpers to
//! send requests to the router in process.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use vigie_coder::Coder;
use vigie_lexicon::Lexicon;
use vigie_server::{router, AppState};
use vigie_store::Store;

pub const KEY: &str = "test-key-0123456789";

pub fn shared() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"))
}

pub fn seed_path() -> PathBuf {
    shared().join("seed/000_be29029dfbfb3d28.txt")
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::embedded().expect("the built-in lexicons load"))
}

/// A fresh, empty folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "vigie-server-test-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Codes and stores every article of the inputs, as `vigie ingest` does.
pub fn ingest(db: &Path, inputs: &[PathBuf]) {
    let coder = Coder::new(lexicon());
    let mut store = Store::open(db).expect("store opens");
    for input in inputs {
        let mut batch = Vec::new();
        for item in vigie_ingest::open(&input.display().to_string()) {
            let article = item.expect("corpus inputs read");
            if let Ok(coded) = vigie_server::ingest::code_article(&coder, &article) {
                batch.push((article, coded));
            }
        }
        vigie_server::ingest::store_coded(&mut store, &batch).expect("batch stored");
    }
}

/// The corpus store, built once per test binary; tests that write copy it.
pub fn corpus_store() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let db = scratch("corpus").join("vigie.db");
        let feeds = shared().join("corpus/feeds/lemonde");
        let mut inputs = vec![
            seed_path(),
            shared().join("corpus/fr/misc_lemonde_fr.jsonl"),
        ];
        let mut xml: Vec<PathBuf> = std::fs::read_dir(&feeds)
            .expect("feeds")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "xml"))
            .collect();
        xml.sort();
        inputs.extend(xml);
        ingest(&db, &inputs);
        db
    })
}

/// A copy of the corpus store a test may write to.
pub fn corpus_copy(name: &str) -> PathBuf {
    let src = corpus_store();
    let db = scratch(name).join("vigie.db");
    // The builder's connection is closed: the WAL is checkpointed into the file.
    std::fs::copy(src, &db).expect("copy of the corpus store");
    db
}

pub fn app(db: &Path, key: Option<&str>) -> axum::Router {
    router(AppState::new(
        db.to_path_buf(),
        key.map(str::to_string),
        Some(lexicon()),
        2,
    ))
}

pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The `error.code` of a JSON error body.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("not an error body: {}", self.text()))
            .to_string()
    }
}

pub async fn send(app: &axum::Router, req: Request<Body>) -> Reply {
    let resp = app.clone().oneshot(req).await.expect("the router answers");
    let status = resp.status();
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = resp
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        content_type,
        body,
    }
}

pub async fn get(app: &axum::Router, uri: &str) -> Reply {
    send(
        app,
        Request::get(uri).body(Body::empty()).expect("a request"),
    )
    .await
}

pub async fn post(
    app: &axum::Router,
    uri: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    body: impl Into<Body>,
) -> Reply {
    let mut req = Request::post(uri).header("content-type", content_type);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    send(app, req.body(body.into()).expect("a request")).await
}

/// Percent-encodes a query value.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
