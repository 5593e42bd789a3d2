//! Exports: the store's events in the formats analysts' tools already read —
//! GDELT 2.0 Events (61 tab-separated columns, GDELT's order, no header) and
//! Mentions (16 columns), ICEWS event files (20 columns with a header),
//! PLOVER JSON Lines, and Vigie's own model as CSV, JSON Lines (each event
//! with its mentions) and Parquet (typed columns). This crate owns the column
//! orders, names, types and value conventions of those formats; it reads
//! events only through `vigie-store`'s API and must not know SQL, languages,
//! lexicons or how events were coded.

mod parquet_out;

use std::collections::HashMap;
use std::io::Write;
use std::sync::OnceLock;

use serde_json::{json, Value};
use vigie_model::Factuality;
use vigie_store::dedup::{actor_agents, actor_key, split_ethnic};
use vigie_store::{EventFilter, EventRecord, Store, StoreError, StoredMention};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GDELT 2.0 Events table: 61 tab-separated columns, no header.
    GdeltEvents,
    /// GDELT 2.0 Mentions table: 16 tab-separated columns, no header.
    GdeltMentions,
    /// ICEWS event file: 20 tab-separated columns with a header row.
    Icews,
    /// PLOVER records, one JSON object per line.
    Plover,
    /// Vigie's events, comma-separated with a header.
    Csv,
    /// Vigie's events, one JSON object per line, each with its mentions.
    Jsonl,
    /// Vigie's events as a Parquet file (typed columns, Snappy).
    Parquet,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["gdelt", "gdelt-mentions", "icews", "plover", "csv", "jsonl", "parquet"];

    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "gdelt" | "gdelt-events" => Format::GdeltEvents,
            "gdelt-mentions" => Format::GdeltMentions,
            "icews" => Format::Icews,
            "plover" => Format::Plover,
            "csv" => Format::Csv,
            "jsonl" => Format::Jsonl,
            "parquet" => Format::Parquet,
            _ => return None,
        })
    }
}

/// Writes the events the filter selects to `out` in `format`; returns the
/// number of records written (events, or mentions for GDELT Mentions).
pub fn export<W: Write + Send>(store: &Store, filter: &EventFilter, format: Format, out: W) -> Result<u64, ExportError> {
    let mut out = out;
    let mut n = 0u64;
    // Errors of the writer travel through the store's callback as StoreError::Io.
    match format {
        Format::GdeltEvents => store.for_each_event(filter, |e| {
            n += 1;
            write_tsv(&mut out, &gdelt_event(&e))?;
            Ok(())
        })?,
        Format::GdeltMentions => store.for_each_mention(filter, |m| {
            n += 1;
            write_tsv(&mut out, &gdelt_mention(&m))?;
            Ok(())
        })?,
        Format::Icews => {
            write_tsv(&mut out, &ICEWS_HEADER.iter().map(|s| s.to_string()).collect::<Vec<_>>())?;
            store.for_each_event(filter, |e| {
                n += 1;
                write_tsv(&mut out, &icews_row(&e))?;
                Ok(())
            })?
        }
        Format::Plover => store.for_each_event(filter, |e| {
            n += 1;
            serde_json::to_writer(&mut out, &plover(&e)).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
            Ok(())
        })?,
        Format::Csv => {
            write_csv(&mut out, CSV_COLUMNS.iter().copied())?;
            store.for_each_event(filter, |e| {
                n += 1;
                write_csv(&mut out, csv_row(&e).iter().map(String::as_str))?;
                Ok(())
            })?
        }
        Format::Jsonl => store.for_each_event_with_mentions(filter, |e, mentions| {
            n += 1;
            serde_json::to_writer(&mut out, &full_event(&e, &mentions)).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
            Ok(())
        })?,
        Format::Parquet => {
            n = parquet_out::write(store, filter, &mut out)?;
        }
    }
    out.flush()?;
    Ok(n)
}

/// A field of a tab-separated file: no tab or line break inside.
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn write_tsv(out: &mut impl Write, fields: &[String]) -> std::io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\t")?;
        }
        out.write_all(tsv_field(f).as_bytes())?;
    }
    out.write_all(b"\n")
}

/// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
fn write_csv<'a>(out: &mut impl Write, fields: impl Iterator<Item = &'a str>) -> std::io::Result<()> {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if f.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", f.replace('"', "\"\""))?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    out.write_all(b"\r\n")
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// Digits of an ISO date-time (`2024-06-19`, `2024-06-19T10:05:00Z`,
/// `2024-06-19 10:05`) as GDELT's `YYYYMMDDHHMMSS`; `None` when it is not one.
pub fn gdelt_timestamp(iso: &str) -> Option<String> {
    let iso = iso.trim();
    let date = iso.get(..10)?;
    let (lo, _) = vigie_store::dates::interval(date)?;
    let (y, m, d) = vigie_store::dates::civil_from_days(lo);
    let mut time = String::new();
    for c in iso[10..].chars().skip(1).take(8) {
        if c.is_ascii_digit() {
            time.push(c);
        } else if c != ':' {
            break;
        }
    }
    while time.len() < 6 {
        time.push('0');
    }
    Some(format!("{y:04}{m:02}{d:02}{}", &time[..6]))
}

/// The day an event is filed under: the first day of its date, else of its
/// first report, else of the day it was stored.
fn event_day(e: &EventRecord) -> i64 {
    [e.date_start.as_deref(), e.first_seen.as_deref(), Some(e.added_at.as_str())]
        .into_iter()
        .flatten()
        .find_map(|d| d.get(..10).and_then(vigie_store::dates::interval))
        .map(|(lo, _)| lo)
        .unwrap_or(0)
}

/// One actor of an event: its code and text, and what the coder knew of it —
/// the country it belongs to and the organisation it is. The code's first
/// letters never stand for the country: `UNO`, `EUR`, `AFU` are no countries.
struct ActorOf<'e> {
    code: &'e Option<String>,
    text: &'e Option<String>,
    country: Option<&'e str>,
    org: Option<&'e str>,
}

fn source_of(e: &EventRecord) -> ActorOf<'_> {
    ActorOf { code: &e.source, text: &e.source_text, country: e.source_country.as_deref(), org: e.source_org.as_deref() }
}

fn target_of(e: &EventRecord) -> ActorOf<'_> {
    ActorOf { code: &e.target, text: &e.target_text, country: e.target_country.as_deref(), org: e.target_org.as_deref() }
}

fn country_names() -> &'static HashMap<&'static str, &'static str> {
    static NAMES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../data/countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The English name of a country code (ICEWS spelling), else the code.
pub fn country_name(code: &str) -> String {
    country_names().get(code).map(|s| s.to_string()).unwrap_or_else(|| code.to_string())
}

