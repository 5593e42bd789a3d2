//! The store through the `vigie` binary: an ingest killed with SIGKILL and
//! run again gives the store of one clean run; `events`, `show` and every
//! export format on a real store.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn vigie() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigie"));
    c.env_remove("VIGIE_DB").env_remove("VIGIE_LEXICONS");
    c
}

fn run(args: &[&str]) -> Output {
    vigie().args(args).output().expect("vigie runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-store-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `n` distinct English articles, each stating events the coder finds.
fn generated_articles(n: usize) -> String {
    let actors = ["Russian troops", "Ukrainian forces", "Israeli forces", "The United States", "China", "France", "Iran", "Turkey"];
    let verbs = ["attacked", "accused", "threatened", "met with", "praised"];
    let mut out = String::new();
    for i in 0..n {
        let a = actors[i % actors.len()];
        let b = actors[(i / actors.len() + 1 + i) % actors.len()];
        let v = verbs[i % verbs.len()];
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let text = format!(
            "Dispatch number {i}. {a} {v} {b} on {day} March 2024, officials said. In a separate report number {i}, {b} {v} {a}."
        );
        let line = serde_json::json!({
            "id": format!("gen-{i}"),
            "text": text,
            "date": format!("2024-{month:02}-{day:02}"),
            "url": format!("https://news{}.example/story/{i}", i % 7),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Everything in a store that must not depend on how the ingest went:
/// counts and every event (ids, counts, dates, factuality) with its mentions,
/// the last mention in the full-text index (a file of its own, caught up
/// when the store opens) and what text searches find.
fn snapshot(db: &Path) -> (vigie_store::Counts, Vec<String>) {
    let store = vigie_store::Store::open(db).unwrap();
    let counts = store.counts().unwrap();
    let mut events = vec![format!("indexed up to mention {}", store.evidence_indexed_up_to().unwrap())];
    for report in [0, 7, 333, 1999, 2500, 3999] {
        let filter = vigie_store::EventFilter { text: Some(format!("report number {report}")), ..Default::default() };
        let found: Vec<i64> = store.events(&filter).unwrap().into_iter().map(|e| e.id).collect();
        assert!(!found.is_empty() || counts.articles < 4000, "report number {report} is found");
        events.push(format!("report number {report}: {found:?}"));
    }
    store
        .for_each_event_with_mentions(&vigie_store::EventFilter::default(), |mut e, mentions| {
            e.added_at = String::new(); // the time of the run
            let ms: Vec<String> = mentions
                .iter()
                .map(|m| format!("{}:{}:{}:{}", m.id, m.article.external_id, m.mention.sentence_index, m.mention.cameo))
                .collect();
            events.push(format!("{e:?} {ms:?}"));
            Ok(())
        })
        .unwrap();
    (counts, events)
}

#[test]
fn an_ingest_killed_mid_way_then_run_again_gives_the_store_of_one_clean_run() {
    killed_then_run_again("kill", &[]);
}

#[test]
fn a_bulk_ingest_killed_mid_way_then_run_again_gives_the_store_of_one_clean_run() {
    // Killed while its indexes are dropped: the rerun finishes the load.
    killed_then_run_again("kill-bulk", &["--bulk"]);
}

fn killed_then_run_again(name: &str, mode: &[&str]) {
    let dir = scratch(name);
    let input = dir.join("big.jsonl");
    std::fs::write(&input, generated_articles(4000)).unwrap();
    let input = input.to_str().unwrap();

    let clean = dir.join("clean.db");
    let out = run(&["ingest", input, "--db", clean.to_str().unwrap(), "--batch", "10"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = snapshot(&clean);
    assert_eq!(expected.0.articles, 4000);
    assert!(expected.0.mentions >= 4000 && expected.0.events > 100, "{:?}", expected.0);

    let killed = dir.join("killed.db");
    let mut child = vigie()
        .args(["ingest", input, "--db", killed.to_str().unwrap(), "--batch", "10"])
        .args(mode)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first committed batches, then SIGKILL the process.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if killed.exists() {
            let articles = vigie_store::Store::open(&killed).map(|s| s.counts().unwrap().articles).unwrap_or(0);
            if articles > 0 {
                break;
            }
        }
        assert!(child.try_wait().unwrap().is_none(), "the ingest ended before it could be killed");
        assert!(start.elapsed() < Duration::from_secs(120), "no batch committed in 2 minutes");
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let partial = vigie_store::Store::open(&killed).unwrap().counts().unwrap();
    assert!(partial.articles > 0 && partial.articles < 4000, "killed mid-way: {partial:?}");
    assert_eq!(partial.articles % 10, 0, "only whole batches are stored: {partial:?}");

    let rerun: Vec<&str> = ["ingest", input, "--db", killed.to_str().unwrap(), "--batch", "10"].into_iter().chain(mode.iter().copied()).collect();
    let out = run(&rerun);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = snapshot(&killed);
    assert_eq!(got.0, expected.0);
    assert_eq!(got.1, expected.1, "the same events, ids and mentions as a clean run");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A store with the founding article and a few others, for the query and export tests.
fn small_store(name: &str) -> (PathBuf, PathBuf) {
    let dir = scratch(name);
    let db = dir.join("v.db");
    let input = dir.join("in.jsonl");
    let mut text = generated_articles(40);
    // The same happening in French and in English, two publishers.
    text.push_str(&serde_json::json!({"id": "fr-1", "url": "https://www.lemonde.fr/a", "date": "2024-03-05",
        "text": "Les forces russes ont attaqué l'Ukraine le 4 mars 2024."}).to_string());
    text.push('\n');
    text.push_str(&serde_json::json!({"id": "en-1", "url": "https://www.reuters.com/b", "date": "2024-03-06",
        "text": "Russian forces attacked Ukraine in March 2024."}).to_string());
    text.push('\n');
    std::fs::write(&input, text).unwrap();
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt");
    let out = run(&["ingest", seed, input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, db)
}

#[test]
fn events_filters_and_show_read_the_store() {
    let (dir, db) = small_store("query");
    let db = db.to_str().unwrap();
    let all = jsonl(&run(&["events", "--db", db, "--format", "jsonl"]));
    assert!(all.len() > 10, "{}", all.len());
    let fr_en: Vec<&serde_json::Value> = all
        .iter()
        .filter(|e| e["source"].as_str().is_some_and(|s| s.starts_with("RUS")) && e["target"] == "UKR" && e["date"] == "2024-03-04")
        .collect();
    assert_eq!(fr_en.len(), 1, "{fr_en:#?}");
    assert_eq!((fr_en[0]["num_mentions"].as_u64(), fr_en[0]["num_sources"].as_u64()), (Some(2), Some(2)), "{:#}", fr_en[0]);

    let dyad = jsonl(&run(&["events", "--db", db, "--jsonl", "--dyad", "PRK-RUS"]));
    assert!(!dyad.is_empty());
    assert!(dyad.iter().all(|e| e["source"].as_str().unwrap().starts_with("PRK") && e["target"] == "RUS"));
    let text = jsonl(&run(&["events", "--db", db, "--jsonl", "--text", "attaqué l'Ukraine"]));
    assert_eq!(text.len(), 1);
    let quad4 = jsonl(&run(&["events", "--db", db, "--jsonl", "--quad", "4", "--from", "2024-03", "--to", "2024-03-31"]));
    assert!(!quad4.is_empty() && quad4.iter().all(|e| e["quad_class"] == 4));

    let csv = run(&["events", "--db", db, "--format", "csv", "--actor", "RUS"]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("id,source,target,"), "{csv}");

    let bad = run(&["events", "--db", db, "--cameo", "x1"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("--cameo"), "{}", stderr(&bad));
    let missing = run(&["events", "--db", dir.join("nope.db").to_str().unwrap()]);
    assert!(!missing.status.success() && stderr(&missing).contains("no store"));

    let id = fr_en[0]["id"].as_i64().unwrap().to_string();
    let show = run(&["show", &id, "--db", db]);
    assert!(show.status.success(), "{}", stderr(&show));
    let show = String::from_utf8(show.stdout).unwrap();
    assert!(show.contains("Les forces russes ont attaqué l'Ukraine") && show.contains("Russian forces attacked Ukraine"), "{show}");
    assert!(show.contains("lemonde.fr") && show.contains("reuters.com"), "{show}");
    let none = run(&["show", "999999", "--db", db]);
    assert!(!none.status.success() && stderr(&none).contains("no event 999999"));
    std::fs::remove_dir_all(&dir).unwrap();
}

fn is_int(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

fn is_yyyymmdd(s: &str) -> bool {
    s.len() == 8
        && is_int(s)
        && (1..=12).contains(&s[4..6].parse::<u32>().unwrap())
        && (1..=31).contains(&s[6..8].parse::<u32>().unwrap())
}

#[test]
fn the_gdelt_export_has_61_typed_fields_on_every_line_and_mentions_16() {
    let (dir, db) = small_store("gdelt");
    let out = run(&["export", "--format", "gdelt", "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let events = jsonl(&run(&["events", "--db", db.to_str().unwrap(), "--jsonl"]));
    assert_eq!(lines.len(), events.len());
    let ints = [0, 1, 2, 3, 25, 29, 31, 32, 33, 35, 43, 51, 59];
    let floats_or_empty = [34, 40, 41, 48, 49, 56, 57];
    for line in &lines {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 61, "{line}");
        for i in ints {
            assert!(is_int(f[i]), "column {i} {:?} is not an integer: {line}", f[i]);
        }
        for i in floats_or_empty {
            assert!(f[i].is_empty() || is_float(f[i]), "column {i} {:?}: {line}", f[i]);
        }
        assert!(is_yyyymmdd(f[1]), "SQLDATE {:?}", f[1]);
        assert_eq!(&f[1][..6], f[2]);
        assert_eq!(&f[1][..4], f[3]);
        assert!(is_float(f[4]) && f[4].starts_with(f[3]), "FractionDate {:?}", f[4]);
        assert!(f[26].len() >= 2 && f[26].starts_with(f[28]) && f[26].starts_with(f[27]), "codes keep their leading zero: {line}");
        assert!((1..=4).contains(&f[29].parse::<u8>().unwrap()));
        assert!(is_float(f[30]));
        assert_eq!(f[59].len(), 14, "DATEADDED YYYYMMDDHHMMSS");
        assert!(!f[60].is_empty());
        // ActionGeo_CountryCode and ADM1Code: FIPS 10-4, as in GDELT.
        assert!(f[53].is_empty() || (f[53].len() == 2 && f[53].bytes().all(|b| b.is_ascii_uppercase())), "{line}");
        assert!(f[54].starts_with(f[53]), "{line}");
    }
    let visit = lines.iter().map(|l| l.split('\t').collect::<Vec<_>>()).find(|f| f[5] == "PRKMIL" && f[26] == "042").expect("the founding event");
    assert_eq!((visit[7], visit[12], visit[15], visit[17]), ("PRK", "MIL", "RUS", "RUS"));

    let out = run(&["export", "--format", "gdelt-mentions", "--db", db.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let ids: std::collections::HashSet<&str> = lines.iter().map(|l| l.split('\t').next().unwrap()).collect();
    let mut n = 0;
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 16, "{line}");
        for i in [0, 1, 2, 3, 6, 7, 8, 9, 10, 12] {
            assert!(is_int(f[i]), "mention column {i} {:?}: {line}", f[i]);
        }
        assert!(ids.contains(f[0]), "a mention of an exported event");
        n += 1;
    }
    let mentions: u64 = events.iter().map(|e| e["num_mentions"].as_u64().unwrap()).sum();
    assert_eq!(n, mentions);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn icews_plover_csv_jsonl_and_parquet_exports_hold_every_event() {
    let (dir, db) = small_store("formats");
    let db_arg = db.to_str().unwrap();
    let events = jsonl(&run(&["events", "--db", db_arg, "--jsonl"]));
    let n = events.len();

    let icews = String::from_utf8(run(&["export", "--format", "icews", "--db", db_arg]).stdout).unwrap();
    let rows: Vec<Vec<&str>> = icews.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][0], "Event ID");
    assert_eq!(rows.len(), n + 1);
    assert!(rows.iter().all(|r| r.len() == 20));
    assert!(rows[1..].iter().all(|r| is_int(r[0]) && r[1].len() == 10 && is_float(r[7])));
    assert!(rows.iter().any(|r| r[4] == "North Korea" && r[10] == "Russian Federation"), "country names");

    let plover = jsonl(&run(&["export", "--format", "plover", "--db", db_arg]));
    assert_eq!(plover.len(), n);
    for p in &plover {
        assert!(p["id"].as_str().unwrap().starts_with("vigie-") && p["date"].as_str().unwrap().len() == 10);
        assert!(p["actor"].is_array() && p["event"].is_array());
    }
    assert!(plover.iter().any(|p| p["event"][0] == "CONSULT" && p["actor"][0]["code"] == "PRK" && p["actor"][0]["sector"] == "MIL"));

    let full = jsonl(&run(&["export", "--format", "jsonl", "--db", db_arg]));
    assert_eq!(full.len(), n);
    for e in &full {
        assert_eq!(e["mentions"].as_array().unwrap().len() as u64, e["num_mentions"].as_u64().unwrap());
    }

    let csv = String::from_utf8(run(&["export", "--format", "csv", "--db", db_arg]).stdout).unwrap();
    assert!(csv.starts_with("id,source,target"));

    let parquet = dir.join("events.parquet");
    let out = run(&["export", "--format", "parquet", "--db", db_arg, "--output", parquet.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&parquet).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    // Row-by-row read-back: vigie-export's tests (Rust) and .ci/run (pyarrow).

    let bad = run(&["export", "--format", "xml", "--db", db_arg]);
    assert!(!bad.status.success() && stderr(&bad).contains("gdelt-mentions"));
    std::fs::remove_dir_all(&dir).unwrap();
}
