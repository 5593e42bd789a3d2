//! The `vigie` binary as a user runs it: the coding contract on stdout,
//! clear errors for bad input, an idempotent demo, the evaluation command.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt");

fn vigie() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigie"));
    c.env_remove("VIGIE_DB").env_remove("VIGIE_LEXICONS");
    c
}

fn run(args: &[&str]) -> Output {
    vigie().args(args).output().expect("vigie runs")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = vigie().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {l}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn code_prints_one_json_object_per_event_with_the_contract_fields() {
    let out = run(&["code", SEED]);
    assert!(out.status.success(), "{}", stderr(&out));
    let events = json_lines(&out);
    assert!(events.len() >= 4, "{} events", events.len());
    let fields = [
        "article_id", "sentence_index", "sentence", "source", "target", "source_text", "target_text", "cameo", "cameo_root",
        "quad_class", "goldstein", "factuality", "date", "date_precision", "location", "first", "rule", "spans", "language",
    ];
    for e in &events {
        for f in fields {
            assert!(e.get(f).is_some(), "field {f} missing in {e}");
        }
        assert_eq!(e["article_id"], SEED);
        assert_eq!(e["language"], "fr");
        assert!(e["cameo"].as_str().unwrap().starts_with(e["cameo_root"].as_str().unwrap()));
        for span in ["sentence", "verb"] {
            assert_eq!(e["spans"][span].as_array().unwrap().len(), 2);
        }
    }
}

#[test]
fn jsonl_from_stdin_skips_a_broken_line_and_codes_the_others() {
    let input = concat!(
        r#"{"id":"a1","text":"Russian troops attacked Ukrainian positions near Kharkiv on Sunday.","date":"2024-05-14","lang":"en"}"#,
        "\n",
        "this line is not json\n",
        r#"{"id":"a2","text":"Le 19 juin, Vladimir Poutine et Kim Jong Un ont signé un traité de partenariat stratégique global.","date":"2024-06-20"}"#,
        "\n"
    );
    let strict = run_stdin(&["code", "--strict", "-"], input.as_bytes());
    assert_eq!(strict.status.code(), Some(1), "with --strict a skipped line makes the exit status 1");
    let out = run_stdin(&["code", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "without --strict the good lines are the job: {}", stderr(&out));
    assert!(stderr(&out).contains("-:2:"), "the bad line is named: {}", stderr(&out));
    let events = json_lines(&out);
    let ids: Vec<&str> = events.iter().map(|e| e["article_id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"a1") && ids.contains(&"a2"), "{ids:?}");
    let treaty = events.iter().find(|e| e["article_id"] == "a2").unwrap();
    assert_eq!(treaty["cameo"], "057");
    assert_eq!(treaty["date"], "2024-06-19");
    let attack = events.iter().find(|e| e["article_id"] == "a1").unwrap();
    assert_eq!(attack["date"], "2024-05-12", "Sunday before the publication date");
}

#[test]
fn bad_files_get_a_clear_error_never_a_panic() {
    let dir = scratch("bad");
    let cases: [(&str, &[u8], &str); 4] = [
        ("empty.txt", b"", "empty"),
        ("corrupted.txt", b"S\xc3\xa9oul a averti Moscou \xe9 la fin.", "UTF-8"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00", "binary"),
        ("blank.jsonl", b"\n\n", "empty"),
    ];
    for (name, bytes, message) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = run(&["code", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
        let err = stderr(&out);
        assert!(err.contains(name) && err.contains(message), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
    let missing = run(&["code", dir.join("nope.txt").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("nope.txt"));
}

#[test]
fn a_folder_is_read_recursively_bad_files_listed_and_strict_fails() {
    let dir = scratch("folder");
    std::fs::create_dir_all(dir.join("pages/2024")).unwrap();
    std::fs::write(dir.join("wire.txt"), "Le 19 juin 2024, Vladimir Poutine et Kim Jong Un ont signé un traité de partenariat stratégique global.").unwrap();
    let page = "<html lang=\"en\"><head><title>Seoul warns Moscow</title>\
        <meta property=\"article:published_time\" content=\"2024-06-21T09:00:00Z\"></head><body>\
        <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>\
        <p>South Korea summoned the Russian ambassador on Friday to protest against the treaty signed in Pyongyang.</p>\
        <p>Officials in Seoul said the agreement threatened the security of the whole region and that they would review their options with partners.</p>\
        <p>The Russian embassy did not comment on the meeting, which lasted less than an hour according to the ministry.</p></article></body></html>";
    std::fs::write(dir.join("pages/2024/seoul.html"), page).unwrap();
    std::fs::write(dir.join("pages/photo.png.txt"), b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    std::fs::write(dir.join("README.md"), "not an article").unwrap();
    let out = run(&["code", dir.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("photo.png.txt") && err.contains("PNG image"), "the bad file and its reason: {err}");
    assert!(err.contains("passed over"), "README.md is not an article: {err}");
    let events = json_lines(&out);
    let from_page: Vec<&serde_json::Value> = events.iter().filter(|e| e["article_id"].as_str().unwrap().ends_with("seoul.html")).collect();
    assert!(!from_page.is_empty(), "the page is coded: {events:?}");
    for e in &from_page {
        assert_eq!(e["language"], "en");
        assert!(!e["sentence"].as_str().unwrap().contains("Home"), "navigation is not article text: {e}");
    }
    let summons = from_page.iter().find(|e| e["sentence"].as_str().unwrap().starts_with("South Korea summoned")).expect("the page's first event");
    assert_eq!(summons["date"], "2024-06-21", "Friday, read against the page's publication date");
    assert!(events.iter().any(|e| e["article_id"].as_str().unwrap().ends_with("wire.txt") && e["cameo"] == "057"));
    let strict = run(&["code", "--strict", dir.to_str().unwrap()]);
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(strict.stdout, out.stdout, "--strict changes the exit status, not the output");
}

#[test]
fn an_article_in_a_language_without_lexicons_is_reported_and_skipped() {
    let german = r#"{"id":"de1","text":"Die Bundesregierung hat am Montag in Berlin neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit. Die Maßnahmen sollen nächste Woche in Kraft treten."}"#;
    let out = run_stdin(&["code", "-"], format!("{german}\n").as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("de1") && err.contains("deu"), "{err}");
}

#[test]
fn the_demo_stores_the_founding_article_once() {
    let dir = scratch("demo");
    let db = dir.join("store/vigie.db");
    let db_arg = db.to_str().unwrap();
    let first = run(&["demo", "--db", db_arg]);
    assert!(first.status.success(), "{}", stderr(&first));
    let table = String::from_utf8(first.stdout).unwrap();
    assert!(table.contains("PRKMIL") && table.contains("042") && table.contains("Make a visit"), "{table}");
    assert!(table.contains("article stored"), "{table}");
    let stored = |db: &Path| json_lines(&run(&["events", "--jsonl", "--db", db.to_str().unwrap()]));
    let after_first = stored(&db);
    assert!(!after_first.is_empty());
    let second = run(&["--db", db_arg]);
    assert!(String::from_utf8(second.stdout).unwrap().contains("already stored"));
    assert_eq!(stored(&db), after_first, "running the demo twice leaves the same rows");
}

#[test]
fn ingest_is_idempotent_across_runs() {
    let dir = scratch("ingest");
    let db = dir.join("v.db");
    let input = dir.join("two.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id":"x1","text":"Russian troops attacked Ukrainian positions near Kharkiv.","date":"2024-05-14"}"#,
            "\n",
            r#"{"id":"x2","text":"Le président sud-coréen Yoon Suk Yeol a averti Moscou.","date":"2024-06-21"}"#,
            "\n"
        ),
    )
    .unwrap();
    for _ in 0..2 {
        let out = run(&["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let events = json_lines(&run(&["events", "--jsonl", "--db", db.to_str().unwrap()]));
    let ids: Vec<&str> = events.iter().map(|e| e["article_id"].as_str().unwrap()).collect();
    assert_eq!(ids.iter().filter(|i| **i == "x1").count(), 1, "{ids:?}");
    assert_eq!(ids.iter().filter(|i| **i == "x2").count(), 1, "{ids:?}");
}

#[test]
fn eval_scores_the_founding_article() {
    let out = run(&["eval", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["asserted_violations"].as_array().unwrap().len(), 0, "{report:#}");
    assert_eq!(report["boilerplate_missed"].as_array().unwrap().len(), 0);
    // Every required event of the gold is found (recall 1); precision is
    // the figure reached when this test was written: a drop is a regression.
    assert!(report["recall"].as_f64().unwrap() >= RECALL_FLOOR, "{report:#}");
    assert!(report["precision"].as_f64().unwrap() >= PRECISION_FLOOR, "{report:#}");
}

const RECALL_FLOOR: f64 = 1.0;
const PRECISION_FLOOR: f64 = 0.90;

#[test]
fn survey_counts_what_code_emits_and_draws_a_repeatable_sample() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/fr/misc_lemonde_fr.jsonl");
    let coded = json_lines(&run(&["code", corpus]));
    let out = run(&["survey", corpus, "--sample", "5", "--seed", "3", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let survey: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(survey["events"].as_u64().unwrap() as usize, coded.len(), "the survey counts the events `vigie code` emits");
    let by_factuality: u64 = survey["factuality"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(by_factuality as usize, coded.len(), "every event has one factuality");
    let sample = survey["sample"].as_array().unwrap();
    assert_eq!(sample.len(), coded.len().min(5));
    let again: serde_json::Value = serde_json::from_slice(&run(&["survey", corpus, "--sample", "5", "--seed", "3", "--json"]).stdout).unwrap();
    assert_eq!(again["sample"], survey["sample"], "the same seed draws the same events");
}
