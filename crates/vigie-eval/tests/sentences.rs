//! The schema of Vigie's own gold sentences (`eval/sentences/{fr,en}.jsonl`,
//! described in `eval/sentences/README.md`): a wrong label there silently
//! skews every figure measured on them, and several people append records at
//! once, so the checks run with the tests. Each problem names the record and
//! what to change.

use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

const LANGS: [&str; 2] = ["fr", "en"];
/// Sentences with events each CAMEO root needs per language, so that a
/// per-root figure is not read off a handful of records.
const MIN_PER_ROOT: usize = 10;
const FACTUALITY: [&str; 4] = ["asserted", "negated", "hypothetical", "planned"];
const VARIANTS: [&str; 12] = [
    "asserted",
    "negated",
    "hypothetical",
    "planned",
    "historical",
    "passive",
    "metonymy",
    "former_leader",
    "nominalisation",
    "reported",
    "symmetric",
    "no_event",
];
const REQUIRED: [&str; 8] = ["id", "lang", "text", "date", "category", "variant", "expected", "notes"];

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The first column of a lexicon TSV, comments, blank lines and header left out.
fn first_column(path: &Path) -> HashSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

struct Lexicons {
    cameo: HashSet<String>,
    countries: HashSet<String>,
    agents: HashSet<String>,
    organisations: HashSet<String>,
}

impl Lexicons {
    fn load() -> Lexicons {
        let lex = repository().join("lexicons");
        Lexicons {
            cameo: first_column(&lex.join("cameo/cameo.tsv")),
            countries: first_column(&lex.join("actors/countries.tsv")),
            agents: first_column(&lex.join("actors/agents.tsv")),
            organisations: first_column(&lex.join("actors/organisations.tsv")),
        }
    }

