//! Evaluation: measures coded mentions against gold annotations, so that
//! every claim about coding quality comes from a command anyone can re-run
//! (`vigie eval`). It owns the gold files' shapes and the scoring rules; it
//! takes mentions as given and must not know how they were coded, nor any
//! storage.
//!
//! Scoring of `seed_gold.json` (the founding article annotated by hand): a
//! gold event is *found* when a mention comes from a sentence containing its
//! evidence (or one of its `same_event_as` phrasings); it is *correct* when
//! one such mention has an accepted source, target (`*` accepts any, even
//! none), CAMEO code (a two-digit entry accepts its whole root),
//! factuality, and — where the gold gives them — `first`, date and place.
//! Precision counts the mentions that are correct for some gold event
//! (optional ones included); recall counts the required gold events found
//! correct. Sentences in `must_not_be_asserted` must yield no asserted
//! mention.

pub mod extraction;

use serde::Serialize;
use serde_json::Value;
use vigie_model::{Factuality, Mention, SentenceRecord};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("gold file is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("gold file: {0}")]
    Shape(String),
}

/// How one gold event fared.
#[derive(Debug, Clone, Serialize)]
pub struct GoldOutcome {
    pub id: String,
    pub optional: bool,
    pub found: bool,
    pub correct: bool,
    /// Fields that no mention of the event got right (empty when correct).
    pub wrong_fields: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeedReport {
    pub mentions: usize,
    pub correct_mentions: usize,
    pub required_events: usize,
    pub found_events: usize,
    pub correct_events: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Recall when only the sentence and the CAMEO root must be right.
    pub detection_recall: f64,
    /// Asserted mentions in sentences the gold says must not be asserted.
    pub asserted_violations: Vec<String>,
    /// Boilerplate sentences of the gold that were not flagged as boilerplate.
    pub boilerplate_missed: Vec<String>,
    pub events: Vec<GoldOutcome>,
}

/// `a / b`, and 0 for an empty denominator.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

fn accepts(list: &[String], value: Option<&str>) -> bool {
    if list.iter().any(|x| x == "*") {
        return true;
    }
    value.is_some_and(|v| list.iter().any(|x| x == v))
}

fn accepts_code(list: &[String], m: &Mention) -> bool {
    list.iter().any(|c| *c == m.cameo || (c.len() == 2 && *c == m.cameo_root))
}

fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// The fields of `m` that do not satisfy gold event `g` (empty: a match).
fn mismatches(g: &Value, m: &Mention) -> Vec<String> {
    let mut wrong = Vec::new();
    let pairs: Vec<(Vec<String>, Vec<String>)> = match g.get("any_of").and_then(Value::as_array) {
        Some(alts) => alts.iter().map(|a| (strings(a.get("source")), strings(a.get("target")))).collect(),
        None => vec![(strings(g.get("source")), strings(g.get("target")))],
    };
    if !pairs.iter().any(|(s, _)| accepts(s, m.source.as_deref())) {
        wrong.push("source".into());
    }
    if !pairs.iter().any(|(s, t)| accepts(s, m.source.as_deref()) && accepts(t, m.target.as_deref()))
        && !pairs.iter().any(|(_, t)| accepts(t, m.target.as_deref()))
    {
        wrong.push("target".into());
    }
    if !accepts_code(&strings(g.get("cameo")), m) {
        wrong.push("cameo".into());
    }
    let fact = strings(g.get("factuality"));
    if !fact.is_empty() && !fact.iter().any(|f| f == m.factuality.as_str()) {
        wrong.push("factuality".into());
    }
    if g.get("first").and_then(Value::as_bool) == Some(true) && !m.first {
        wrong.push("first".into());
    }
    if let Some(d) = g.get("date").and_then(Value::as_str) {
        if m.date.as_deref() != Some(d) {
            wrong.push("date".into());
        }
    }
    if let Some(c) = g.get("location_country").and_then(Value::as_str) {
        if m.location.as_ref().map(|l| l.country.as_str()) != Some(c) {
            wrong.push("location".into());
        }
    }
    if let Some(loc) = g.get("location") {
        let want = (loc.get("lat").and_then(Value::as_f64), loc.get("lon").and_then(Value::as_f64));
        let tolerance = loc.get("tolerance_km").and_then(Value::as_f64).unwrap_or(50.0);
        let ok = match (want, &m.location) {
            ((Some(lat), Some(lon)), Some(l)) => distance_km(lat, lon, l.lat, l.lon) <= tolerance,
            _ => false,
        };
        if !ok {
            wrong.push("location".into());
        }
    }
    wrong
}

fn evidence_of(g: &Value) -> Vec<String> {
    let mut ev = strings(g.get("evidence"));
    ev.extend(strings(g.get("same_event_as")));
    ev
}

/// Scores mentions coded from the founding article against `seed_gold.json`.
pub fn score_seed(gold_json: &str, mentions: &[Mention], sentences: &[SentenceRecord]) -> Result<SeedReport, EvalError> {
    let gold: Value = serde_json::from_str(gold_json)?;
    let events = gold.get("events").and_then(Value::as_array).ok_or_else(|| EvalError::Shape("no \"events\" list".into()))?;
    let mut outcomes = Vec::new();
    let mut correct_mention = vec![false; mentions.len()];
    for g in events {
        let id = g.get("id").and_then(Value::as_str).unwrap_or("?").to_string();
        let optional = g.get("optional").and_then(Value::as_bool).unwrap_or(false);
        let evidence = evidence_of(g);
        let candidates: Vec<usize> =
            (0..mentions.len()).filter(|&i| evidence.iter().any(|e| mentions[i].sentence.contains(e.as_str()))).collect();
        let mut best: Option<Vec<String>> = None;
        for &i in &candidates {
            let wrong = mismatches(g, &mentions[i]);
            if wrong.is_empty() {
                correct_mention[i] = true;
            }
            if best.as_ref().is_none_or(|b| wrong.len() < b.len()) {
                best = Some(wrong);
            }
        }
        let found = !candidates.is_empty();
        let wrong_fields = best.unwrap_or_else(|| vec!["not found".into()]);
        outcomes.push(GoldOutcome { id, optional, found, correct: found && wrong_fields.is_empty(), wrong_fields });
    }
    let detected = |g: &Value| {
        let evidence = evidence_of(g);
        let codes = strings(g.get("cameo"));
        mentions.iter().any(|m| {
            evidence.iter().any(|e| m.sentence.contains(e.as_str())) && codes.iter().any(|c| c.starts_with(&m.cameo_root) || m.cameo.starts_with(c.as_str()))
        })
    };
    let required: Vec<(&Value, &GoldOutcome)> = events.iter().zip(&outcomes).filter(|(_, o)| !o.optional).collect();
    let required_events = required.len();
    let correct_events = required.iter().filter(|(_, o)| o.correct).count();
    let found_events = required.iter().filter(|(_, o)| o.found).count();
    let detected_events = required.iter().filter(|(g, _)| detected(g)).count();
    let correct_mentions = correct_mention.iter().filter(|c| **c).count();

    let mut asserted_violations = Vec::new();
    for item in gold.get("must_not_be_asserted").and_then(Value::as_array).into_iter().flatten() {
        let Some(e) = item.get("evidence").and_then(Value::as_str) else { continue };
        for m in mentions.iter().filter(|m| m.factuality == Factuality::Asserted) {
            // The clause must contain the evidence: the same sentence may hold an asserted event elsewhere.
            if m.sentence.contains(e) && clause_overlaps(&m.sentence, e, m) {
                asserted_violations.push(format!("{} ({} {} {:?})", e, m.rule, m.cameo, m.source));
            }
        }
    }
    let boilerplate_missed = strings(gold.pointer("/document/boilerplate"))
        .into_iter()
        .filter(|b| !sentences.iter().any(|s| s.boilerplate && s.text.contains(b.as_str())))
        .collect();
    let precision = ratio(correct_mentions, mentions.len());
    let recall = ratio(correct_events, required_events);
    let f1 = f1(precision, recall);
    Ok(SeedReport {
        mentions: mentions.len(),
        correct_mentions,
        required_events,
        found_events,
        correct_events,
        precision,
        recall,
        f1,
        detection_recall: ratio(detected_events, required_events),
        asserted_violations,
        boilerplate_missed,
        events: outcomes,
    })
}

/// Whether the mention's verb lies inside the evidence phrase within its
/// sentence (so an asserted event elsewhere in the sentence is no violation).
fn clause_overlaps(sentence: &str, evidence: &str, m: &Mention) -> bool {
    let Some(byte) = sentence.find(evidence) else { return false };
    let start = m.spans.sentence.0 + sentence[..byte].chars().count();
    let end = start + evidence.chars().count();
    m.spans.verb.0 < end && start < m.spans.verb.1
}

impl SeedReport {
    pub fn render(&self) -> String {
        let mut s = String::new();
        s.push_str("Founding article against seed_gold.json\n");
        s.push_str(&format!(
            "  precision {:.2} ({} of {} mentions correct)\n  recall    {:.2} ({} of {} required gold events correct; {} found)\n  F1        {:.2}\n  detection recall (sentence + CAMEO root) {:.2}\n",
            self.precision, self.correct_mentions, self.mentions, self.recall, self.correct_events, self.required_events, self.found_events, self.f1, self.detection_recall
        ));
        s.push_str(&format!("  asserted where the gold forbids it: {}\n", self.asserted_violations.len()));
        for v in &self.asserted_violations {
            s.push_str(&format!("    - {v}\n"));
        }
        s.push_str(&format!("  boilerplate missed: {}\n", self.boilerplate_missed.len()));
        for e in &self.events {
            let status = if e.correct { "correct".to_string() } else { format!("wrong: {}", e.wrong_fields.join(", ")) };
            s.push_str(&format!("    {:<26} {}{}\n", e.id, status, if e.optional { " (optional)" } else { "" }));
        }
        s
    }
}

/// One predicted or expected `(source, target, code)` triple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Triple {
    pub source: String,
    pub target: String,
    pub code: String,
}

