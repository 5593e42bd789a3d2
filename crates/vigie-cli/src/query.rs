//! `vigie events` and `vigie show`: reading the store. Filters are parsed
//! here and handed to `vigie-store` as an `EventFilter`; no SQL here.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};
use vigie_store::{EventFilter, EventRecord, Store};

use crate::table::cut;

/// The filters shared by `vigie events` and `vigie export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Events with this actor as source or target: a code (RUSGOV) or a country/organisation (RUS, NATO).
    #[arg(long)]
    pub actor: Option<String>,
    /// A directed dyad SOURCE-TARGET (RUS-UKR, PRKMIL-RUS).
    #[arg(long, value_name = "SOURCE-TARGET")]
    pub dyad: Option<String>,
    /// The source actor (as --actor).
    #[arg(long)]
    pub source: Option<String>,
    /// The target actor (as --actor).
    #[arg(long)]
    pub target: Option<String>,
    /// A CAMEO code (042) or root (04).
    #[arg(long)]
    pub cameo: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long)]
    pub quad: Option<u8>,
    /// asserted, negated, planned or hypothetical (an event takes its strongest mention's).
    #[arg(long)]
    pub factuality: Option<String>,
    /// Events that may fall on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Events that may fall on or before this date.
    #[arg(long)]
    pub to: Option<String>,
    /// A place name, gazetteer id or country code.
    #[arg(long)]
    pub place: Option<String>,
    /// Words searched in the evidence sentences, as a phrase (accents and case ignored).
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many events.
    #[arg(long)]
    pub limit: Option<u64>,
}

impl FilterArgs {
    pub fn filter(&self) -> Result<EventFilter> {
        let (mut source, mut target) = (self.source.clone(), self.target.clone());
        if let Some(d) = &self.dyad {
            let Some((s, t)) = d.split_once('-').filter(|(s, t)| !s.trim().is_empty() && !t.trim().is_empty()) else {
                bail!("--dyad {d:?}: write SOURCE-TARGET, e.g. RUS-UKR");
            };
            if source.is_some() || target.is_some() {
                bail!("--dyad and --source/--target: give one or the other");
            }
            source = Some(s.trim().to_string());
            target = Some(t.trim().to_string());
        }
        let factuality = match self.factuality.as_deref() {
            None => None,
            Some(f) => Some(vigie_store::dedup::parse_factuality(f).with_context(|| {
                format!("--factuality {f:?}: one of asserted, negated, planned, hypothetical")
            })?),
        };
        Ok(EventFilter {
            actor: self.actor.clone(),
            source,
            target,
            cameo: self.cameo.clone(),
            quad_class: self.quad,
            factuality,
            from: self.from.clone(),
            to: self.to.clone(),
            place: self.place.clone(),
            text: self.text.clone(),
            limit: self.limit,
            after: None,
        })
    }
}

#[derive(clap::Args, Debug)]
pub struct EventsArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Output: table, csv or jsonl.
    #[arg(long, default_value = "table", value_parser = ["table", "csv", "jsonl"])]
    pub format: String,
    /// Same as --format jsonl.
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The event's id (the first column of `vigie events`).
    #[arg(value_name = "EVENT_ID")]
    pub id: i64,
    /// Print the event and its mentions as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// A reader that stops reading (`vigie events | head`) is not an error.
pub fn quiet_broken_pipe(result: Result<bool>) -> Result<bool> {
    match result {
        Err(e) if e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)) => {
            Ok(true)
        }
        other => other,
    }
}

/// Opens an existing store for reading: a missing file is an error, not a new store.
pub fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!("no store at {} (run `vigie ingest` first, or give --db)", db.display());
    }
    Ok(Store::open(db)?)
}

fn table_row(out: &mut impl Write, e: &EventRecord) -> io::Result<()> {
    let place = e.location.as_ref().map(|l| format!("{} ({})", l.name, l.country)).unwrap_or_default();
    writeln!(
        out,
        "{:>8}  {:<10} {:<9} {:<36} {:<9} {:<12} {:>4} {:>4}  {}",
        e.id,
        e.date.as_deref().unwrap_or("-"),
        e.source.as_deref().unwrap_or("-"),
        cut(&format!("{} {}", e.cameo, e.cameo_label), 36),
        e.target.as_deref().unwrap_or("-"),
        e.factuality.as_str(),
        e.num_mentions,
        e.num_sources,
        place
    )?;
    writeln!(out, "          « {} »", cut(&e.evidence.split_whitespace().collect::<Vec<_>>().join(" "), 160))
}

