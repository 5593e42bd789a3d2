//! `vigie serve` as a process: it refuses what it cannot serve, binds
//! loopback, answers on the port it was given (read-only without a key,
//! writable with `VIGIE_API_KEY`), and stops cleanly on SIGTERM.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn vigie() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigie"));
    c.env_remove("VIGIE_DB").env_remove("VIGIE_LEXICONS").env_remove("VIGIE_API_KEY");
    c
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-serve-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn seed() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt").to_string()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One HTTP/1.1 exchange; the status code and the body.
fn http(port: u16, method: &str, path: &str, headers: &str, body: &str) -> Option<(u16, String)> {
    let mut conn = TcpStream::connect(("127.0.0.1", port)).ok()?;
    conn.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(req.as_bytes()).ok()?;
    let mut raw = String::new();
    conn.read_to_string(&mut raw).ok()?;
    let status = raw.split(' ').nth(1)?.parse().ok()?;
    Some((status, raw.split_once("\r\n\r\n")?.1.to_string()))
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(db: &str, port: u16, key: Option<&str>) -> Server {
    let mut c = vigie();
    c.args(["serve", "--db", db, "--addr", &format!("127.0.0.1:{port}")]).stdout(Stdio::null()).stderr(Stdio::piped());
    if let Some(k) = key {
        c.env("VIGIE_API_KEY", k);
    }
    let server = Server(c.spawn().expect("vigie serve starts"));
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if let Some((200, _)) = http(port, "GET", "/api/health", "", "") {
            return server;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("vigie serve did not answer on port {port}");
}

#[test]
fn refuses_a_missing_store_and_a_short_key() {
    let dir = scratch("refuse");
    let missing = dir.join("none.db");
    let out = vigie().args(["serve", "--db"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store at"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!missing.exists(), "a read-only server creates nothing");

    let out = vigie().args(["serve", "--api-key", "short"]).arg("--db").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 12"));

    let out = vigie().args(["serve", "--addr", "not-an-address"]).arg("--db").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error");
}

#[test]
fn serves_the_store_read_only_then_with_a_key_and_stops_on_sigterm() {
    let dir = scratch("serve");
    let db = dir.join("vigie.db").display().to_string();
    let out = vigie().args(["ingest", "--db", &db, &seed()]).output().unwrap();
    assert!(out.status.success());

    let port = free_port();
    let mut server = start(&db, port, None);
    let (_, health) = http(port, "GET", "/api/health", "", "").unwrap();
    let health: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert_eq!(health["read_only"], true);
    assert!(health["counts"]["events"].as_u64().unwrap() > 0);
    let (status, page) = http(port, "GET", "/api/events?q=Donetsk", "", "").unwrap();
    assert_eq!(status, 200);
    assert!(page.contains("Donetsk"));
    let (status, _) = http(port, "POST", "/api/articles", "", r#"{"id":"x","text":"Kim Jong Un a rencontré Vladimir Poutine."}"#).unwrap();
    assert_eq!(status, 403);
    let (status, html) = http(port, "GET", "/", "", "").unwrap();
    assert_eq!(status, 200);
    assert!(html.to_ascii_lowercase().contains("<html"));

    // SIGTERM: requests in flight finish, the process exits 0.
    let pid = server.0.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let status = server.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let mut log = String::new();
    server.0.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(log.contains("127.0.0.1") && log.contains("shutting down"), "{log}");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "the port is closed");

    let port = free_port();
    let _server = start(&db, port, Some("a-test-key-of-some-length"));
    let body = r#"{"id":"serve-cli-1","lang":"fr","text":"Le président russe Vladimir Poutine a rencontré Kim Jong Un à Vladivostok le 12 mars 2025."}"#;
    let (status, _) = http(port, "POST", "/api/articles", "X-API-Key: wrong-key-wrong-key\r\n", body).unwrap();
    assert_eq!(status, 401);
    let (status, report) = http(port, "POST", "/api/articles", "Authorization: Bearer a-test-key-of-some-length\r\n", body).unwrap();
    assert_eq!(status, 200, "{report}");
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(report["articles_added"], 1);
    let (_, found) = http(port, "GET", "/api/events?q=Vladivostok", "", "").unwrap();
    assert!(found.contains("serve-cli-1"), "{found}");
}