impl Triple {
    pub fn from_mention(m: &Mention) -> Triple {
        Triple {
            source: m.source.clone().unwrap_or_default(),
            target: m.target.clone().unwrap_or_default(),
            code: m.cameo.clone(),
        }
    }
}

/// The triples a coded sentence offers for scoring: by CAMEO code, or by
/// PLOVER event type when `plover` (codes without one are left out). A symmetric event (a meeting, an
/// agreement) is one mention but holds both ways, as gold sets write it.
pub fn triples_of(mentions: &[Mention], plover: bool) -> Vec<Triple> {
    let mut out = Vec::new();
    for m in mentions {
        let mut t = Triple::from_mention(m);
        if plover {
            // A CAMEO code PLOVER does not map (a bare comment) is no PLOVER event.
            let Some(event) = &m.plover_event else { continue };
            t.code = event.clone();
        }
        if m.symmetric && !t.target.is_empty() {
            out.push(Triple { source: t.target.clone(), target: t.source.clone(), code: t.code.clone() });
        }
        out.push(t);
    }
    out
}

/// Whether a gold set is coded in PLOVER event types rather than CAMEO codes.
pub fn is_plover_gold(records: &[GoldRecord]) -> bool {
    records.iter().flat_map(|r| &r.expected).any(|t| t.code.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// The current PLOVER name of a PLOVER 0.5b1 event type (the GSR's): four
/// types were renamed or merged since.
pub fn plover_current_name(old: &str) -> &str {
    match old {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// Micro precision, recall and F1 at one granularity.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Prf {
    pub granularity: String,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RecordsReport {
    pub records: usize,
    pub expected_triples: usize,
    pub predicted_triples: usize,
    /// Records whose predictions match the gold exactly (PETRARCH's pass/fail).
    pub exact_records: usize,
    /// (source, target, root) scores of each code root, gold roots and predicted ones alike.
    pub per_root: Vec<Prf>,
    /// The most frequent ways predictions and gold differ, most frequent first.
    pub error_kinds: Vec<(String, usize)>,
    pub levels: Vec<Prf>,
    /// Every record whose (source, target, root) triples differ from the gold,
    /// with what was expected and what was coded, in file order.
    pub mismatches: Vec<RecordMismatch>,
}

/// One gold record the coder got wrong on (source, target, root), after the
/// scoring conventions: the triples only the gold has and those only the coder has.
#[derive(Debug, Clone, Serialize)]
pub struct RecordMismatch {
    pub id: String,
    pub text: String,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

/// A gold record of `../shared/eval/*.jsonl` (PETRARCH and PLOVER sets).
#[derive(Debug, Clone)]
pub struct GoldRecord {
    pub id: String,
    pub text: String,
    /// ISO date (`YYYY-MM-DD`) the record is dated.
    pub date: Option<String>,
    /// The record's language (`lang`); the public gold sets are English and leave it out.
    pub lang: String,
    pub expected: Vec<Triple>,
}

/// Whether a gold file states each expected event's factuality (Vigie's own
/// sets do, with negated, hypothetical and planned variants among the
/// expected events). The public sets do not: their expected events are
/// things that happened, so only asserted mentions are scored against them.
pub fn gold_states_factuality(jsonl: &str) -> bool {
    jsonl.lines().filter(|l| !l.trim().is_empty()).any(|line| {
        serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|v| v.get("expected").and_then(Value::as_array).cloned())
            .is_some_and(|expected| expected.iter().any(|e| e.get("factuality").is_some()))
    })
}

/// Reads gold records (one JSON object per line), keeping those the source
/// file marks as part of its official run.
pub fn read_records(jsonl: &str) -> Result<Vec<GoldRecord>, EvalError> {
    let mut out = Vec::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line)?;
        if v.get("included_in_official_run").and_then(Value::as_bool) == Some(false) {
            continue;
        }
        let text = v.get("text").and_then(Value::as_str).ok_or_else(|| EvalError::Shape("record without text".into()))?;
        let date = v.get("date").and_then(Value::as_str).map(|d| {
            if d.len() == 8 && d.chars().all(|c| c.is_ascii_digit()) {
                format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..])
            } else {
                d.to_string()
            }
        });
        let mut expected = Vec::new();
        for e in v.get("expected").and_then(Value::as_array).into_iter().flatten() {
            let t = Triple {
                source: e.get("source").and_then(Value::as_str).unwrap_or_default().to_string(),
                target: e.get("target").and_then(Value::as_str).unwrap_or_default().to_string(),
                code: plover_current_name(e.get("code").and_then(Value::as_str).unwrap_or_default()).to_string(),
            };
            // A gold event marked symmetric (Vigie's own sets) holds both
            // ways, as a predicted symmetric event is scored (`triples_of`).
            if e.get("symmetric").and_then(Value::as_bool) == Some(true) && !t.target.is_empty() {
                expected.push(Triple { source: t.target.clone(), target: t.source.clone(), code: t.code.clone() });
            }
            expected.push(t);
        }
        out.push(GoldRecord {
            id: v.get("id").and_then(Value::as_str).unwrap_or_default().to_string(),
            text: text.to_string(),
            date,
            lang: v.get("lang").and_then(Value::as_str).unwrap_or("en").to_string(),
            expected,
        });
    }
    Ok(out)
}

