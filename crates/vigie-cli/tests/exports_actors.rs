//! Organisations in the exports' country columns: coded sentences naming the
//! UN, NATO, the African Union and Hezbollah, ingested and exported by the
//! `vigie` binary. An organisation's code is never a country: GDELT files it
//! as a known group, ICEWS as the first sector, PLOVER as `organisation`;
//! the country columns hold its home country, or nothing.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vigie"));
    c.env_remove("VIGIE_DB").env_remove("VIGIE_LEXICONS");
    c.args(args).output().expect("vigie runs")
}

fn store() -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("vigie-exports-actors-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.jsonl");
    let articles = [
        ("un", "en", "UN troops withdrew from the Golan."),
        ("nato", "en", "NATO condemned Russia."),
        ("ua", "fr", "L'Union africaine a suspendu le Mali."),
        ("hez", "en", "Hezbollah fired rockets at Israel."),
    ];
    let text: String = articles
        .iter()
        .map(|(id, lang, text)| serde_json::json!({"id": id, "lang": lang, "text": text, "date": "2024-06-19"}).to_string() + "\n")
        .collect();
    std::fs::write(&input, text).unwrap();
    let db = dir.join("v.db");
    let out = run(&["ingest", input.to_str().unwrap(), "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (dir, db)
}

fn export(db: &PathBuf, format: &str) -> String {
    let out = run(&["export", "--format", format, "--db", db.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn organisations_fill_the_group_columns_and_never_the_country_ones() {
    let (dir, db) = store();

    // GDELT: 5 Actor1Code, 7 Actor1CountryCode, 8 Actor1KnownGroupCode,
    // 12 Actor1Type1Code, 15 Actor2Code, 17 Actor2CountryCode, 18 Actor2KnownGroupCode.
    let gdelt = export(&db, "gdelt");
    let rows: Vec<Vec<&str>> = gdelt.lines().map(|l| l.split('\t').collect()).collect();
    let row = |code: &str| rows.iter().find(|r| r[5] == code).unwrap_or_else(|| panic!("no GDELT row for {code}:\n{gdelt}"));
    let un = row("UNOMIL");
    assert_eq!((un[7], un[8], un[12], un[15], un[17], un[18]), ("", "UNO", "MIL", "SYR", "SYR", ""));
    let nato = row("NATO");
    assert_eq!((nato[7], nato[8], nato[15], nato[17], nato[18]), ("", "NATO", "RUS", "RUS", ""));
    let au = row("AFU");
    assert_eq!((au[7], au[8], au[15], au[17]), ("", "AFU", "MLI", "MLI"));
    let hez = row("HEZ");
    assert_eq!((hez[7], hez[8], hez[17]), ("LBN", "HEZ", "ISR"), "a national armed group keeps its home country");

    // ICEWS: 2 Source Name, 3 Source Sectors, 4 Source Country, 10 Target Country.
    let icews = export(&db, "icews");
    let rows: Vec<Vec<&str>> = icews.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    let row = |name: &str| rows.iter().find(|r| r[2] == name).unwrap_or_else(|| panic!("no ICEWS row for {name}:\n{icews}"));
    assert_eq!((row("UN troops")[3], row("UN troops")[4]), ("\"UNO,MIL\"", ""));
    assert_eq!((row("NATO")[3], row("NATO")[4], row("NATO")[10]), ("NATO", "", "Russian Federation"));
    assert_eq!((row("Union africaine")[3], row("Union africaine")[4]), ("AFU", ""));
    assert_eq!((row("Hezbollah")[3], row("Hezbollah")[4]), ("HEZ", "Lebanon"));

    // PLOVER: the entity's code stays the actor's, country and organisation apart.
    let plover: Vec<serde_json::Value> = export(&db, "plover").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let actor = |code: &str| plover.iter().map(|p| &p["actor"][0]).find(|a| a["code"] == code).unwrap_or_else(|| panic!("no PLOVER actor {code}")).clone();
    let un = actor("UNO");
    assert_eq!((un["organisation"].as_str(), un["country"].as_str(), un["sector"].as_str()), (Some("UNO"), None, Some("MIL")));
    let au = actor("AFU");
    assert_eq!((au["organisation"].as_str(), au["country"].as_str()), (Some("AFU"), None));
    let hez = actor("HEZ");
    assert_eq!((hez["organisation"].as_str(), hez["country"].as_str()), (Some("HEZ"), Some("LBN")));
    let nato = plover.iter().find(|p| p["actor"][0]["code"] == "NATO").unwrap();
    assert_eq!((nato["recipient"][0]["country"].as_str(), nato["recipient"][0].get("organisation")), (Some("RUS"), None));

    std::fs::remove_dir_all(&dir).unwrap();
}
