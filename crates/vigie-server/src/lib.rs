//! `vigie serve`: the HTTP API and the web dashboard over one store. It owns
//! the routes, their query parameters and JSON shapes, the API key check,
//! body and page-size limits, the OpenAPI document (generated from the same
//! types the handlers use), the embedded dashboard files, and the way async
//! handlers reach the blocking SQLite store (a few reader connections and one
//! writer, see `pool`). Reading, filtering and folding events is the store's
//! business, analyses are `vigie-analysis`'s and coding is `vigie-coder`'s:
//! this crate parses requests into their public types and serialises what
//! they return; it builds no SQL and knows no language.

mod analysis;
mod api;
mod assets;
mod cache;
mod error;
pub mod ingest;
pub mod openapi;
mod pool;
mod write;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use vigie_coder::Coder;
use vigie_lexicon::Lexicon;

pub use assets::embedded_paths;
pub use error::{ApiError, ErrorCode};

/// The largest request body accepted (an article batch, a page or a feed).
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// Events per page when the client does not say.
pub const DEFAULT_PAGE: u64 = 50;
/// The largest page a client may ask for.
pub const MAX_PAGE: u64 = 500;

/// Every API path the router serves and the OpenAPI document describes
/// (path parameters in braces); the tests hold the three together.
pub const API_PATHS: &[&str] = &[
    "/api/health",
    "/api/events",
    "/api/events/{id}",
    "/api/actors",
    "/api/places",
    "/api/dyad",
    "/api/network",
    "/api/treaties",
    "/api/signals",
    "/api/firsts",
    "/api/reactions",
    "/api/brief",
    "/api/articles",
    "/openapi.json",
];

/// How to run the server.
pub struct ServerConfig {
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// The key write requests must carry; `None` makes the server read-only.
    pub api_key: Option<String>,
    /// The lexicons articles posted to the API are coded with; needed only
    /// when writes are enabled.
    pub lexicon: Option<&'static Lexicon>,
    /// Read connections open at once (at least 1).
    pub readers: usize,
}

/// What every handler shares.
pub struct AppState {
    pub(crate) pool: Arc<pool::StorePool>,
    pub(crate) api_key: Option<String>,
    pub(crate) coder: Option<Coder<'static>>,
    pub(crate) cache: cache::Cache,
}

impl AppState {
    /// A state over the store at `db`. Without an API key the server is
    /// read-only and needs no lexicon; with one, writes code articles with
    /// `lexicon` (or are refused as an internal error if none was given).
    pub fn new(
        db: PathBuf,
        api_key: Option<String>,
        lexicon: Option<&'static Lexicon>,
        readers: usize,
    ) -> Arc<AppState> {
        let api_key = api_key.filter(|k| !k.is_empty());
        let coder = if api_key.is_some() {
            lexicon.map(Coder::new)
        } else {
            None
        };
        Arc::new(AppState {
            pool: Arc::new(pool::StorePool::new(db, readers)),
            api_key,
            coder,
            cache: cache::Cache::default(),
        })
    }

    pub fn read_only(&self) -> bool {
        self.api_key.is_none()
    }
}

/// Every route of the API and the dashboard. The paths listed here are the
/// ones `openapi::ApiDoc` documents (a test checks they agree).
pub fn router(state: Arc<AppState>) -> Router {
    let writes = Router::new()
        .route("/api/articles", post(write::post_articles))
        .route_layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            write::require_key,
        ));
    Router::new()
        .route("/api/health", get(api::health))
        .route("/api/events", get(api::list_events))
        .route("/api/events/{id}", get(api::event_detail))
        .route("/api/actors", get(api::actors))
        .route("/api/places", get(api::places))
        .route("/api/dyad", get(analysis::dyad))
        .route("/api/network", get(analysis::network))
        .route("/api/treaties", get(analysis::treaties))
        .route("/api/signals", get(analysis::signals))
        .route("/api/firsts", get(analysis::firsts))
        .route("/api/reactions", get(analysis::reactions))
        .route("/api/brief", get(analysis::brief))
        .route("/openapi.json", get(openapi::document))
        .merge(writes)
        .route("/", get(assets::index))
        .route("/assets/{*path}", get(assets::file))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

/// Serves until Ctrl-C (or SIGTERM), then lets requests in flight finish.
pub async fn serve(config: ServerConfig) -> std::io::Result<()> {
    let state = AppState::new(config.db, config.api_key, config.lexicon, config.readers);
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let bound = listener.local_addr()?;
    eprintln!(
        "vigie serve: http://{bound}/ ({}), API at /api, OpenAPI at /openapi.json",
        if state.read_only() {
            "read-only: no API key given"
        } else {
            "writes need the API key"
        }
    );
    tokio::spawn(api::warm_up(Arc::clone(&state)));
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    eprintln!("vigie serve: shutting down");
}