pub fn events(db: &Path, args: &EventsArgs) -> Result<bool> {
    quiet_broken_pipe(events_inner(db, args))
}

fn events_inner(db: &Path, args: &EventsArgs) -> Result<bool> {
    let filter = args.filters.filter()?;
    let store = open_existing(db)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let format = if args.jsonl { "jsonl" } else { args.format.as_str() };
    let mut n = 0u64;
    match format {
        "jsonl" => store.for_each_event(&filter, |e| {
            n += 1;
            serde_json::to_writer(&mut out, &e).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
            Ok(())
        })?,
        "csv" => {
            n = vigie_export::export(&store, &filter, vigie_export::Format::Csv, BufWriter::new(io::stdout()))?;
        }
        _ => {
            writeln!(
                out,
                "{:>8}  {:<10} {:<9} {:<36} {:<9} {:<12} {:>4} {:>4}  PLACE",
                "ID", "DATE", "SOURCE", "EVENT (CAMEO)", "TARGET", "FACTUALITY", "MENT", "SRCS"
            )?;
            store.for_each_event(&filter, |e| {
                n += 1;
                table_row(&mut out, &e)?;
                Ok(())
            })?;
        }
    }
    out.flush()?;
    if format == "table" {
        eprintln!("vigie: {n} event(s)");
    }
    Ok(true)
}

pub fn show(db: &Path, args: &ShowArgs) -> Result<bool> {
    let store = open_existing(db)?;
    let Some((event, mentions)) = store.event(args.id)? else {
        bail!("no event {} in {}", args.id, db.display());
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        let mut v = serde_json::to_value(&event)?;
        v["mentions"] = serde_json::to_value(&mentions)?;
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(true);
    }
    let e = &event;
    writeln!(out, "Event {}: {} {} ({}) → {}", e.id, e.source.as_deref().unwrap_or("-"), e.cameo, e.cameo_label, e.target.as_deref().unwrap_or("-"))?;
    writeln!(out, "  quad class {}, Goldstein {}, PLOVER {}", e.quad_class, e.goldstein, e.plover_event.as_deref().unwrap_or("-"))?;
    let precision = e.date_precision.map(|p| p.as_str()).unwrap_or("-");
    writeln!(out, "  date {} ({precision}), factuality {}{}", e.date.as_deref().unwrap_or("-"), e.factuality.as_str(), if e.historical { ", historical" } else { "" })?;
    if let Some(l) = &e.location {
        writeln!(out, "  place {} ({}) {:.4},{:.4} [{}]", l.name, l.country, l.lat, l.lon, l.place_id)?;
    }
    if let Some(c) = e.confidence {
        writeln!(out, "  confidence {c:.2}")?;
    }
    writeln!(
        out,
        "  {} mention(s) in {} article(s) from {} source(s); first seen {}, last seen {}",
        e.num_mentions,
        e.num_articles,
        e.num_sources,
        e.first_seen.as_deref().unwrap_or("-"),
        e.last_seen.as_deref().unwrap_or("-")
    )?;
    for (i, s) in mentions.iter().enumerate() {
        let m = &s.mention;
        let a = &s.article;
        writeln!(out, "\nMention {} (#{}) — {} [{}], {}", i + 1, s.id, a.publisher, m.language, a.published.as_deref().unwrap_or("undated"))?;
        writeln!(out, "  article {}{}", a.external_id, a.url.as_deref().map(|u| format!(" <{u}>")).unwrap_or_default())?;
        if let Some(t) = &a.title {
            writeln!(out, "  title {t}")?;
        }
        writeln!(
            out,
            "  {} «{}» → {} «{}», {} {}, {}, date {} ({}), rule {}",
            m.source.as_deref().unwrap_or("-"),
            m.source_text.as_deref().unwrap_or(""),
            m.target.as_deref().unwrap_or("-"),
            m.target_text.as_deref().unwrap_or(""),
            m.cameo,
            m.cameo_label,
            m.factuality.as_str(),
            m.date.as_deref().unwrap_or("-"),
            m.date_precision.map(|p| p.as_str()).unwrap_or("-"),
            m.rule
        )?;
        let span = |s: Option<vigie_model::Span>| s.map(|s| format!("[{}, {})", s.0, s.1)).unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "  sentence {} {}, source {}, target {}, verb {}",
            m.sentence_index,
            span(Some(m.spans.sentence)),
            span(m.spans.source),
            span(m.spans.target),
            span(Some(m.spans.verb))
        )?;
        writeln!(out, "  « {} »", m.sentence)?;
    }
    out.flush()?;
    Ok(true)
}