type Projection = fn(&Triple) -> String;

/// Vigie's international organisations and their Phoenix codes
/// (`data/international_organisations.tsv`): code → Phoenix code, if any.
fn international_organisations() -> &'static std::collections::HashMap<String, Option<String>> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, Option<String>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/international_organisations.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code\t") && !l.trim().is_empty())
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let phoenix = cols.get(2).filter(|p| **p != "-").map(|p| p.to_string());
                Some((cols.first()?.to_string(), phoenix))
            })
            .collect()
    })
}

/// Vigie's named armed groups and their codes in the public sets'
/// conventions (`data/armed_groups.tsv`): code → (Phoenix code, PLOVER code),
/// each absent where that convention has none.
fn armed_groups() -> &'static std::collections::HashMap<String, (Option<String>, Option<String>)> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, (Option<String>, Option<String>)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let column = |c: Option<&&str>| c.map(|v| v.trim()).filter(|v| !v.is_empty() && *v != "-").map(str::to_string);
        include_str!("../data/armed_groups.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("code\t") && !l.trim().is_empty())
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                Some((cols.first()?.to_string(), (column(cols.get(1)), column(cols.get(2)))))
            })
            .collect()
    })
}

/// CAMEO sector → PLOVER sector, where the two name one sector differently
/// (`data/plover_sectors.tsv`).
fn plover_sectors() -> &'static std::collections::HashMap<String, String> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| two_column_table(include_str!("../data/plover_sectors.tsv"), "cameo\t"))
}

/// A data file of two tab-separated columns as a map from the first to
/// the second, without its `#` comments and its header line.
fn two_column_table(text: &str, header: &str) -> std::collections::HashMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(header) && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t').map(|(key, value)| (key.trim().to_string(), value.trim().to_string())))
        .collect()
}

/// `code` with each of its sectors (the upper-case triples after the
/// country) replaced by what `rewrite` gives, or dropped where it gives
/// nothing; the country part and an ethnic suffix (`kur`) stay.
fn rewrite_sectors(code: &str, rewrite: impl for<'s> Fn(&'s str) -> Option<&'s str>) -> String {
    if code.len() < 6 || !code.is_ascii() {
        return code.to_string();
    }
    let mut out = code[..3].to_string();
    let mut rest = &code[3..];
    while rest.len() >= 3 && rest[..3].bytes().all(|b| b.is_ascii_uppercase()) {
        let (sector, tail) = rest.split_at(3);
        if let Some(replacement) = rewrite(sector) {
            out.push_str(replacement);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// A predicted code with its sectors in PLOVER's names (`CHEHLH` →
/// `CHEMED`, `NICMED` → `NICJRN`); the country part stays.
fn in_plover_sectors(code: &str) -> String {
    let table = plover_sectors();
    rewrite_sectors(code, |sector| Some(table.get(sector).map_or(sector, String::as_str)))
}

/// Sectors the coder writes that the public sets' dictionaries have no
/// code for (`data/uncoded_sectors.tsv`).
fn uncoded_sectors() -> &'static std::collections::HashSet<String> {
    static TABLE: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/uncoded_sectors.tsv")
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && *l != "sector" && !l.is_empty())
            .map(str::to_string)
            .collect()
    })
}

/// A predicted code without the sectors its gold set cannot write
/// (`PHLPKO` → `PHL`); the country part and every other sector stay.
fn without_uncoded_sectors(code: &str) -> String {
    let table = uncoded_sectors();
    rewrite_sectors(code, |sector| (!table.contains(sector)).then_some(sector))
}

/// PLOVER gold country codes that are not ISO 3166-1 alpha-3 → the ISO
/// code (`data/legacy_country_codes.tsv`).
fn legacy_country_codes() -> &'static std::collections::HashMap<String, String> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| two_column_table(include_str!("../data/legacy_country_codes.tsv"), "gold\t"))
}

/// A gold code with its country part in ISO 3166-1 alpha-3 (`JAPGOV` →
/// `JPNGOV`); sectors and any ethnic suffix stay.
fn in_iso_country(code: &str) -> String {
    match code.get(..3).and_then(|country| legacy_country_codes().get(country)) {
        Some(iso) => format!("{iso}{}", &code[3..]),
        None => code.to_string(),
    }
}

/// The sector PLOVER's gold markup writes where none was given.
const UNGIVEN_SECTOR: &str = "***";