    fn actor_ok(&self, code: &str) -> bool {
        if self.organisations.contains(code) {
            return true;
        }
        // `UNOMIL`: an international body's troops, its code + MIL.
        if let Some(body) = code.strip_suffix("MIL") {
            if self.organisations.contains(body) {
                return true;
            }
        }
        match code.len() {
            3 => self.countries.contains(code),
            // `---REB`: an agent of unknown country (the Phoenix/PLOVER convention).
            6 if code.is_ascii() => {
                (self.countries.contains(&code[..3]) || &code[..3] == "---") && self.agents.contains(&code[3..])
            }
            _ => false,
        }
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| s.get(r).filter(|d| d.bytes().all(|c| c.is_ascii_digit())).and_then(|d| d.parse::<u32>().ok());
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn is_root(root: &str) -> bool {
    root.len() == 2 && root.bytes().all(|c| c.is_ascii_digit()) && (1..=20).contains(&root.parse::<u32>().unwrap_or(0))
}

/// The problems of one record, each a sentence saying what to change.
fn check_record(rec: &Value, lang: &str, lex: &Lexicons, problems: &mut Vec<String>, where_: &str) -> Option<String> {
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|k| rec.get(k).is_none()).collect();
    if !missing.is_empty() {
        problems.push(format!("{where_}: add the missing fields {missing:?}"));
        return None;
    }
    let text = |k: &str| rec[k].as_str().unwrap_or("");
    if rec["lang"] != lang {
        problems.push(format!("{where_}: lang {} in {lang}.jsonl: move the record or fix its lang", rec["lang"]));
    }
    if text("text").trim().is_empty() {
        problems.push(format!("{where_}: empty text"));
    }
    if !is_date(text("date")) {
        problems.push(format!("{where_}: date {} is not a YYYY-MM-DD date", rec["date"]));
    }
    let variant = text("variant");
    if !VARIANTS.contains(&variant) {
        problems.push(format!("{where_}: unknown variant {variant:?}: use one of {VARIANTS:?} (a plain assertion is \"asserted\")"));
    }
    let category = text("category");
    let (root, category_variant) = category.split_once('-').unwrap_or((category, ""));
    if category_variant != variant {
        problems.push(format!(
            "{where_}: category {category:?} must be <root>-<variant> with the record's variant: \"{root}-{variant}\" (or fix the variant if the category is right)"
        ));
    }
    let Some(expected) = rec["expected"].as_array() else {
        problems.push(format!("{where_}: expected must be a list"));
        return None;
    };
    if variant == "no_event" {
        if !expected.is_empty() {
            problems.push(format!("{where_}: a no_event record expects no event: give it another variant or empty its expected"));
        }
        if root != "00" && !is_root(root) {
            problems.push(format!("{where_}: category root {root:?} must be 00-20 (the root of the trap, or 00)"));
        }
        return None;
    }
    if expected.is_empty() {
        problems.push(format!("{where_}: no expected event, so the variant must be no_event (category \"{root}-no_event\"), not {variant:?}"));
        return None;
    }
    if !is_root(root) {
        problems.push(format!("{where_}: category root {root:?} must be 01-20"));
    }
    for (i, event) in expected.iter().enumerate() {
        let w = format!("{where_} event {i}");
        for key in ["source", "target", "code", "factuality", "historical"] {
            if event.get(key).is_none() {
                problems.push(format!("{w}: add the missing {key}"));
            }
        }
        let field = |k: &str| event.get(k).and_then(Value::as_str).unwrap_or("");
        let code = field("code");
        if code.len() < 3 || !lex.cameo.contains(code) {
            problems.push(format!("{w}: CAMEO code {code:?} is not in lexicons/cameo/cameo.tsv"));
        }
        if !FACTUALITY.contains(&field("factuality")) {
            problems.push(format!("{w}: factuality {} must be one of {FACTUALITY:?}", event.get("factuality").unwrap_or(&Value::Null)));
        }
        if !event.get("historical").is_some_and(Value::is_boolean) {
            problems.push(format!("{w}: historical must be true or false"));
        }
        if event.get("symmetric").is_some_and(|s| !s.is_boolean()) {
            problems.push(format!("{w}: symmetric must be true or false"));
        }
        let source = field("source");
        if !lex.actor_ok(source) {
            problems.push(format!("{w}: source {source:?} is not a known actor code (country, country + agent, or organisation)"));
        }
        let target = field("target");
        if !target.is_empty() && !lex.actor_ok(target) {
            problems.push(format!("{w}: target {target:?} is not a known actor code (country, country + agent, organisation, or \"\")"));
        }
    }
    // The category names the event the case is about, most often the
    // first; a denial's case (`016` then the denied `195`) is about the second.
    let roots: Vec<&str> = expected.iter().filter_map(|e| e.get("code")?.as_str()?.get(..2)).collect();
    if is_root(root) && !roots.contains(&root) {
        problems.push(format!("{where_}: category root {root} is the root of no expected event ({roots:?}): set it to the root of the event the case tests"));
    }
    let has = |key: &str, value: &Value| expected.iter().any(|e| e.get(key) == Some(value));
    if ["negated", "hypothetical", "planned"].contains(&variant) && !has("factuality", &Value::from(variant)) {
        problems.push(format!("{where_}: variant {variant} but no event has that factuality: fix the variant or the event's factuality"));
    }
    if variant == "historical" && !has("historical", &Value::Bool(true)) {
        problems.push(format!("{where_}: historical variant without a historical event"));
    }
    if variant == "symmetric" && !has("symmetric", &Value::Bool(true)) {
        problems.push(format!("{where_}: symmetric variant without a symmetric event"));
    }
    is_root(root).then(|| root.to_string())
}

#[test]
fn gold_sentences_follow_their_schema() {
    let lex = Lexicons::load();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for lang in LANGS {
        let path = repository().join(format!("eval/sentences/{lang}.jsonl"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut per_root: BTreeMap<String, usize> = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let mut where_ = format!("{lang}.jsonl:{}", n + 1);
            if line.trim().is_empty() {
                problems.push(format!("{where_}: remove the blank line"));
                continue;
            }
            let rec: Value = match serde_json::from_str(line) {
                Ok(rec) => rec,
                Err(e) => {
                    problems.push(format!("{where_}: invalid JSON ({e})"));
                    continue;
                }
            };
            if let Some(id) = rec.get("id").and_then(Value::as_str) {
                where_ = format!("{where_} ({id})");
                if !ids.insert(id.to_string()) {
                    problems.push(format!("{where_}: duplicate id: take the next free number"));
                }
                if !id.starts_with(&format!("{lang}-")) {
                    problems.push(format!("{where_}: the id must start with '{lang}-'"));
                }
            }
            if let Some(root) = check_record(&rec, lang, &lex, &mut problems, &where_) {
                *per_root.entry(root).or_default() += 1;
            }
        }
        for root in (1..=20).map(|r| format!("{r:02}")) {
            let count = per_root.get(&root).copied().unwrap_or(0);
            if count < MIN_PER_ROOT {
                problems.push(format!("{lang}: root {root} has {count} sentences with events (fewer than {MIN_PER_ROOT})"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in eval/sentences (schema in eval/sentences/README.md; change labels, not expected codes, unless the code is wrong):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
