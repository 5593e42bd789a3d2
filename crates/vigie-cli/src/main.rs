//! The `vigie` binary: wiring only. It parses the command line, loads the
//! lexicons, and passes articles from `vigie-ingest` through `vigie-coder`
//! to stdout or `vigie-store`; it holds no coding or storage logic of its
//! own. Standard output carries only results (JSON Lines for `vigie code`);
//! every diagnostic goes to standard error. Exit status: 0 when the run did
//! its job — bad files and records are listed on stderr and skipped, the rest
//! is coded — 1 when nothing at all could be used, or with `--strict` when
//! anything was skipped, or on an error; 2 for a usage error.

mod analysis_cmds;
mod inputs;
mod export;
mod query;
mod serve;
mod survey;
mod table;

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use vigie_coder::{CodedArticle, Coder};
use vigie_lexicon::Lexicon;
use vigie_model::Article;
use vigie_store::{ArticleRecord, Store};

use crate::inputs::{for_each_article, Outcome};

// Coding allocates many short-lived strings and vectors per sentence; mimalloc's
// thread-local free lists make that cheaper than the system allocator.
#[global_allocator]
static GLOBAL_ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The founding article, built into the binary for `vigie demo`.
const DEMO_ARTICLE: &str = include_str!("../demo/000_be29029dfbfb3d28.txt");
const DEMO_ARTICLE_ID: &str = "seed/000_be29029dfbfb3d28.txt";

