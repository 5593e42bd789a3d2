//! `POST /api/articles`: articles sent in the body are read by
//! `vigie-ingest` (JSON, JSON Lines, an HTML page, an RSS/Atom feed or plain
//! text — never fetched from a URL), coded, and stored as `vigie ingest`
//! stores them. Writes need the API key given at start-up; without one the
//! server is read-only.

use std::io::Cursor;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use vigie_ingest::Format;
use vigie_model::Article;

use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::ingest::{code_article, store_coded};
use crate::AppState;

/// Compares two keys in time independent of where they differ.
fn same_key(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = given.len() ^ expected.len();
    for (i, b) in expected.iter().enumerate() {
        diff |= (given.get(i).copied().unwrap_or(0) ^ b) as usize;
    }
    diff == 0
}

/// The key a request carries: `Authorization: Bearer KEY` or `X-API-Key: KEY`.
fn request_key(headers: &HeaderMap) -> Option<&str> {
    if let Some(v) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
        return Some(v.trim());
    }
    let auth = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, key) = auth.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| key.trim())
}

/// Refuses a write before its body is read: 403 on a read-only server, 401
/// without the right key.
pub async fn require_key(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(expected) = state.api_key.as_deref() else {
        return ApiError::new(
            ErrorCode::ReadOnly,
            "this server is read-only: start it with --api-key (or VIGIE_API_KEY) to accept writes",
        )
        .into_response();
    };
    match request_key(request.headers()) {
        Some(k) if same_key(k.as_bytes(), expected.as_bytes()) => next.run(request).await,
        given => {
            let message = if given.is_some() {
                "wrong API key"
            } else {
                "an API key is needed: Authorization: Bearer KEY or X-API-Key: KEY"
            };
            let mut resp = ApiError::new(ErrorCode::Unauthorized, message).into_response();
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            resp
        }
    }
}

/// One article as JSON (the same fields as a `vigie ingest` JSON Lines record).
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct ArticleIn {
    /// The article's id in its source; a URL or any unique string.
    id: String,
    text: String,
    /// Publication date, ISO 8601.
    date: Option<String>,
    /// ISO 639-1 (`fr`, `en`); detected when absent.
    lang: Option<String>,
    title: Option<String>,
    /// Where it was published (never fetched).
    url: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Skipped {
    /// The article id, or where in the body the bad record was.
    pub item: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IngestReport {
    /// New articles stored.
    pub articles_added: usize,
    /// Articles already in the store (same text, same URL or same normalised text), skipped.
    pub duplicates: usize,
    /// Event mentions stored.
    pub mentions: usize,
    /// Events created; the other mentions joined stored events.
    pub events_new: usize,
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArticleQuery {
    /// The article id for a plain-text body (default: derived from its content); ignored for JSON, pages and feeds, which carry their own.
    pub id: Option<String>,
}

/// What the body's content type says it is.
fn body_format(headers: &HeaderMap) -> Result<Option<Format>, ApiError> {
    let Some(ct) = headers.get(header::CONTENT_TYPE) else {
        return Ok(None);
    };
    let ct = ct
        .to_str()
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    Ok(match ct.as_str() {
        "application/json" => None,
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" | "application/x-jsonlines" => Some(Format::JsonLines),
        "text/html" | "application/xhtml+xml" => Some(Format::Html),
        "application/rss+xml" | "application/atom+xml" | "application/xml" | "text/xml" | "application/rdf+xml" => Some(Format::Feed),
        "text/plain" => Some(Format::PlainText),
        other => {
            return Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                format!("content type {other:?}: send application/json, application/x-ndjson, text/html, application/rss+xml, application/atom+xml or text/plain"),
            ))
        }
    })
}

/// The articles of a body (and what could not be read).
fn read_body(
    body: &[u8],
    headers: &HeaderMap,
    id: Option<String>,
) -> Result<(Vec<Article>, Vec<Skipped>), ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request("empty body: send an article"));
    }
    let declared = body_format(headers)?;
    let json_declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
    let (bytes, format): (Vec<u8>, Option<Format>) = if json_declared {
        // One article or an array of them: as JSON Lines, so that each is
        // checked exactly as `vigie ingest` checks a record.
        let value: serde_json::Value = serde_json::from_slice(body)
            .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
        let items = match value {
            serde_json::Value::Array(items) => items,
            other => vec![other],
        };
        if items.is_empty() {
            return Err(ApiError::bad_request("an empty array: no article to store"));
        }
        let mut lines = Vec::new();
        for item in items {
            let line = serde_json::to_vec(&item).map_err(|e| ApiError::internal(e.to_string()))?;
            lines.extend_from_slice(&line);
            lines.push(b'\n');
        }
        (lines, Some(Format::JsonLines))
    } else {
        (body.to_vec(), declared)
    };
    let name = id.unwrap_or_else(|| {
        format!(
            "api/{}",
            &vigie_store::content_hash(&String::from_utf8_lossy(body))[..16]
        )
    });
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for item in vigie_ingest::from_reader(&name, Box::new(Cursor::new(bytes)), format) {
        match item {
            Ok(a) => articles.push(a),
            Err(e) => skipped.push(Skipped {
                item: name.clone(),
                reason: e.to_string(),
            }),
        }
    }
    Ok((articles, skipped))
}