fn fips_codes() -> &'static HashMap<&'static str, &'static str> {
    static CODES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    CODES.get_or_init(|| {
        include_str!("../data/fips10.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// The FIPS 10-4 code GDELT gives a country (`RUS` → `RS`, `DEU` → `GM`),
/// from `data/fips10.tsv`; `None` for a code that has none.
pub fn fips_country(code: &str) -> Option<&'static str> {
    fips_codes().get(code).copied()
}

fn is_country_place(place_id: &str) -> bool {
    place_id.starts_with("country-")
}

/// The 10 actor columns of GDELT (Code … Type3Code) for one actor. An
/// organisation goes to KnownGroupCode, as GDELT files IGOs and armed
/// groups, with its home country if it has one (`HEZ`: LBN) and none if it
/// is international (`UNO`).
fn gdelt_actor(a: &ActorOf) -> Vec<String> {
    let Some(full_code) = a.code else { return vec![String::new(); 10] };
    let name = a.text;
    let (code, ethnic) = split_ethnic(full_code);
    let (country, group) = (a.country.unwrap_or("").to_string(), a.org.unwrap_or("").to_string());
    let agents = actor_agents(code);
    let agent = |i: usize| agents.get(i).map(|s| s.to_string()).unwrap_or_default();
    vec![
        full_code.clone(),
        name.as_deref().unwrap_or("").to_uppercase(),
        country,
        group,
        ethnic.to_string(),
        String::new(),
        String::new(),
        agent(0),
        agent(1),
        agent(2),
    ]
}

/// One line of the GDELT 2.0 Events table (61 fields, GDELT's order).
pub fn gdelt_event(e: &EventRecord) -> Vec<String> {
    let day = event_day(e);
    let (y, m, d) = vigie_store::dates::civil_from_days(day);
    let year_start = vigie_store::dates::days_from_civil(y, 1, 1);
    let fraction = y as f64 + (day - year_start) as f64 / 365.0;
    let mut f = Vec::with_capacity(61);
    f.push(e.id.to_string()); // 0 GLOBALEVENTID
    f.push(format!("{y:04}{m:02}{d:02}")); // 1 SQLDATE
    f.push(format!("{y:04}{m:02}")); // 2 MonthYear
    f.push(format!("{y:04}")); // 3 Year
    f.push(format!("{fraction:.4}")); // 4 FractionDate
    f.extend(gdelt_actor(&source_of(e))); // 5-14
    f.extend(gdelt_actor(&target_of(e))); // 15-24
    // 25 IsRootEvent. GDELT sets it for events found in an article's lead
    // paragraph, taken as the more important ones. Articles reach Vigie
    // without paragraphs, so the lead is the first three sentences: the
    // founding mention's sentence index is 0, 1 or 2 (0 may be the title).
    f.push(if e.sentence_index <= 2 { "1" } else { "0" }.into());
    f.push(e.cameo.clone()); // 26 EventCode
    f.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string()); // 27 EventBaseCode
    f.push(e.cameo_root.clone()); // 28 EventRootCode
    f.push(e.quad_class.to_string()); // 29 QuadClass
    f.push(format!("{}", e.goldstein)); // 30 GoldsteinScale
    f.push(e.num_mentions.to_string()); // 31 NumMentions
    f.push(e.num_sources.to_string()); // 32 NumSources
    f.push(e.num_articles.to_string()); // 33 NumArticles
    f.push(String::new()); // 34 AvgTone: Vigie does not measure tone
    for _ in 0..2 {
        // 35-42, 43-50: Actor1Geo, Actor2Geo (Vigie places the action, not the actors)
        f.push("0".into());
        f.extend(std::iter::repeat_n(String::new(), 7));
    }
    match &e.location {
        Some(l) => {
            // 51-58 ActionGeo. Country codes are FIPS 10-4, as in GDELT; the
            // ADM1 code is the country's alone (the gazetteer has no
            // first-order divisions), as GDELT writes it for a country; a
            // country's feature id is its FIPS code, as in GDELT.
            let country = is_country_place(&l.place_id);
            let fips = fips_country(&l.country).unwrap_or("");
            f.push(if country { "1" } else { "4" }.into());
            f.push(if country { country_name(&l.country) } else { format!("{}, {}", l.name, country_name(&l.country)) });
            f.push(fips.to_string());
            f.push(fips.to_string());
            f.push(String::new());
            f.push(format!("{}", l.lat));
            f.push(format!("{}", l.lon));
            f.push(if country && !fips.is_empty() { fips.to_string() } else { l.place_id.clone() });
        }
        None => {
            f.push("0".into());
            f.extend(std::iter::repeat_n(String::new(), 7));
        }
    }
    f.push(gdelt_timestamp(&e.added_at).unwrap_or_else(|| format!("{y:04}{m:02}{d:02}000000"))); // 59 DATEADDED
    f.push(e.source_url.clone().unwrap_or_else(|| e.article_id.clone())); // 60 SOURCEURL
    debug_assert_eq!(f.len(), 61);
    f
}

/// One line of the GDELT 2.0 Mentions table (16 fields).
pub fn gdelt_mention(s: &StoredMention) -> Vec<String> {
    let m = &s.mention;
    let a = &s.article;
    let added = gdelt_timestamp(&a.added_at).unwrap_or_default();
    let seen = a.published.as_deref().and_then(gdelt_timestamp).unwrap_or_else(|| added.clone());
    let offset = |span: Option<vigie_model::Span>| span.map(|s| s.0 as i64).unwrap_or(-1).to_string();
    vec![
        s.event_id.to_string(),                               // 0 GLOBALEVENTID
        added,                                                // 1 EventTimeDate (when the article entered the store)
        seen,                                                 // 2 MentionTimeDate
        "1".into(),                                           // 3 MentionType: WEB
        a.publisher.clone(),                                  // 4 MentionSourceName
        a.url.clone().unwrap_or_else(|| a.external_id.clone()), // 5 MentionIdentifier
        (m.sentence_index + 1).to_string(),                   // 6 SentenceID (1-based)
        offset(m.spans.source),                               // 7 Actor1CharOffset
        offset(m.spans.target),                               // 8 Actor2CharOffset
        m.spans.verb.0.to_string(),                           // 9 ActionCharOffset
        "1".into(),                                           // 10 InRawText: coded in the original text
        s.confidence.map(|c| ((c * 100.0).round() as i64).clamp(0, 100).to_string()).unwrap_or_default(), // 11 Confidence
        a.chars.to_string(),                                  // 12 MentionDocLen
        String::new(),                                        // 13 MentionDocTone
        String::new(),                                        // 14 MentionDocTranslationInfo: coded natively, never translated
        format!("lang:{};factuality:{};rule:{}", m.language, m.factuality.as_str(), m.rule), // 15 Extras
    ]
}

pub const ICEWS_HEADER: [&str; 20] = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
    "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
    "Province", "Country", "Latitude", "Longitude",
];