/// Puts gold and predicted actor codes in the gold set's convention for
/// international organisations (see `data/international_organisations.tsv`):
/// PLOVER's records write any of them as `IGO` plus a sector, so both sides
/// become `IGO`; Phoenix-coded sets (`IGOUNO`) get each predicted code's
/// Phoenix code; a set that writes no `IGO…` code (Vigie's own) is left as
/// it is. Sectors their dictionaries have no code for (peacekeepers, `PKO`:
/// `data/uncoded_sectors.tsv`) are removed from predicted codes for such
/// sets. Named armed groups (`HMS`, `PKK`) take the code the set's convention
/// gives them (`data/armed_groups.tsv`: Phoenix `PSEREBHMS`, PLOVER's country
/// + REB, `PSEREB`), where it has one. PLOVER's records also name two sectors their own way (medical
/// `MED`, press `JRN`: `data/plover_sectors.tsv`), so predicted sectors are
/// renamed for them. Countries and every other code are left as they are.
fn organisation_convention(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> (Vec<GoldRecord>, Vec<Vec<Triple>>) {
    let table = international_organisations();
    let plover = is_plover_gold(records);
    // A set in Vigie's own codes (`UNO`, `NATO`) is left alone.
    let phoenix = records.iter().flat_map(|r| &r.expected).any(|t| t.source.starts_with("IGO") || t.target.starts_with("IGO"));
    if !phoenix {
        return (records.to_vec(), predictions.to_vec());
    }
    // PLOVER's markup writes the sector `***` where its annotator gave none
    // (`Israeli troops` → `ISR***`): no code any coder writes, so the side is
    // compared as the bare country the annotator did give.
    let gold_side = |code: &str| match code.strip_suffix(UNGIVEN_SECTOR) {
        Some(country) if plover && country.len() == 3 => in_iso_country(country),
        _ if plover && code.starts_with("IGO") => "IGO".to_string(),
        _ if plover => suffix_in_lower_case(&in_iso_country(code)),
        _ => code.to_string(),
    };
    let groups = armed_groups();
    // `HMS`: a named armed group, as the set's convention writes it.
    let group_code = |code: &str| groups.get(code).and_then(|(phoenix, plover_code)| if plover { plover_code.clone() } else { phoenix.clone() });
    let predicted_side = |code: &str| match table.get(code) {
        _ if group_code(code).is_some() => group_code(code).unwrap_or_default(),
        Some(_) if plover => "IGO".to_string(),
        Some(Some(phoenix)) => phoenix.clone(),
        // `UNOMIL`: the body's own code, then the sector Vigie appends.
        None if organisation_with_sectors(code, table).is_some() => match organisation_with_sectors(code, table) {
            _ if plover => "IGO".to_string(),
            Some((Some(phoenix), sectors)) => without_uncoded_sectors(&format!("{phoenix}{sectors}")),
            _ => without_uncoded_sectors(code),
        },
        _ if plover => in_plover_sectors(&without_uncoded_sectors(code)),
        _ => without_uncoded_sectors(code),
    };
    let gold = records
        .iter()
        .map(|r| GoldRecord {
            expected: r.expected.iter().map(|t| Triple { source: gold_side(&t.source), target: gold_side(&t.target), code: t.code.clone() }).collect(),
            ..r.clone()
        })
        .collect();
    let predicted = predictions
        .iter()
        .map(|p| p.iter().map(|t| Triple { source: predicted_side(&t.source), target: predicted_side(&t.target), code: t.code.clone() }).collect())
        .collect();
    (gold, predicted)
}

/// An international body's code followed by CAMEO sectors (`UNOMIL`, the
/// UN's troops): the body's Phoenix code, if any, and the sectors.
fn organisation_with_sectors<'a>(code: &'a str, table: &'a std::collections::HashMap<String, Option<String>>) -> Option<(Option<&'a String>, &'a str)> {
    (1..code.len() / 3).map(|n| code.len() - 3 * n).find_map(|cut| {
        let (body, sectors) = (code.get(..cut)?, code.get(cut..)?);
        let phoenix = table.get(body)?;
        sectors.bytes().all(|b| b.is_ascii_uppercase()).then_some((phoenix.as_ref(), sectors))
    })
}

/// A PLOVER gold code of country, sector and a third three-letter part
/// with that part in lower case: the markup mostly writes ethnic groups as
/// CAMEO's ethnic table does (`MKDREBalb`) but sometimes in capitals
/// (`BDIREBHUT`), which is the same group.
fn suffix_in_lower_case(code: &str) -> String {
    if code.len() == 9 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        format!("{}{}", &code[..6], code[6..].to_ascii_lowercase())
    } else {
        code.to_string()
    }
}

/// The CAMEO ethnic suffix of a code (`IRQCVLkur` → `kur`): its trailing
/// lower-case letters; every other part of a code is upper-case.
fn ethnic_suffix_len(code: &str) -> usize {
    code.chars().rev().take_while(|c| c.is_ascii_lowercase()).count()
}