#[derive(Parser)]
#[command(name = "vigie", version, about = "Turns news into structured geopolitical event data.")]
struct Cli {
    /// Lexicon folder to use instead of the built-in lexicons.
    #[arg(long, global = true, env = "VIGIE_LEXICONS", value_name = "DIR")]
    lexicons: Option<PathBuf>,
    /// The publisher's country (ISO 3166-1 alpha-3, e.g. FRA): unions,
    /// employers, judges or police that an item names without any country,
    /// in an item that names no other country, are this country's.
    #[arg(long, global = true, value_name = "ISO3")]
    home_country: Option<String>,
    #[command(flatten)]
    db: DbArg,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the whole pipeline on the founding article (the default command).
    Demo,
    /// Code articles and print one JSON object per event (JSON Lines).
    Code {
        /// Files, folders (read recursively) or - for stdin. By extension:
        /// .txt one article, .jsonl one per line, .html a web page, .rss/.atom/.xml
        /// a feed (one article per item), any of them .gz; stdin is sniffed.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Exit with status 1 when any file or record was skipped.
        #[arg(long)]
        strict: bool,
    },
    /// Code articles and keep them, with their events, in the store.
    Ingest {
        /// Files, folders or - for stdin, as for `vigie code`.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Articles per transaction.
        #[arg(long, default_value_t = 200)]
        batch: usize,
        /// Exit with status 1 when any file or record was skipped.
        #[arg(long)]
        strict: bool,
        /// Load mode for large inputs: the store's secondary indexes are
        /// dropped during the load and rebuilt at the end, and commits do not
        /// wait for the disk (a killed run still keeps every committed batch).
        #[arg(long)]
        bulk: bool,
    },
    /// List the stored events (one per happening), with filters.
    Events(query::EventsArgs),
    /// One stored event with every mention and its evidence.
    Show(query::ShowArgs),
    /// Export the stored events: GDELT 2.0 events/mentions, ICEWS, PLOVER, CSV, JSON Lines, Parquet.
    Export(export::ExportArgs),
    /// A strategic brief on a dyad from the store (Markdown or HTML), every statement cited.
    Brief(analysis_cmds::BriefArgs),
    /// A dyad's events per day, week or month: quad classes and Goldstein.
    Dyad(analysis_cmds::DyadArgs),
    /// The actor network: degree, betweenness, strongest ties; GraphML/GEXF export.
    Network(analysis_cmds::NetworkArgs),
    /// Treaties found in the store, their parties, obligations and linked events.
    Treaties(analysis_cmds::TreatiesArgs),
    /// Escalation signals per dyad (conflict z-score, military cooperation, threats).
    Signals(analysis_cmds::SignalsArgs),
    /// Third-party reactions to a stored event: who, how (code, tone), when.
    Reactions(analysis_cmds::ReactionsArgs),
    /// Events the sources call a first, and events first in the store for their dyad and code.
    Firsts(analysis_cmds::FirstsArgs),
    /// Serve the HTTP API and the web dashboard over the store (read-only without an API key).
    Serve(serve::ServeArgs),
    /// What the coder makes of a corpus: events per article, factuality mix,
    /// frequent roots and codes, and a seeded sample of events to check by hand.
    Survey(survey::SurveyArgs),
    /// Inspect the lexicons.
    Lexicon {
        #[command(subcommand)]
        action: LexiconAction,
    },
    /// Score the coder against gold data: the founding article's hand
    /// annotation, or (with --records) a gold record file of ../shared/eval.
    Eval {
        /// A JSONL gold record file (petrarch2_validation.jsonl, plover_gsr_cameo.jsonl…).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["gold", "article"])]
        records: Option<PathBuf>,
        /// With --records: also list each record coded wrong, with the gold
        /// triples missed (`-`) and those coded in excess (`+`).
        #[arg(long, requires = "records")]
        mismatches: bool,
        /// Measure HTML main-text extraction on a folder of pages with known
        /// text (../shared/corpus/html/readability or …/scrapinghub-aeb).
        #[arg(long, value_name = "DIR", conflicts_with_all = ["gold", "article", "records"])]
        extraction: Option<PathBuf>,
        /// The gold file (default: ../shared/eval/seed_gold.json beside the repository).
        #[arg(long, value_name = "FILE")]
        gold: Option<PathBuf>,
        /// The article to code (default: the built-in founding article).
        #[arg(long, value_name = "FILE")]
        article: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum LexiconAction {
    /// Sizes of the loaded lexicons, and the forms that name several actors.
    Check,
    /// Share of capitalised multi-word names in the articles that the lexicons
    /// resolve, and the most frequent unresolved ones.
    Coverage {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// How many unresolved names to list.
        #[arg(long, default_value_t = 50)]
        top: usize,
    },
}

#[derive(clap::Args)]
struct DbArg {
    /// The store file (default: $VIGIE_DB, else ~/.local/share/vigie/vigie.db).
    #[arg(long, global = true, env = "VIGIE_DB", value_name = "FILE")]
    db: Option<PathBuf>,
}

impl DbArg {
    fn path(&self) -> PathBuf {
        if let Some(p) = &self.db {
            return p.clone();
        }
        let data = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
        match data {
            Some(d) => d.join("vigie").join("vigie.db"),
            None => PathBuf::from("vigie.db"),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if e.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!("vigie: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn load_lexicon(dir: Option<&Path>) -> Result<Lexicon> {
    match dir {
        Some(d) => Lexicon::from_dir(d).with_context(|| format!("loading lexicons from {}", d.display())),
        None => Lexicon::embedded().context("loading the built-in lexicons"),
    }
}

/// Runs the command; `Ok(false)` means some input was skipped.
fn run(cli: Cli) -> Result<bool> {
    // Reading the store needs no lexicons.
    match &cli.command {
        Some(Command::Events(args)) => return query::events(&cli.db.path(), args),
        Some(Command::Show(args)) => return query::show(&cli.db.path(), args),
        Some(Command::Export(args)) => return export::export(&cli.db.path(), args),
        Some(Command::Brief(args)) => return analysis_cmds::brief(&cli.db.path(), args),
        Some(Command::Dyad(args)) => return analysis_cmds::dyad(&cli.db.path(), args),
        Some(Command::Network(args)) => return analysis_cmds::network(&cli.db.path(), args),
        Some(Command::Treaties(args)) => return analysis_cmds::treaties(&cli.db.path(), args),
        Some(Command::Signals(args)) => return analysis_cmds::signals(&cli.db.path(), args),
        Some(Command::Reactions(args)) => return analysis_cmds::reactions(&cli.db.path(), args),
        Some(Command::Firsts(args)) => return analysis_cmds::firsts_cmd(&cli.db.path(), args),
        Some(Command::Serve(args)) => return serve::serve(&cli.db.path(), cli.lexicons.as_deref(), args),
        _ => {}
    }
    // Never dropped: the process's exit frees it, where dropping its
    // hundreds of thousands of entries one by one costs a sixth of loading them.
    let lexicon: &'static Lexicon = Box::leak(Box::new(load_lexicon(cli.lexicons.as_deref())?));
    let home_country = cli.home_country.as_deref().map(|c| known_country(lexicon, c)).transpose()?;
    let coder = Coder::new(lexicon).with_home_country(home_country);
    let db = cli.db.path();
    match cli.command.unwrap_or(Command::Demo) {
        Command::Demo => demo(&coder, &db),
        Command::Code { paths, strict } => code(&coder, &paths, strict),
        Command::Ingest { paths, batch, strict, bulk } => ingest(&coder, &paths, &db, batch.max(1), strict, bulk),
        Command::Events(_) | Command::Show(_) | Command::Export(_) => unreachable!("handled above"),
        Command::Brief(_)
        | Command::Dyad(_)
        | Command::Network(_)
        | Command::Treaties(_)
        | Command::Signals(_)
        | Command::Reactions(_)
        | Command::Firsts(_)
        | Command::Serve(_) => {
            unreachable!("handled above")
        }
        Command::Survey(args) => survey::run(&coder, &args),
        Command::Lexicon { action: LexiconAction::Check } => lexicon_check(&lexicon),
        Command::Lexicon { action: LexiconAction::Coverage { paths, top } } => lexicon_coverage(&coder, &lexicon, &paths, top),
        Command::Eval { extraction: Some(dir), json, .. } => eval_extraction(&dir, json),
        Command::Eval { records: Some(path), json, mismatches, .. } => eval_records(&coder, &path, json, mismatches),
        Command::Eval { gold, article, json, .. } => eval(&coder, gold, article, json),
    }
}

/// `--home-country`'s value, checked against the gazetteer's countries.
fn known_country<'c>(lexicon: &Lexicon, code: &'c str) -> Result<&'c str> {
    let well_formed = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    if !well_formed || !lexicon.places.iter().any(|p| p.country == code) {
        anyhow::bail!("--home-country {code:?}: write a country's ISO 3166-1 alpha-3 code in capitals, e.g. FRA");
    }
    Ok(code)
}

fn code_one(coder: &Coder, article: &Article) -> Result<CodedArticle, String> {
    coder.code(article).map_err(|e| e.to_string())
}

fn code(coder: &Coder, paths: &[String], strict: bool) -> Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let summary = for_each_article(paths, |article| match code_one(coder, &article) {
        Ok(coded) => {
            write_jsonl(&mut out, &coded.mentions)?;
            Ok(Outcome::Used)
        }
        Err(reason) => Ok(Outcome::Skipped(reason)),
    })?;
    out.flush()?;
    Ok(summary.succeeded(strict))
}

fn ingest(coder: &Coder, paths: &[String], db: &Path, batch_size: usize, strict: bool, bulk: bool) -> Result<bool> {
    let mut store = Store::open(db)?;
    if bulk {
        store.set_bulk_load(true)?;
    }
    let mut pending: Vec<(Article, CodedArticle)> = Vec::new();
    let mut totals = vigie_store::BatchReport::default();
    let mut flush = |pending: &mut Vec<(Article, CodedArticle)>, store: &mut Store| -> Result<()> {
        // The same storing path as the HTTP API's POST /api/articles.
        let r = vigie_server::ingest::store_coded(store, pending)?;
        totals.articles_stored += r.articles_stored;
        totals.articles_already_stored += r.articles_already_stored;
        totals.mentions_stored += r.mentions_stored;
        pending.clear();
        Ok(())
    };
    let summary = for_each_article(paths, |article| {
        let coded = match code_one(coder, &article) {
            Ok(coded) => coded,
            Err(reason) => return Ok(Outcome::Skipped(reason)),
        };
        pending.push((article, coded));
        if pending.len() >= batch_size {
            flush(&mut pending, &mut store)?;
        }
        Ok(Outcome::Used)
    })?;
    flush(&mut pending, &mut store)?;
    if bulk {
        // Rebuilds the indexes the load dropped.
        store.set_bulk_load(false)?;
    }
    let counts = store.counts()?;
    eprintln!(
        "vigie: {} new article(s), {} already stored, {} event mention(s) added; store {} now holds {} article(s), {} sentence(s), {} mention(s)",
        totals.articles_stored,
        totals.articles_already_stored,
        totals.mentions_stored,
        db.display(),
        counts.articles,
        counts.sentences,
        counts.mentions
    );
    Ok(summary.succeeded(strict))
}

fn demo(coder: &Coder, db: &Path) -> Result<bool> {
    let article = Article { id: DEMO_ARTICLE_ID.into(), text: DEMO_ARTICLE.into(), date: None, lang: None, title: None, url: None };
    let coded = coder.code(&article)?;
    let mut store = Store::open(db)?;
    let report = store.write_batch(&[ArticleRecord {
        article: &article,
        language: &coded.language,
        sentences: &coded.sentences,
        mentions: &coded.mentions,
    }])?;
    let counts = store.counts()?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "Vigie demo: the founding article ({DEMO_ARTICLE_ID}), language {}, {} sentences.\n", coded.language, coded.sentences.len())?;
    table::write_mentions(&mut out, &coded.mentions)?;
    let skipped = coded.sentences.iter().filter(|s| s.boilerplate).count();
    writeln!(out, "\n{} event(s) coded; {} boilerplate sentence(s) not coded.", coded.mentions.len(), skipped)?;
    let outcome = if report.articles_stored > 0 { "article stored" } else { "article already stored (same text), nothing changed" };
    writeln!(
        out,
        "Store {}: {outcome}; it holds {} article(s), {} sentence(s), {} event mention(s).",
        db.display(),
        counts.articles,
        counts.sentences,
        counts.mentions
    )?;
    Ok(true)
}

/// The coding contract's output: one JSON object per mention, one per line.
fn write_jsonl(out: &mut impl Write, mentions: &[vigie_model::Mention]) -> Result<()> {
    for m in mentions {
        serde_json::to_writer(&mut *out, m)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn eval(coder: &Coder, gold: Option<PathBuf>, article: Option<PathBuf>, json: bool) -> Result<bool> {
    let gold_path = gold.unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/seed_gold.json")));
    let gold_text = std::fs::read_to_string(&gold_path).with_context(|| format!("reading {}", gold_path.display()))?;
    let (id, text) = match article {
        Some(p) => (p.display().to_string(), std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?),
        None => (DEMO_ARTICLE_ID.to_string(), DEMO_ARTICLE.to_string()),
    };
    let article = Article { id, text, date: None, lang: None, title: None, url: None };
    let coded = coder.code(&article)?;
    let report = vigie_eval::score_seed(&gold_text, &coded.mentions, &coded.sentences).context("scoring")?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.render());
    }
    Ok(true)
}

fn eval_records(coder: &Coder, path: &Path, json: bool, mismatches: bool) -> Result<bool> {
    let content = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let records = vigie_eval::read_records(&content)?;
    // PLOVER's gold records are scored on PLOVER event types, the others on CAMEO codes.
    let plover = vigie_eval::is_plover_gold(&records);
    // The issue scores public gold on asserted events; our own sets expect
    // every factuality and say which, so there every mention counts.
    let every_factuality = vigie_eval::gold_states_factuality(&content);
    let mut predictions = Vec::new();
    for r in &records {
        let article = Article { id: r.id.clone(), text: r.text.clone(), date: r.date.clone(), lang: Some(r.lang.clone()), title: None, url: None };
        let mut mentions = coder.code(&article).map(|c| c.mentions).unwrap_or_default();
        if !every_factuality {
            mentions.retain(|m| m.factuality == vigie_model::Factuality::Asserted);
        }
        predictions.push(vigie_eval::triples_of(&mentions, plover));
    }
    let report = vigie_eval::score_records(&records, &predictions);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{}", path.display());
        print!("{}", report.render());
        if mismatches {
            println!("records coded wrong on (source, target, root):");
            print!("{}", report.render_mismatches());
        }
    }
    Ok(true)
}