/// Name, sectors and country of one actor. ICEWS has no column for an
/// organisation: it is the first of the actor's sectors (`UNO,MIL`), and
/// the country is its home's or empty for an international body.
fn icews_actor(a: &ActorOf) -> [String; 3] {
    let Some(full_code) = a.code else { return Default::default() };
    let code = split_ethnic(full_code).0;
    let agents = a.org.into_iter().chain(actor_agents(code)).collect::<Vec<_>>().join(",");
    let sectors = if agents.contains(',') { format!("\"{agents}\"") } else { agents };
    let country = a.country.map(country_name).unwrap_or_default();
    [a.text.clone().unwrap_or_else(|| full_code.clone()), sectors, country]
}

/// One line of an ICEWS event file (20 fields).
pub fn icews_row(e: &EventRecord) -> Vec<String> {
    let [sn, ss, sc] = icews_actor(&source_of(e));
    let [tn, ts, tc] = icews_actor(&target_of(e));
    let (city, country, lat, lon) = match &e.location {
        Some(l) => (
            if is_country_place(&l.place_id) { String::new() } else { l.name.clone() },
            country_name(&l.country),
            format!("{}", l.lat),
            format!("{}", l.lon),
        ),
        None => Default::default(),
    };
    vec![
        e.id.to_string(),
        vigie_store::dates::iso(event_day(e)),
        sn,
        ss,
        sc,
        e.cameo_label.clone(),
        e.cameo.clone(),
        format!("{}", e.goldstein),
        tn,
        ts,
        tc,
        e.story_id.to_string(),
        (e.sentence_index + 1).to_string(),
        e.publisher.clone(),
        city,
        String::new(),
        String::new(),
        country,
        lat,
        lon,
    ]
}

/// A PLOVER entity. Its `code` stays the actor's top-level code (a
/// country's, or an organisation's: `UNO`); `country` and `organisation`
/// keep them apart, as POLECAT's actor country and name columns do.
fn plover_actor(a: &ActorOf) -> Option<Value> {
    let full_code = a.code.as_deref()?;
    let code = split_ethnic(full_code).0;
    let agents = actor_agents(code);
    let mut v = json!({ "code": actor_key(Some(code)) });
    if let Some(sector) = agents.first() {
        v["sector"] = json!(sector);
    }
    if let Some(country) = a.country {
        v["country"] = json!(country);
    }
    if let Some(org) = a.org {
        v["organisation"] = json!(org);
    }
    if let Some(t) = a.text {
        v["entity_text"] = json!(t);
    }
    Some(v)
}