/// A gold set that writes no ethnic suffix anywhere (Vigie's own sets,
/// PETRARCH2's validation) does not annotate ethnic groups: predicted
/// suffixes are dropped before comparing, as a finer code than the set
/// writes. A set that writes them (PLOVER's) is compared as written.
fn ethnic_convention(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> Vec<Vec<Triple>> {
    let annotated = records.iter().flat_map(|r| &r.expected).any(|t| ethnic_suffix_len(&t.source) > 0 || ethnic_suffix_len(&t.target) > 0);
    if annotated {
        return predictions.to_vec();
    }
    let strip = |code: &str| code[..code.len() - ethnic_suffix_len(code)].to_string();
    predictions.iter().map(|p| p.iter().map(|t| Triple { source: strip(&t.source), target: strip(&t.target), code: t.code.clone() }).collect()).collect()
}

/// Scores predictions per record against the gold, as `../shared/eval/README.md`
/// prescribes: multiset matching of triples, at several granularities.
pub fn score_records(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> RecordsReport {
    let predictions = ethnic_convention(records, predictions);
    let (records, predictions) = organisation_convention(records, &predictions);
    let (records, predictions) = (records.as_slice(), predictions.as_slice());
    let levels: [(&str, Projection); 6] = [
        ("exact triple", |t| format!("{}|{}|{}", t.source, t.target, t.code)),
        ("source, target, root", |t| format!("{}|{}|{}", t.source, t.target, t.code.get(..2).unwrap_or(""))),
        ("source, target, quad class", |t| format!("{}|{}|{}", t.source, t.target, quad_of(&t.code))),
        ("root only", |t| t.code.get(..2).unwrap_or("").to_string()),
        ("actors only", |t| format!("{}|{}", t.source, t.target)),
        ("actor countries only", |t| format!("{}|{}", t.source.chars().take(3).collect::<String>(), t.target.chars().take(3).collect::<String>())),
    ];
    let mut out = Vec::new();
    for (name, project) in levels {
        let mut prf = Prf { granularity: name.to_string(), ..Default::default() };
        for (rec, pred) in records.iter().zip(predictions) {
            let mut gold: Vec<String> = rec.expected.iter().map(project).collect();
            for p in pred.iter().map(project) {
                match gold.iter().position(|g| *g == p) {
                    Some(i) => {
                        gold.swap_remove(i);
                        prf.true_positives += 1;
                    }
                    None => prf.false_positives += 1,
                }
            }
            prf.false_negatives += gold.len();
        }
        prf.precision = ratio(prf.true_positives, prf.true_positives + prf.false_positives);
        prf.recall = ratio(prf.true_positives, prf.true_positives + prf.false_negatives);
        prf.f1 = f1(prf.precision, prf.recall);
        out.push(prf);
    }
    let exact_records = records
        .iter()
        .zip(predictions)
        .filter(|(r, p)| {
            let mut gold = r.expected.clone();
            p.len() == gold.len()
                && p.iter().all(|t| match gold.iter().position(|g| g == t) {
                    Some(i) => {
                        gold.swap_remove(i);
                        true
                    }
                    None => false,
                })
        })
        .count();
    RecordsReport {
        records: records.len(),
        expected_triples: records.iter().map(|r| r.expected.len()).sum(),
        predicted_triples: predictions.iter().map(Vec::len).sum(),
        exact_records,
        levels: out,
        per_root: per_root(records, predictions),
        error_kinds: error_kinds(records, predictions, 20),
        mismatches: records_coded_wrong(records, predictions),
    }
}

fn records_coded_wrong(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> Vec<RecordMismatch> {
    let show = |t: &Triple| format!("{} {} {}", or_dash(&t.source), or_dash(&t.target), t.code);
    let key = |t: &Triple| (t.source.clone(), t.target.clone(), root_of(t).to_string());
    let mut out = Vec::new();
    for (rec, pred) in records.iter().zip(predictions) {
        let mut missed: Vec<&Triple> = rec.expected.iter().collect();
        let mut spurious = Vec::new();
        for p in pred {
            match missed.iter().position(|g| key(g) == key(p)) {
                Some(i) => {
                    missed.remove(i);
                }
                None => spurious.push(show(p)),
            }
        }
        if !missed.is_empty() || !spurious.is_empty() {
            out.push(RecordMismatch { id: rec.id.clone(), text: rec.text.clone(), missed: missed.into_iter().map(show).collect(), spurious });
        }
    }
    out
}

fn or_dash(code: &str) -> &str {
    if code.is_empty() { "-" } else { code }
}

fn root_of(t: &Triple) -> &str {
    t.code.get(..2).filter(|r| r.bytes().all(|b| b.is_ascii_digit())).unwrap_or(&t.code)
}

/// Micro scores on (source, target, root), split by the root of the triple:
/// a true positive and a miss count for the gold triple's root, a false
/// alarm for the predicted one's.
fn per_root(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> Vec<Prf> {
    let key = |t: &Triple| format!("{}|{}|{}", t.source, t.target, root_of(t));
    let mut by_root: std::collections::BTreeMap<String, Prf> = std::collections::BTreeMap::new();
    for (rec, pred) in records.iter().zip(predictions) {
        let mut gold: Vec<&Triple> = rec.expected.iter().collect();
        for p in pred {
            let entry = by_root.entry(root_of(p).to_string()).or_default();
            match gold.iter().position(|g| key(g) == key(p)) {
                Some(i) => {
                    gold.swap_remove(i);
                    entry.true_positives += 1;
                }
                None => entry.false_positives += 1,
            }
        }
        for g in gold {
            by_root.entry(root_of(g).to_string()).or_default().false_negatives += 1;
        }
    }
    by_root
        .into_iter()
        .map(|(root, mut prf)| {
            prf.granularity = root;
            prf.precision = ratio(prf.true_positives, prf.true_positives + prf.false_positives);
            prf.recall = ratio(prf.true_positives, prf.true_positives + prf.false_negatives);
            prf.f1 = f1(prf.precision, prf.recall);
            prf
        })
        .collect()
}

/// Names how each gold triple was missed, by comparing it with the closest
/// prediction of its record, and each unmatched prediction of a record with no
/// gold left as spurious: `missed 04`, `wrong target 13`, `agent differs`…
fn error_kinds(records: &[GoldRecord], predictions: &[Vec<Triple>], top: usize) -> Vec<(String, usize)> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let country = |code: &str| code.chars().take(3).collect::<String>();
    for (rec, pred) in records.iter().zip(predictions) {
        let mut gold: Vec<&Triple> = rec.expected.iter().collect();
        let mut left: Vec<&Triple> = pred.iter().collect();
        // Exact matches are not errors.
        gold.retain(|g| match left.iter().position(|p| p == g) {
            Some(i) => {
                left.swap_remove(i);
                false
            }
            None => true,
        });
        for g in gold {
            let same_root = left.iter().position(|p| root_of(p) == root_of(g));
            let kind = match same_root {
                None if left.is_empty() => format!("missed {}", root_of(g)),
                None => format!("wrong root ({} coded, {} expected)", root_of(left[0]), root_of(g)),
                Some(i) => {
                    let p = left.swap_remove(i);
                    if p.source == g.source && p.target == g.target {
                        format!("code too general or too specific in {}", root_of(g))
                    } else if p.source == g.target && p.target == g.source {
                        "source and target swapped".to_string()
                    } else if p.source != g.source && country(&p.source) == country(&g.source) {
                        "source agent differs".to_string()
                    } else if p.target != g.target && country(&p.target) == country(&g.target) && p.source == g.source {
                        "target agent differs".to_string()
                    } else if p.source != g.source {
                        if p.source.is_empty() { "no source".into() } else { "wrong source".into() }
                    } else if p.target.is_empty() {
                        "no target".to_string()
                    } else if g.target.is_empty() {
                        "target where none expected".to_string()
                    } else {
                        "wrong target".to_string()
                    }
                }
            };
            *counts.entry(kind).or_default() += 1;
        }
        for p in left {
            let kind = if rec.expected.is_empty() { format!("event in a no-event record ({})", root_of(p)) } else { format!("extra event {}", root_of(p)) };
            *counts.entry(kind).or_default() += 1;
        }
    }
    let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sorted.truncate(top);
    sorted
}

fn quad_of(code: &str) -> u8 {
    match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        Some(14..=20) => 4,
        _ => 0,
    }
}

impl RecordsReport {
    pub fn render(&self) -> String {
        let mut s = format!(
            "{} records, {} expected triples, {} predicted; {} records exactly right ({:.1}%)\n",
            self.records,
            self.expected_triples,
            self.predicted_triples,
            self.exact_records,
            100.0 * self.exact_records as f64 / self.records.max(1) as f64
        );
        s.push_str(&format!("  {:<28} {:>5} {:>5} {:>5} {:>9} {:>7} {:>5}\n", "granularity", "TP", "FP", "FN", "precision", "recall", "F1"));
        for l in &self.levels {
            s.push_str(&format!(
                "  {:<28} {:>5} {:>5} {:>5} {:>9.2} {:>7.2} {:>5.2}\n",
                l.granularity, l.true_positives, l.false_positives, l.false_negatives, l.precision, l.recall, l.f1
            ));
        }
        s.push_str("  per code root, on (source, target, root):\n");
        for l in &self.per_root {
            s.push_str(&format!(
                "    {:<26} {:>5} {:>5} {:>5} {:>9.2} {:>7.2} {:>5.2}\n",
                l.granularity, l.true_positives, l.false_positives, l.false_negatives, l.precision, l.recall, l.f1
            ));
        }
        s.push_str("  most frequent errors:\n");
        for (kind, n) in &self.error_kinds {
            s.push_str(&format!("    {n:>5}  {kind}\n"));
        }
        s
    }

    /// The records coded wrong, one block each: id and text, then `-` before
    /// each gold triple missed and `+` before each triple coded in excess.
    pub fn render_mismatches(&self) -> String {
        let mut s = String::new();
        for m in &self.mismatches {
            s.push_str(&format!("{}  {}\n", m.id, m.text));
            for t in &m.missed {
                s.push_str(&format!("  - {t}\n"));
            }
            for t in &m.spurious {
                s.push_str(&format!("  + {t}\n"));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, g: &str, c: &str) -> Triple {
        Triple { source: s.into(), target: g.into(), code: c.into() }
    }

    /// A one-sentence gold record of language `lang` expecting `expected`.
    fn gold_in(lang: &str, expected: Vec<Triple>) -> GoldRecord {
        GoldRecord { id: "x".into(), text: String::new(), date: None, lang: lang.into(), expected }
    }

    /// True positives on exact triples.
    fn exact(records: &[GoldRecord], predictions: &[Vec<Triple>]) -> usize {
        score_records(records, predictions).levels[0].true_positives
    }

    #[test]
    fn only_sets_that_state_factuality_are_scored_on_every_mention() {
        let own = r#"{"id":"fr-1","text":"t","expected":[{"source":"RUS","target":"UKR","code":"190","factuality":"negated"}]}"#;
        let public = "{\"id\":\"p\",\"text\":\"t\",\"expected\":[{\"source\":\"RUS\",\"target\":\"UKR\",\"code\":\"190\"}]}\n{\"id\":\"q\",\"text\":\"t\",\"expected\":[]}";
        assert!(gold_states_factuality(own));
        assert!(!gold_states_factuality(public));
        assert!(!gold_states_factuality(""));
    }

    #[test]
    fn ethnic_suffixes_count_only_where_the_gold_writes_them() {
        let record = |expected| GoldRecord { id: "a".into(), text: String::new(), date: None, lang: "en".into(), expected };
        let exact = |records: &[GoldRecord], predicted: &str| {
            let r = score_records(records, &[vec![t(predicted, "IRQGOV", "14")]]);
            r.levels.iter().find(|l| l.granularity == "exact triple").unwrap().true_positives
        };
        // A set that annotates no ethnic group: the suffix is finer than it writes.
        let plain = vec![record(vec![t("IRQCVL", "IRQGOV", "14")])];
        assert_eq!(exact(&plain, "IRQCVLkur"), 1);
        // A set that writes them: compared as written, both ways.
        let suffixed = vec![record(vec![t("IRQCVLkur", "IRQGOV", "14")])];
        assert_eq!(exact(&suffixed, "IRQCVLkur"), 1);
        assert_eq!(exact(&suffixed, "IRQCVL"), 0);
    }

    #[test]
    fn triples_match_as_multisets_at_each_granularity() {
        let records = vec![
            GoldRecord { id: "a".into(), text: String::new(), date: None, lang: "en".into(), expected: vec![t("USA", "CHN", "042")] },
            GoldRecord { id: "b".into(), text: String::new(), date: None, lang: "en".into(), expected: vec![] },
        ];
        let predictions = vec![vec![t("USAGOV", "CHN", "043")], vec![t("RUS", "UKR", "190")]];
        let r = score_records(&records, &predictions);
        let level = |n: &str| r.levels.iter().find(|l| l.granularity == n).unwrap();
        assert_eq!(level("exact triple").true_positives, 0);
        assert_eq!(level("exact triple").false_positives, 2);
        assert_eq!(level("root only").true_positives, 1);
        assert_eq!(level("actor countries only").true_positives, 1);
        assert_eq!(r.exact_records, 0);
        let perfect = score_records(&records, &[vec![t("USA", "CHN", "042")], vec![]]);
        assert_eq!(perfect.exact_records, 2);
        assert_eq!(perfect.levels[0].f1, 1.0);
        // Per root: the 04 gold was missed (its prediction differs in agent), the 19 is a false alarm.
        let root = |n: &str| r.per_root.iter().find(|l| l.granularity == n).unwrap();
        assert_eq!((root("04").true_positives, root("04").false_positives, root("04").false_negatives), (0, 1, 1));
        assert_eq!(root("19").false_positives, 1);
        let kinds: Vec<&str> = r.error_kinds.iter().map(|(k, _)| k.as_str()).collect();
        assert!(kinds.contains(&"source agent differs"), "{kinds:?}");
        assert!(kinds.contains(&"event in a no-event record (19)"), "{kinds:?}");
    }

    #[test]
    fn records_coded_wrong_list_what_was_missed_and_what_was_added() {
        let records = vec![
            GoldRecord { id: "a".into(), text: "A".into(), date: None, lang: "en".into(), expected: vec![t("USA", "CHN", "042"), t("CHN", "USA", "042")] },
            GoldRecord { id: "b".into(), text: "B".into(), date: None, lang: "en".into(), expected: vec![t("RUS", "UKR", "190")] },
            GoldRecord { id: "c".into(), text: "C".into(), date: None, lang: "en".into(), expected: vec![] },
        ];
        // a: one of two right (a finer code of the same root counts); b: right; c: a false alarm.
        let predictions = vec![vec![t("USA", "CHN", "0421")], vec![t("RUS", "UKR", "190")], vec![t("IRN", "", "010")]];
        let r = score_records(&records, &predictions);
        let ids: Vec<&str> = r.mismatches.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(r.mismatches[0].missed, ["CHN USA 042"]);
        assert!(r.mismatches[0].spurious.is_empty());
        assert_eq!(r.mismatches[1].spurious, ["IRN - 010"]);
        let text = r.render_mismatches();
        assert!(text.contains("a  A\n  - CHN USA 042\n") && text.contains("c  C\n  + IRN - 010\n"), "{text}");
    }

    fn mention(source: &str, target: &str, cameo: &str, plover: Option<&str>, symmetric: bool) -> Mention {
        serde_json::from_value(serde_json::json!({
            "article_id": "a", "sentence_index": 0, "sentence": "s", "source": source, "target": target,
            "cameo": cameo, "cameo_label": "", "cameo_root": &cameo[..2], "quad_class": 1, "goldstein": 0.0,
            "plover_event": plover, "factuality": "asserted", "historical": false, "first": false,
            "symmetric": symmetric, "rule": "r", "spans": {"sentence": [0, 1], "verb": [0, 1]}, "language": "en"
        }))
        .unwrap()
    }

    #[test]
    fn symmetric_events_score_both_ways_and_plover_skips_unmapped_codes() {
        let ms = [mention("HUNGOV", "ROUGOV", "057", Some("AGREE"), true), mention("HUNGOV", "", "010", None, false)];
        assert_eq!(triples_of(&ms, false).len(), 3);
        let plover = triples_of(&ms, true);
        assert_eq!(plover, vec![t("ROUGOV", "HUNGOV", "AGREE"), t("HUNGOV", "ROUGOV", "AGREE")]);
        assert_eq!(plover_current_name("DEMAND"), "REQUEST");
    }

    #[test]
    fn a_gold_event_marked_symmetric_holds_both_ways() {
        let line = r#"{"id":"x","text":"Tokyo and Seoul held talks.","expected":[{"source":"JPNGOV","target":"KORGOV","code":"040","symmetric":true},{"source":"JPNGOV","target":"","code":"010","symmetric":true}]}"#;
        let records = read_records(line).unwrap();
        assert_eq!(records[0].expected, vec![t("KORGOV", "JPNGOV", "040"), t("JPNGOV", "KORGOV", "040"), t("JPNGOV", "", "010")]);
        // A symmetric prediction then matches it exactly, both ways.
        let predicted = triples_of(&[mention("JPNGOV", "KORGOV", "040", None, true)], false);
        let one = &records[..1];
        let report = score_records(&[GoldRecord { expected: records[0].expected[..2].to_vec(), ..one[0].clone() }], &[predicted]);
        assert_eq!(report.exact_records, 1);
    }

    #[test]
    fn international_organisations_are_compared_in_the_gold_sets_convention() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        // PLOVER names no organisation: `IGO` plus a sector, any international body.
        let plover = vec![gold(vec![t("HUN", "IGOGOV", "AGREE")]), gold(vec![t("IGO", "SDNGOV", "REQUEST")])];
        assert_eq!(exact(&plover, &[vec![t("HUN", "UNSC", "AGREE")], vec![t("AMN", "SDNGOV", "REQUEST")]]), 2);
        // Not a country, nor an armed group that is no international body.
        assert_eq!(exact(&plover, &[vec![t("HUN", "HUN", "AGREE")], vec![t("HMS", "SDNGOV", "REQUEST")]]), 0);
        // Phoenix-coded gold: each organisation by its Phoenix code, nothing coarser.
        let phoenix = vec![gold(vec![t("UKR", "IGOEUREEC", "057")]), gold(vec![t("IGOUNOMIL", "SYR", "087")])];
        assert_eq!(exact(&phoenix, &[vec![t("UKR", "EUR", "057")], vec![t("UNO", "SYR", "087")]]), 1);
        // The body's troops: its Phoenix code with the sector, `IGO` for PLOVER.
        assert_eq!(exact(&phoenix, &[vec![], vec![t("UNOMIL", "SYR", "087")]]), 1);
        assert_eq!(exact(&[gold(vec![t("IGOMIL", "SDNGOV", "REQUEST")])], &[vec![t("UNOMIL", "SDNGOV", "REQUEST")]]), 1);
        // Vigie's own sets write Vigie's codes.
        let own = vec![gold(vec![t("NATO", "RUS", "138")])];
        assert_eq!(exact(&own, &[vec![t("NATO", "RUS", "138")]]), 1);
    }

    #[test]
    fn plover_gold_countries_written_outside_iso_are_read_as_iso() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        let plover = vec![gold(vec![t("ITL", "SRB", "SANCTION")]), gold(vec![t("RUSGOV", "JAPGOV", "CONSULT")]), gold(vec![t("IGO", "SDNGOV", "REQUEST")])];
        assert_eq!(exact(&plover, &[vec![t("ITA", "SRB", "SANCTION")], vec![t("RUSGOV", "JPNGOV", "CONSULT")], vec![]]), 2);
        // Only the country part is read; the sector still has to match.
        assert_eq!(exact(&plover, &[vec![t("ITAGOV", "SRB", "SANCTION")], vec![t("RUSGOV", "JPN", "CONSULT")], vec![]]), 0);
        assert_eq!(in_iso_country("VTNMIL"), "VNMMIL");
        assert_eq!(in_iso_country("USA"), "USA");
    }

    #[test]
    fn a_plover_side_with_no_sector_given_is_its_bare_country() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        let plover = vec![gold(vec![t("PSE***", "ISR***", "PROTEST")]), gold(vec![t("IGO", "SDNGOV", "REQUEST")])];
        assert_eq!(exact(&plover, &[vec![t("PSE", "ISR", "PROTEST")], vec![]]), 1);
        // A sector the annotator did not give is no licence for any sector.
        assert_eq!(exact(&plover, &[vec![t("PSEOPP", "ISRMIL", "PROTEST")], vec![]]), 0);
    }

    #[test]
    fn named_armed_groups_are_compared_in_the_gold_sets_convention() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        // PLOVER writes a national armed group as its country's rebels, with the
        // ethnic suffix of a minority's group, and a transnational one as IMG.
        let plover = vec![gold(vec![t("PSEREB", "ISR", "THREATEN")]), gold(vec![t("TURREBkur", "TURGOV", "REQUEST")]), gold(vec![t("IMG", "IGO", "THREATEN")])];
        assert_eq!(exact(&plover, &[vec![t("HMS", "ISR", "THREATEN")], vec![t("PKK", "TURGOV", "REQUEST")], vec![t("ALQ", "UNO", "THREATEN")]]), 3);
        // Still a group of that country only, and never an international body.
        assert_eq!(exact(&plover, &[vec![t("HEZ", "ISR", "THREATEN")], vec![t("PKK", "TUR", "REQUEST")], vec![t("UNO", "UNO", "THREATEN")]]), 0);
        // Phoenix-coded gold takes the Phoenix dictionary's code, where it has one.
        let phoenix = vec![gold(vec![t("USA", "IMGMUSISI", "112")]), gold(vec![t("IGOUNO", "PSEREBHMS", "190")])];
        assert_eq!(exact(&phoenix, &[vec![t("USA", "ISI", "112")], vec![t("UNO", "HMS", "190")]]), 2);
        assert_eq!(exact(&phoenix, &[vec![t("USA", "ALQ", "112")], vec![t("UNO", "HEZ", "190")]]), 0);
        // Vigie's own sets write Vigie's codes.
        let own = vec![gold(vec![t("HMS", "ISR", "190")])];
        assert_eq!(exact(&own, &[vec![t("HMS", "ISR", "190")]]), 1);
        assert_eq!(exact(&own, &[vec![t("PSEREB", "ISR", "190")]]), 0);
    }

    #[test]
    fn every_listed_armed_group_is_a_lexicon_organisation() {
        let lexicon = include_str!("../../../lexicons/actors/organisations.tsv");
        let known: std::collections::HashSet<&str> =
            lexicon.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
        let table = armed_groups();
        assert!(table.len() >= 10, "{}", table.len());
        for (code, (phoenix, plover)) in table {
            assert!(known.contains(code.as_str()), "{code} is not in organisations.tsv");
            assert!(!international_organisations().contains_key(code), "{code} is also an international body");
            assert!(phoenix.is_some() || plover.is_some(), "{code} has no code in any convention");
        }
    }

    #[test]
    fn plover_sets_are_compared_in_plovers_sector_names() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        // CAMEO's health sector is PLOVER's MED; CAMEO's media sector PLOVER's JRN.
        let plover = vec![gold(vec![t("CHEMED", "IGOMED", "AID")]), gold(vec![t("NICGOV", "NICJRN", "COERCE")])];
        assert_eq!(exact(&plover, &[vec![t("CHEHLH", "CRC", "AID")], vec![t("NICGOV", "NICMED", "COERCE")]]), 2);
        // A CAMEO MED (media) prediction is not PLOVER's MED (medical).
        assert_eq!(exact(&plover, &[vec![t("CHEMED", "CRC", "AID")], vec![t("NICGOV", "NICJRN", "COERCE")]]), 1);
        // Other sets keep CAMEO's names.
        let phoenix = vec![gold(vec![t("IGOUNO", "SYRHLH", "073")])];
        assert_eq!(exact(&phoenix, &[vec![t("UNO", "SYRHLH", "073")]]), 1);
        assert_eq!(in_plover_sectors("UKRMILHLH"), "UKRMILMED");
        assert_eq!(in_plover_sectors("USA"), "USA");
        assert_eq!(in_plover_sectors("IRQHLHkur"), "IRQMEDkur");
    }

    #[test]
    fn sectors_the_public_sets_cannot_write_are_set_aside_for_them() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        // Phoenix and PLOVER write a national contingent of peacekeepers as its country.
        let phoenix = vec![gold(vec![t("SYRREB", "PHL", "190")]), gold(vec![t("IGOUNO", "SYR", "087")])];
        assert_eq!(exact(&phoenix, &[vec![t("SYRREB", "PHLPKO", "190")], vec![t("UNO", "SYR", "087")]]), 2);
        let plover = vec![gold(vec![t("IGO", "LBN", "AGREE")])];
        assert_eq!(exact(&plover, &[vec![t("UNSC", "LBNPKO", "AGREE")]]), 1);
        // Only that sector: another one still differs, and the country must still match.
        assert_eq!(exact(&phoenix, &[vec![t("SYRREB", "PHLMIL", "190")], vec![t("UNO", "SYR", "087")]]), 1);
        assert_eq!(exact(&phoenix, &[vec![t("SYRREB", "IDNPKO", "190")], vec![t("UNO", "SYR", "087")]]), 1);
        // A set in Vigie's own codes keeps the sector as written.
        let own = vec![gold(vec![t("KEN", "HTI", "074")])];
        assert_eq!(exact(&own, &[vec![t("KENPKO", "HTI", "074")]]), 0);
        assert_eq!(without_uncoded_sectors("BGDPKOMIL"), "BGDMIL");
        assert_eq!(without_uncoded_sectors("IRQCVLkur"), "IRQCVLkur");
    }

    #[test]
    fn every_listed_international_organisation_is_a_lexicon_organisation() {
        let lexicon = include_str!("../../../lexicons/actors/organisations.tsv");
        let known: std::collections::HashSet<&str> =
            lexicon.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
        let table = international_organisations();
        assert!(table.len() >= 40, "{}", table.len());
        for code in table.keys() {
            assert!(known.contains(code.as_str()), "{code} is not in organisations.tsv");
        }
    }

    #[test]
    fn error_kinds_name_misses_swaps_and_missing_targets() {
        let gold = |e: Vec<Triple>| gold_in("fr", e);
        let records = vec![gold(vec![t("RUS", "UKR", "190")]), gold(vec![t("KOR", "RUS", "130")]), gold(vec![t("PRK", "RUS", "042")])];
        let predictions = vec![vec![], vec![t("RUS", "KOR", "130")], vec![t("PRK", "", "042")]];
        let r = score_records(&records, &predictions);
        let kinds: Vec<(&str, usize)> = r.error_kinds.iter().map(|(k, n)| (k.as_str(), *n)).collect();
        assert!(kinds.contains(&("missed 19", 1)), "{kinds:?}");
        assert!(kinds.contains(&("source and target swapped", 1)), "{kinds:?}");
        assert!(kinds.contains(&("no target", 1)), "{kinds:?}");
    }

    #[test]
    fn plover_ethnic_suffixes_written_in_capitals_are_the_same_group() {
        let gold = |e: Vec<Triple>| gold_in("en", e);
        let plover = vec![gold(vec![t("BDIREBHUT", "BDIGOV", "REQUEST")]), gold(vec![t("MKDREBalb", "IGO", "REQUEST")])];
        assert_eq!(exact(&plover, &[vec![t("BDIREBhut", "BDIGOV", "REQUEST")], vec![]]), 1);
        // Another group is still another code.
        assert_eq!(exact(&plover, &[vec![t("BDIREBtut", "BDIGOV", "REQUEST")], vec![]]), 0);
    }
}