fn eval_extraction(dir: &Path, json: bool) -> Result<bool> {
    let report = vigie_eval::extraction::score_folder(dir)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.render(10));
    }
    Ok(true)
}

fn lexicon_check(lexicon: &Lexicon) -> Result<bool> {
    println!("CAMEO codes: {}", lexicon.cameo.len());
    println!("people: {} ({} terms of office)", lexicon.people.len(), lexicon.people.iter().map(|p| p.roles.len()).sum::<usize>());
    println!("places: {}", lexicon.places.len());
    for (code, lang) in lexicon.languages() {
        println!(
            "{code}: {} entity forms, {} verb patterns, {} cues, {} boilerplate patterns",
            lang.entities.len(),
            lang.verbs.len(),
            lang.cues.len(),
            lang.boilerplate.len()
        );
        for (form, refs) in lexicon.ambiguities(code) {
            println!("  ambiguous {form:?}: {refs:?}");
        }
    }
    for (office, a, b) in lexicon.overlapping_terms() {
        println!("overlapping terms of {office}: {a} and {b}");
    }
    Ok(true)
}

fn lexicon_coverage(coder: &Coder, lexicon: &Lexicon, paths: &[String], top: usize) -> Result<bool> {
    let mut coverage = vigie_lexicon::coverage::Coverage::default();
    let mut articles = 0usize;
    let summary = for_each_article(paths, |article| {
        let code = match coder.language_of(&article) {
            Ok(code) => code,
            Err(e) => return Ok(Outcome::Skipped(e.to_string())),
        };
        let lang = lexicon.language(code).expect("a language the coder chose");
        coverage.add(vigie_lexicon::coverage::text_names(lang, &article.text));
        articles += 1;
        Ok(Outcome::Used)
    })?;
    println!(
        "{articles} article(s): {} capitalised multi-word names, {:.1}% resolved by the lexicons",
        coverage.resolved + coverage.unresolved,
        100.0 * coverage.share_resolved()
    );
    println!("most frequent unresolved:");
    for (name, n) in coverage.top_unresolved(top) {
        println!("{n:>7}  {name}");
    }
    Ok(summary.succeeded(false))
}