/// One PLOVER record (PLOVER manual, "Data Fields"). Vigie's factuality
/// becomes PLOVER's auxiliary modes (`negation`, `hypothetical`, `future`),
/// and `historical` for background events.
pub fn plover(e: &EventRecord) -> Value {
    let mut modes: Vec<&str> = e.plover_mode.as_deref().into_iter().collect();
    match e.factuality {
        Factuality::Negated => modes.push("negation"),
        Factuality::Hypothetical => modes.push("hypothetical"),
        Factuality::Planned => modes.push("future"),
        Factuality::Asserted => {}
    }
    if e.historical {
        modes.push("historical");
    }
    let mut r = json!({
        "id": format!("vigie-{}", e.id),
        "has_event": e.plover_event.is_some(),
        "date": vigie_store::dates::iso(event_day(e)),
        "actor": plover_actor(&source_of(e)).into_iter().collect::<Vec<_>>(),
        "recipient": plover_actor(&target_of(e)).into_iter().collect::<Vec<_>>(),
        "event": e.plover_event.iter().collect::<Vec<_>>(),
        "mode": modes,
        "quad_code": e.quad_class,
        "event_text": [e.evidence],
        "text_info": { "sequence": e.sentence_index },
        "cite_info": {
            "url": e.source_url,
            "language": e.language,
            "publication": e.publisher,
            "codebook": "CAMEO 1.1b3 mapped to PLOVER",
        },
        "coder": concat!("vigie ", env!("CARGO_PKG_VERSION")),
        "coded_date": e.added_at.get(..10).unwrap_or(""),
        "comment": format!(
            "cameo {} ({}); factuality {}; {} mention(s) in {} article(s) from {} source(s)",
            e.cameo, e.cameo_label, e.factuality.as_str(), e.num_mentions, e.num_articles, e.num_sources
        ),
    });
    if let Some(l) = &e.location {
        r["event_loc"] = json!({
            "extracted_place": l.name,
            "resolved_place": l.name,
            "lat": l.lat,
            "lon": l.lon,
            "country_code": l.country,
            "country": country_name(&l.country),
            "resolution": if is_country_place(&l.place_id) { 1 } else { 4 },
        });
    }
    r
}

/// The columns of the CSV and Parquet exports of Vigie's events.
pub const CSV_COLUMNS: [&str; 36] = [
    "id", "source", "target", "source_text", "target_text", "cameo", "cameo_label", "cameo_root", "quad_class", "goldstein",
    "plover_event", "plover_mode", "symmetric", "historical", "factuality", "confidence", "date", "date_precision",
    "date_start", "date_end", "location_name", "location_country", "lat", "lon", "place_id", "num_mentions", "num_sources",
    "num_articles", "first_seen", "last_seen", "article_id", "source_url", "publisher", "language", "sentence_index",
    "evidence",
];

fn csv_row(e: &EventRecord) -> Vec<String> {
    let l = e.location.as_ref();
    vec![
        e.id.to_string(),
        opt(&e.source),
        opt(&e.target),
        opt(&e.source_text),
        opt(&e.target_text),
        e.cameo.clone(),
        e.cameo_label.clone(),
        e.cameo_root.clone(),
        e.quad_class.to_string(),
        format!("{}", e.goldstein),
        opt(&e.plover_event),
        opt(&e.plover_mode),
        e.symmetric.to_string(),
        e.historical.to_string(),
        e.factuality.as_str().into(),
        e.confidence.map(|c| c.to_string()).unwrap_or_default(),
        opt(&e.date),
        e.date_precision.map(|p| p.as_str().to_string()).unwrap_or_default(),
        opt(&e.date_start),
        opt(&e.date_end),
        l.map(|l| l.name.clone()).unwrap_or_default(),
        l.map(|l| l.country.clone()).unwrap_or_default(),
        l.map(|l| l.lat.to_string()).unwrap_or_default(),
        l.map(|l| l.lon.to_string()).unwrap_or_default(),
        l.map(|l| l.place_id.clone()).unwrap_or_default(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        opt(&e.first_seen),
        opt(&e.last_seen),
        e.article_id.clone(),
        opt(&e.source_url),
        e.publisher.clone(),
        e.language.clone(),
        e.sentence_index.to_string(),
        e.evidence.clone(),
    ]
}

/// Vigie's full model of an event: the event record and every mention with
/// its article.
fn full_event(e: &EventRecord, mentions: &[StoredMention]) -> Value {
    let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
    v["mentions"] = serde_json::to_value(mentions).unwrap_or(Value::Null);
    v
}

#[cfg(test)]
mod tests;
