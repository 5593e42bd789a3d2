//! The analysis commands through the `vigie` binary, on a store holding the
//! founding article and the six-month test set of `vigie-analysis`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn vigie(db: &PathBuf, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigie"));
    c.env_remove("VIGIE_DB").env_remove("VIGIE_LEXICONS").arg("--db").arg(db).args(args);
    c.output().expect("vigie runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn store() -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("vigie-analysis-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("v.db");
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt");
    let months = concat!(env!("CARGO_MANIFEST_DIR"), "/../vigie-analysis/tests/data/dyad_months.jsonl");
    let o = vigie(&db, &["ingest", seed, months]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (dir, db)
}

#[test]
fn analysis_commands_on_a_store() {
    let (dir, db) = store();
    // Dyad series as JSON: exact monthly counts (the founding article's
    // year-dated events are counted apart, as imprecise).
    let o = vigie(&db, &["dyad", "RUS", "PRK", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let counts: Vec<u64> = v["points"].as_array().unwrap().iter().map(|p| p["events"].as_u64().unwrap()).collect();
    assert_eq!(counts, vec![1, 1, 0, 2, 0, 1]);
    assert_eq!(v["points"][3]["period"], "2024-06");
    assert_eq!(v["imprecise_events"], 1);

    // Treaties: the founding treaty and the English pact are one signing.
    let o = vigie(&db, &["treaties", "--json"]);
    let t: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let treaty = t.as_array().unwrap().iter().find(|t| t["date"] == "2024-06-19").expect("the June treaty");
    assert_eq!(treaty["name"], "traité de partenariat stratégique global");
    assert_eq!(treaty["obligations"].as_array().unwrap().len(), 2);

    // Network with GraphML.
    let g = dir.join("n.graphml");
    let o = vigie(&db, &["network", "--graphml", g.to_str().unwrap()]);
    assert!(o.status.success());
    let gml = std::fs::read_to_string(&g).unwrap();
    assert!(gml.contains("<node id=\"RUS\">") && gml.contains("<node id=\"KOR\">"));

    // Signals: the August threat stands out against the dyad's baseline.
    let o = vigie(&db, &["signals", "--actor", "RUS", "--with", "PRK", "--json"]);
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let z = s.as_array().unwrap().iter().find(|s| s["kind"] == "conflict_zscore").expect("a z-score signal");
    assert_eq!(z["period"], "2024-08");

    // The brief in HTML with its chart, and in English Markdown.
    let html = dir.join("b.html");
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--format", "html", "-o", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let h = std::fs::read_to_string(&html).unwrap();
    assert!(h.contains("<svg") && h.contains("Possible mais non établi"));
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--lang", "en"]);
    let md = stdout(&o);
    assert!(md.contains("## What happened") && md.contains("Yoon Suk Yeol"), "{md}");
    // Names in the brief's language, from the lexicon files.
    assert!(md.contains("Vladimir Putin (Russia)") && md.contains("the North Korean military"), "{md}");
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--lang", "fr"]);
    let md = stdout(&o);
    let statements = md.split("## Sources et preuves").next().unwrap();
    assert!(statements.contains("Vladimir Poutine (Russie)") && statements.contains("l’armée nord-coréenne → la Russie") && !statements.contains("Putin"), "{md}");
    // The brief as JSON (what the API serves): sections with event ids, the series, numbered evidence.
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--format", "json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let b: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let keys: Vec<&str> = b["sections"].as_array().unwrap().iter().map(|s| s["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["summary", "facts", "treaty", "reactions", "possible", "watch"]);
    let months: Vec<u64> = b["series"]["points"].as_array().unwrap().iter().map(|p| p["events"].as_u64().unwrap()).collect();
    assert_eq!(months, vec![1, 1, 0, 2, 0, 1]);
    let facts = &b["sections"][1]["items"];
    assert_eq!(facts.as_array().unwrap().len(), 6);
    assert!(facts.as_array().unwrap().iter().all(|i| i["event_ids"].as_array().unwrap().len() == 1 && !i["cites"].as_array().unwrap().is_empty()));
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--format", "pdf"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("md, html or json"));
    let o = vigie(&db, &["brief", "--actors", "RUS,PRK", "--since", "2024-13"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("a date is YYYY, YYYY-MM or YYYY-MM-DD"), "{}", String::from_utf8_lossy(&o.stderr));

    // Network as JSON, without the ties of a single event.
    let o = vigie(&db, &["network", "--json", "--min-weight", "2"]);
    let n: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let edges = n["edges"].as_array().unwrap();
    assert!(!edges.is_empty() && edges.iter().all(|e| e["events"].as_u64().unwrap() >= 2), "{edges:?}");
    assert!(n["nodes"].as_array().unwrap().iter().all(|x| x["betweenness"].is_number() && x["degree"].is_number()));

    // Firsts, and the reactions to the June treaty's signature.
    let o = vigie(&db, &["firsts", "--json"]);
    let f: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(f["in_text"].as_array().unwrap().len(), 1);
    assert_eq!(f["in_text"][0]["source"], "PRKMIL");
    let o = vigie(&db, &["reactions", &treaty["id"].to_string(), "--json"]);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let actors: Vec<&str> = r.as_array().unwrap().iter().map(|x| x["actor"].as_str().unwrap()).collect();
    assert!(actors.contains(&"KORGOV") && actors.contains(&"NATO"), "{actors:?}");
    let o = vigie(&db, &["reactions", "99999"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no event 99999"));

    // Clear errors: unknown actor, bad actor, no store.
    let o = vigie(&db, &["brief", "--actors", "RUS,XYZ"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no stored event involves XYZ"));
    let o = vigie(&db, &["dyad", "RUS", "P1"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("not an actor code"));
    let o = vigie(&dir.join("none.db"), &["treaties"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no store at"));
    let _ = std::fs::remove_dir_all(&dir);
}