/// Codes and stores the articles of the body, as `vigie ingest` does; an article already stored is counted as a duplicate and changes nothing.
#[utoipa::path(post, path = "/api/articles", tag = "write", params(ArticleQuery),
    request_body(description = "One JSON article or an array of them; or JSON Lines, an HTML page, an RSS/Atom feed or plain text (never fetched from a URL). At most 8 MiB.",
        content((ArticleIn = "application/json"), (String = "application/x-ndjson"), (String = "text/html"),
                (String = "application/rss+xml"), (String = "application/atom+xml"), (String = "text/plain"))),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, body = IngestReport),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub async fn post_articles(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    query: Result<Query<ArticleQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<IngestReport>, ApiError> {
    let Query(q) = query?;
    let body = body.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!(
                    "the body is over the limit of {} bytes",
                    crate::MAX_BODY_BYTES
                ),
            )
        } else {
            ApiError::bad_request(r.body_text())
        }
    })?;
    if state.coder.is_none() {
        return Err(ApiError::internal(
            "this server was started without lexicons: it cannot code articles",
        ));
    }
    let id = given_id(q.id);
    // Reading and coding are CPU work: off the async threads.
    let worker = Arc::clone(&state);
    let (coded, mut skipped) = tokio::task::spawn_blocking(move || -> Result<_, ApiError> {
        let coder = worker
            .coder
            .as_ref()
            .ok_or_else(|| ApiError::internal("no coder"))?;
        let (articles, mut skipped) = read_body(&body, &headers, id)?;
        let mut coded = Vec::new();
        for article in articles {
            match code_article(coder, &article) {
                Ok(c) => coded.push((article, c)),
                Err(reason) => skipped.push(Skipped {
                    item: article.id.clone(),
                    reason,
                }),
            }
        }
        Ok((coded, skipped))
    })
    .await
    .map_err(|e| ApiError::internal(format!("coding failed: {e}")))??;
    if coded.is_empty() {
        let reasons: Vec<String> = skipped.iter().map(|s| s.reason.clone()).collect();
        return Err(ApiError::bad_request(format!(
            "no article could be used: {}",
            reasons.join("; ")
        )));
    }
    let report = state
        .pool
        .write(move |s| Ok(store_coded(s, &coded)?))
        .await?;
    skipped.shrink_to_fit();
    Ok(Json(IngestReport {
        articles_added: report.articles_stored,
        duplicates: report.articles_already_stored + report.articles_duplicate,
        mentions: report.mentions_stored,
        events_new: report.events_created,
        skipped,
    }))
}

fn given_id(id: Option<String>) -> Option<String> {
    id.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}
