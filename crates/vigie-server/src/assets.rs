//! The dashboard: the files of `assets/`, embedded in the binary at compile
//! time so that `vigie serve` needs nothing beside it and fetches nothing.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use include_dir::{include_dir, Dir};

use crate::error::ApiError;

static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// The content type a file's extension announces.
fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" | "md" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn respond(path: &str, bytes: &'static [u8]) -> Response {
    let mut resp = bytes.into_response();
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    // The files change only with the binary; revalidation keeps a new
    // release from being hidden behind a stale cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    resp
}

pub async fn index() -> Response {
    match ASSETS.get_file("index.html") {
        Some(f) => respond("index.html", f.contents()),
        None => (StatusCode::NOT_FOUND, "this build has no dashboard").into_response(),
    }
}

pub async fn file(Path(path): Path<String>) -> Response {
    // include_dir's lookup is a plain key match over the embedded tree, so a
    // `..` cannot leave it; refuse such paths anyway for a clear answer.
    if path.split('/').any(|part| part == ".." || part.is_empty()) {
        return ApiError::bad_request(format!("/assets/{path}: not a file path")).into_response();
    }
    match ASSETS.get_file(&path) {
        Some(f) => respond(&path, f.contents()),
        None => ApiError::not_found(format!("/assets/{path}: no such file")).into_response(),
    }
}

/// Every embedded file's path (for tests and the OpenAPI description).
pub fn embedded_paths() -> Vec<String> {
    fn walk(dir: &Dir<'static>, out: &mut Vec<String>) {
        for f in dir.files() {
            out.push(f.path().to_string_lossy().replace('\\', "/"));
        }
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    let mut out = Vec::new();
    walk(&ASSETS, &mut out);
    out.sort();
    out
}
