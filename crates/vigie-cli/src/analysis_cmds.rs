//! `vigie brief`, `dyad`, `network`, `treaties`, `signals`, `reactions`,
//! `firsts`: the analyses of `vigie-analysis` over the store. Arguments are
//! parsed and checked here, the part of the store each one needs is chosen
//! here (a brief or a dyad reads only its actors' events), and actor names
//! come from the lexicon files; every analysis is in `vigie-analysis`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use vigie_analysis::{
    actor_network_min_weight, build_brief, check_actor, detect_treaties, dyad_series, escalation_signals, firsts, reactions_to,
    ActorNames, BriefFormat, BriefOptions, Cues, Dataset, Lang, NetworkOptions, Period, Scope, SeriesOptions, SignalOptions,
};

use crate::query::open_existing;

#[derive(clap::Args, Debug)]
pub struct BriefArgs {
    /// The two actors of the dyad, comma-separated: countries (RUS,PRK) or codes (RUSGOV,PRKMIL).
    #[arg(long, value_name = "A,B")]
    pub actors: String,
    /// Only events from this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// fr or en.
    #[arg(long, default_value = "fr")]
    pub lang: String,
    /// md (Markdown), html (with an inline SVG chart of the dyad) or json
    /// (sections, statements, citations, the series).
    #[arg(long, default_value = "md")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct DyadArgs {
    /// First actor: a country or organisation (RUS, NATO) or a code (RUSGOV).
    pub a: String,
    /// Second actor.
    pub b: String,
    /// day, week (ISO) or month.
    #[arg(long, default_value = "month")]
    pub by: String,
    /// Count negated, planned and hypothetical events too (default: asserted only).
    #[arg(long)]
    pub all: bool,
    /// Only events from A to B (and symmetric ones).
    #[arg(long)]
    pub directed: bool,
    #[arg(long)]
    pub from: Option<String>,
    #[arg(long)]
    pub to: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct NetworkArgs {
    /// Keep agents (RUSGOV, RUSMIL) as separate nodes instead of countries.
    #[arg(long)]
    pub agents: bool,
    /// Count negated, planned and hypothetical events too.
    #[arg(long)]
    pub all: bool,
    /// Write the network as GraphML (for Gephi) to this file.
    #[arg(long, value_name = "FILE")]
    pub graphml: Option<PathBuf>,
    /// Write the network as GEXF (for Gephi) to this file.
    #[arg(long, value_name = "FILE")]
    pub gexf: Option<PathBuf>,
    /// List this actor's strongest ties.
    #[arg(long)]
    pub actor: Option<String>,
    /// How many nodes or ties to list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// Only events from this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Leave out ties with fewer events.
    #[arg(long, default_value_t = 1)]
    pub min_weight: u64,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct TreatiesArgs {
    /// Also list third-party reactions to each treaty.
    #[arg(long)]
    pub reactions: bool,
    /// Only treaties with this actor as a party (reads only its events).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events from this date.
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct SignalsArgs {
    /// Only dyads with this actor.
    #[arg(long)]
    pub actor: Option<String>,
    /// And this one.
    #[arg(long)]
    pub with: Option<String>,
    /// day, week or month periods for the conflict z-score.
    #[arg(long, default_value = "month")]
    pub by: String,
    /// Previous periods in the baseline.
    #[arg(long, default_value_t = 6)]
    pub window: usize,
    /// z-score from which a period is a signal.
    #[arg(long, default_value_t = 2.0)]
    pub z: f64,
    /// Only events from this date.
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub json: bool,
}

fn load(db: &Path, scope: &Scope) -> Result<Dataset> {
    let store = open_existing(db)?;
    Ok(Dataset::load_scope(&store, scope)?)
}

fn whole(since: Option<&str>) -> Scope {
    Scope { since: since.map(str::to_string), ..Default::default() }
}

/// The cue words, with actor names in French and English from the lexicon
/// files built into the binary (countries, organisations, people).
fn cues() -> Cues {
    Cues::builtin().with_names(ActorNames::builtin().with_lexicon_files(vigie_lexicon::EMBEDDED.iter().copied()))
}

fn period(s: &str) -> Result<Period> {
    Period::parse(s).with_context(|| format!("--by {s:?}: day, week or month"))
}

fn json_out<T: serde::Serialize>(v: &T) -> Result<()> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, v)?;
    writeln!(out)?;
    Ok(())
}

pub fn brief(db: &Path, args: &BriefArgs) -> Result<bool> {
    let Some((a, b)) = args.actors.split_once(',') else { bail!("--actors {:?}: write two actors, A,B (e.g. RUS,PRK)", args.actors) };
    let (a, b) = (check_actor(a)?, check_actor(b)?);
    let lang = Lang::parse(&args.lang).with_context(|| format!("--lang {:?}: fr or en", args.lang))?;
    let format = match (args.json, args.format.as_str()) {
        (true, _) | (_, "json") => None,
        (_, "md" | "markdown") => Some(BriefFormat::Markdown),
        (_, "html") => Some(BriefFormat::Html),
        (_, other) => bail!("--format {other:?}: md, html or json"),
    };
    let ds = load(db, &Scope::brief(&a, &b, args.since.as_deref()))?;
    let opts = BriefOptions { a, b, since: args.since.clone(), lang, format: format.unwrap_or(BriefFormat::Markdown) };
    let brief = build_brief(&ds, &cues(), &opts)?;
    let text = match format {
        None => serde_json::to_string_pretty(&brief)? + "\n",
        Some(BriefFormat::Markdown) => brief.to_markdown(lang),
        Some(BriefFormat::Html) => brief.to_html(lang),
    };
    match &args.output {
        Some(p) => std::fs::write(p, text).with_context(|| format!("writing {}", p.display()))?,
        None => io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(true)
}

pub fn dyad(db: &Path, args: &DyadArgs) -> Result<bool> {
    let (a, b) = (check_actor(&args.a)?, check_actor(&args.b)?);
    let opts = SeriesOptions { period: period(&args.by)?, all_factualities: args.all, directed: args.directed, from: args.from.clone(), to: args.to.clone() };
    let ds = load(db, &Scope::dyad(&a, &b, args.from.as_deref(), args.to.as_deref()))?;
    let s = dyad_series(&ds, &a, &b, &opts);
    if args.json {
        return json_out(&s).map(|_| true);
    }
    let mut out = io::stdout().lock();
    if s.total_events == 0 {
        writeln!(out, "no {}event between {a} and {b} in the store", if args.all { "" } else { "asserted " })?;
        return Ok(true);
    }
    writeln!(out, "{:<10} {:>6} {:>5} {:>5} {:>5} {:>5} {:>9} {:>8}", s.period.as_str(), "events", "q1", "q2", "q3", "q4", "goldstein", "mean")?;
    for p in &s.points {
        writeln!(
            out,
            "{:<10} {:>6} {:>5} {:>5} {:>5} {:>5} {:>9.2} {:>8.2}",
            p.period, p.events, p.quad[0], p.quad[1], p.quad[2], p.quad[3], p.goldstein_sum, p.goldstein_mean
        )?;
    }
    if s.imprecise_events > 0 {
        writeln!(out, "{} event(s) dated too vaguely for a {} (a year) are not in the table", s.imprecise_events, s.period.as_str())?;
    }
    Ok(true)
}

pub fn network(db: &Path, args: &NetworkArgs) -> Result<bool> {
    let ds = load(db, &whole(args.since.as_deref()))?;
    let net = actor_network_min_weight(&ds, &NetworkOptions { agents: args.agents, all_factualities: args.all }, args.min_weight);
    if let Some(p) = &args.graphml {
        std::fs::write(p, net.to_graphml()).with_context(|| format!("writing {}", p.display()))?;
        eprintln!("vigie: {} node(s), {} edge(s) written to {}", net.nodes.len(), net.edges.len(), p.display());
    }
    if let Some(p) = &args.gexf {
        std::fs::write(p, net.to_gexf()).with_context(|| format!("writing {}", p.display()))?;
        eprintln!("vigie: {} node(s), {} edge(s) written to {}", net.nodes.len(), net.edges.len(), p.display());
    }
    if let Some(actor) = &args.actor {
        let actor = check_actor(actor)?;
        if !net.nodes.iter().any(|n| n.id == actor) {
            bail!("{actor} is not in the network (no {}event with another actor)", if args.all { "" } else { "asserted " });
        }
        let ties = net.strongest_ties(&actor, args.top);
        if args.json {
            return json_out(&ties).map(|_| true);
        }
        let mut out = io::stdout().lock();
        for t in ties {
            writeln!(out, "{:<10} {:>5} events  q1-q4 {:?}  goldstein {:+.1}", t.actor, t.events, t.quad, t.goldstein_sum)?;
        }
        return Ok(true);
    }
    if args.json {
        return json_out(&net).map(|_| true);
    }
    if args.graphml.is_some() || args.gexf.is_some() {
        return Ok(true);
    }
    let mut nodes = net.nodes.clone();
    nodes.sort_by(|a, b| b.betweenness.total_cmp(&a.betweenness).then(b.weighted_degree.cmp(&a.weighted_degree)));
    let mut out = io::stdout().lock();
    writeln!(out, "{} actor(s), {} tie(s)", net.nodes.len(), net.edges.len())?;
    writeln!(out, "{:<10} {:>6} {:>8} {:>11}", "actor", "degree", "events", "betweenness")?;
    for n in nodes.iter().take(args.top) {
        writeln!(out, "{:<10} {:>6} {:>8} {:>11.2}", n.id, n.degree, n.weighted_degree, n.betweenness)?;
    }
    Ok(true)
}

pub fn treaties(db: &Path, args: &TreatiesArgs) -> Result<bool> {
    let actor = args.actor.as_deref().map(check_actor).transpose()?;
    let scope = match &actor {
        Some(a) => Scope::actor(a, args.since.as_deref()),
        None => whole(args.since.as_deref()),
    };
    let ds = load(db, &scope)?;
    let cues = cues();
    let mut treaties = detect_treaties(&ds, &cues);
    if let Some(a) = &actor {
        treaties.retain(|t| t.parties.iter().any(|p| vigie_analysis::actor_matches(a, Some(p))));
    }
    if args.json {
        #[derive(serde::Serialize)]
        struct WithReactions<'a> {
            #[serde(flatten)]
            treaty: &'a vigie_analysis::Treaty,
            reactions: Vec<vigie_analysis::Reaction>,
        }
        let list: Vec<WithReactions> = treaties
            .iter()
            .map(|t| WithReactions { treaty: t, reactions: if args.reactions { reactions_to(&ds, &[t.id]) } else { vec![] } })
            .collect();
        return json_out(&list).map(|_| true);
    }
    let mut out = io::stdout().lock();
    if treaties.is_empty() {
        writeln!(out, "no treaty found in the store")?;
        return Ok(true);
    }
    for t in &treaties {
        let how = if t.found_in == "text" { " (named in the text; its signature is not in the store)" } else { "" };
        writeln!(
            out,
            "{} — {} — parties {}{how} [{} §{}]",
            t.name,
            t.date.as_deref().unwrap_or("date unknown"),
            t.parties.join(", "),
            t.cites[0].article_id,
            t.cites[0].sentence
        )?;
        for c in &t.clauses {
            writeln!(out, "  clause: {c}")?;
        }
        for o in &t.obligations {
            writeln!(
                out,
                "  obligation{}: {} must \"{}\"{}{} [{} §{}]",
                if o.mutual {
                    " (mutual)".to_string()
                } else if o.beneficiaries.is_empty() || o.beneficiaries == o.obligors {
                    String::new()
                } else {
                    format!(" (towards {})", o.beneficiaries.join(", "))
                },
                o.obligors.join(", "),
                o.action,
                o.action_cameo.as_deref().map(|c| format!(" (CAMEO {c})")).unwrap_or_default(),
                o.trigger.as_deref().map(|tr| format!(" when \"{tr}\"")).unwrap_or_default(),
                o.cite.article_id,
                o.cite.sentence
            )?;
        }
        for l in &t.events {
            writeln!(out, "  event {} ({}) [{} §{}]", l.event_id, l.role, l.cite.article_id, l.cite.sentence)?;
        }
        if args.reactions {
            for r in reactions_to(&ds, &[t.id]) {
                writeln!(
                    out,
                    "  reaction: {} {} ({}) -> {} {} tone {} [{} §{}]",
                    r.date.as_deref().unwrap_or("?"),
                    r.actor,
                    r.cameo,
                    r.target.as_deref().unwrap_or("-"),
                    r.cameo_label,
                    r.tone,
                    r.cites[0].article_id,
                    r.cites[0].sentence
                )?;
            }
        }
    }
    let f = firsts(&ds);
    for first in &f.in_text {
        writeln!(
            out,
            "first (as the text says): event {} {} -> {} ({}) [{} §{}]",
            first.event_id,
            first.source.as_deref().unwrap_or("-"),
            first.target.as_deref().unwrap_or("-"),
            first.cameo,
            first.cites[0].article_id,
            first.cites[0].sentence
        )?;
    }
    Ok(true)
}

pub fn signals(db: &Path, args: &SignalsArgs) -> Result<bool> {
    let actor = args.actor.as_deref().map(check_actor).transpose()?;
    let with = args.with.as_deref().map(check_actor).transpose()?;
    let scope = match (&actor, &with) {
        (Some(a), Some(w)) => Scope::brief(a, w, args.since.as_deref()),
        (Some(a), None) => Scope::actor(a, args.since.as_deref()),
        _ => whole(args.since.as_deref()),
    };
    let ds = load(db, &scope)?;
    let cues = cues();
    let treaties = detect_treaties(&ds, &cues);
    let opts = SignalOptions { period: period(&args.by)?, window: args.window.max(1), z_threshold: args.z, actor, with, ..Default::default() };
    let signals = escalation_signals(&ds, &cues, &treaties, &opts);
    if args.json {
        return json_out(&signals).map(|_| true);
    }
    let mut out = io::stdout().lock();
    if signals.is_empty() {
        writeln!(out, "no escalation signal")?;
    }
    for s in &signals {
        let detail = match (s.value, s.baseline_mean, s.z) {
            (Some(v), Some(m), Some(z)) => format!(" intensity {v} vs mean {m} (z {z})"),
            _ => String::new(),
        };
        let cite = s.cites.first().map(|c| format!(" [{} §{}]", c.article_id, c.sentence)).unwrap_or_default();
        writeln!(out, "{:<20} {}-{} {}{} events {:?}{cite}", s.kind, s.dyad[0], s.dyad[1], s.period.as_deref().unwrap_or(""), detail, s.event_ids)?;
    }
    Ok(true)
}

#[derive(clap::Args, Debug)]
pub struct ReactionsArgs {
    /// The stored event (as `vigie events` lists them) whose third-party reactions to list.
    pub event: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct FirstsArgs {
    /// Only events from this date.
    #[arg(long)]
    pub since: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn reactions(db: &Path, args: &ReactionsArgs) -> Result<bool> {
    let ds = load(db, &whole(None))?;
    if ds.event(args.event).is_none() {
        bail!("no event {} in the store (see `vigie events`)", args.event);
    }
    let list = reactions_to(&ds, &[args.event]);
    if args.json {
        return json_out(&list).map(|_| true);
    }
    let mut out = io::stdout().lock();
    if list.is_empty() {
        writeln!(out, "no third-party reaction to event {}", args.event)?;
    }
    for r in list {
        writeln!(
            out,
            "{} {} ({} {}) -> {} tone {} goldstein {:+.1} [{} §{}]",
            r.date.as_deref().unwrap_or("?"),
            r.actor,
            r.cameo,
            r.cameo_label,
            r.target.as_deref().unwrap_or("-"),
            r.tone,
            r.goldstein,
            r.cites[0].article_id,
            r.cites[0].sentence
        )?;
    }
    Ok(true)
}

pub fn firsts_cmd(db: &Path, args: &FirstsArgs) -> Result<bool> {
    let ds = load(db, &whole(args.since.as_deref()))?;
    let f = firsts(&ds);
    if args.json {
        return json_out(&f).map(|_| true);
    }
    let mut out = io::stdout().lock();
    for (label, list) in [("the text calls it a first", &f.in_text), ("first in the store for its dyad and code", &f.in_store)] {
        writeln!(out, "{label}: {}", list.len())?;
        for x in list.iter() {
            writeln!(
                out,
                "  {} {} -> {} {} event {} [{} §{}]",
                x.date.as_deref().unwrap_or("?"),
                x.source.as_deref().unwrap_or("-"),
                x.target.as_deref().unwrap_or("-"),
                x.cameo,
                x.event_id,
                x.cites[0].article_id,
                x.cites[0].sentence
            )?;
        }
    }
    Ok(true)
}
