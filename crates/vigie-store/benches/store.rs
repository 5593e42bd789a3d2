//! The store at scale: bulk insert rate (events per second through
//! `write_batch` in bulk-load mode, deduplication, full-text index and the
//! final rebuild of deferred indexes included), then the time
//! of a dyad time-series query and of filtered listings, on a synthetic store.
//!
//! ```sh
//! cargo bench -p vigie-store --bench store                     # 1 M events in a temporary file
//! VIGIE_BENCH_EVENTS=10000000 VIGIE_BENCH_DB=/tmp/synth.db \
//!     cargo bench -p vigie-store --bench store                 # 10 M (tools/bench_store.sh)
//! ```
//! With `VIGIE_BENCH_DB` naming an existing store of the right size, the
//! insert phase is skipped and only the queries are timed.
//! `VIGIE_BENCH_BATCH` sets the articles per batch (default 5,000: 50,000
//! mentions per transaction); `VIGIE_BENCH_BULK=0` writes without
//! [`Store::set_bulk_load`], as `vigie ingest` does.
//!
//! The synthetic data is deterministic (a fixed-seed generator): 200 actor
//! countries drawn with a skewed law (a few dyads are very frequent, as in
//! real news), random agents, 20 CAMEO codes, days in 2000–2025, a place in
//! one of 50 cities or none; one article holds 10 sentences, one mention
//! each; one mention in ten re-reports an earlier event from another
//! publisher (it folds into that event).

use std::path::PathBuf;

// The allocator of the `vigie` binary, whose `ingest --bulk` this measures.
#[global_allocator]
static GLOBAL_ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use vigie_model::{Article, DatePrecision, Factuality, Location, Mention, MentionSpans, SentenceRecord, Span};
use vigie_store::{ArticleRecord, EventFilter, Store};

/// splitmix64: a small deterministic generator, enough for synthetic data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const AGENTS: &[&str] = &["", "", "GOV", "MIL", "COP", "REB", "OPP", "BUS"];
const CODES: &[(&str, &str, u8, f64, &str)] = &[
    ("010", "Make statement", 1, 0.0, "make a statement"),
    ("036", "Express intent to meet or negotiate", 1, 4.0, "offered talks with"),
    ("040", "Consult", 1, 1.0, "consulted"),
    ("042", "Make a visit", 1, 1.9, "visited"),
    ("043", "Host a visit", 1, 2.8, "hosted"),
    ("051", "Praise or endorse", 1, 3.4, "praised"),
    ("057", "Sign formal agreement", 1, 8.0, "signed an agreement with"),
    ("061", "Cooperate economically", 2, 6.4, "traded with"),
    ("071", "Provide economic aid", 2, 7.4, "sent aid to"),
    ("112", "Accuse", 3, -2.0, "accused"),
    ("120", "Reject", 3, -4.0, "rejected"),
    ("130", "Threaten", 3, -4.4, "threatened"),
    ("138", "Threaten with military force", 3, -7.0, "threatened to strike"),
    ("141", "Demonstrate or rally", 4, -6.5, "protested against"),
    ("163", "Impose embargo", 4, -8.0, "imposed an embargo on"),
    ("173", "Arrest, detain", 4, -5.0, "arrested citizens of"),
    ("180", "Use unconventional violence", 4, -9.0, "attacked"),
    ("190", "Use conventional military force", 4, -10.0, "shelled"),
    ("193", "Fight with small arms", 4, -10.0, "fought"),
    ("195", "Employ aerial weapons", 4, -10.0, "bombed"),
];

fn country(i: u64) -> String {
    // AAA, AAB, … : 200 three-letter codes; index 0 is the most frequent.
    let l = |n: u64| (b'A' + (n % 26) as u8) as char;
    format!("{}{}{}", l(i / 676 + 20), l(i / 26), l(i))
}

/// A country index drawn so that low indexes are much more frequent.
fn skewed(rng: &mut Rng) -> u64 {
    (200.0 * rng.unit().powi(3)) as u64
}

struct Generated {
    articles: Vec<(Article, Vec<SentenceRecord>, Vec<Mention>)>,
}

/// The strings the generator repeats, made once: building them anew for
/// every mention made the bench's own data cost as much CPU as a third of
/// the store's work (the data are the same).
struct Names {
    countries: Vec<String>,
    days: Vec<String>,
    cities: Vec<(String, String)>,
}

const FIRST_DAY: i64 = 10_957; // 2000-01-01
const DAYS: u64 = 9_496; // .. 2025-12-31

impl Names {
    fn new() -> Names {
        Names {
            countries: (0..200).map(country).collect(),
            days: (0..DAYS as i64).map(|d| vigie_store::dates::iso(FIRST_DAY + d)).collect(),
            cities: (0..50).map(|c| (format!("City{c}"), format!("city-{c}"))).collect(),
        }
    }
}

fn joined(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

fn generate(names: &Names, rng: &mut Rng, first_article: u64, n_articles: u64, recent: &mut Vec<Mention>) -> Generated {
    let mut articles = Vec::with_capacity(n_articles as usize);
    for a in first_article..first_article + n_articles {
        let id = format!("synthetic-{a}");
        let publisher = rng.below(500);
        let mut text = format!("Dispatch {a} from publisher {publisher}.");
        // The text is ASCII: its length in characters is its length in bytes.
        let mut sentences = vec![SentenceRecord { index: 0, span: Span(0, text.len()), text: text.clone(), boilerplate: false }];
        let mut mentions = Vec::new();
        for k in 1..=10usize {
            let m = if !recent.is_empty() && rng.below(10) == 0 {
                // A re-report of an earlier event.
                recent[rng.below(recent.len() as u64) as usize].clone()
            } else {
                let (s, mut t) = (skewed(rng), skewed(rng));
                if t == s {
                    t = (s + 1) % 200;
                }
                let agent = |rng: &mut Rng| AGENTS[rng.below(AGENTS.len() as u64) as usize];
                let (sc, tc) = (&names.countries[s as usize], &names.countries[t as usize]);
                let source = joined(&[sc, agent(rng)]);
                let target = joined(&[tc, agent(rng)]);
                let (cameo, label, quad, goldstein, verb) = CODES[rng.below(CODES.len() as u64) as usize];
                let date = &names.days[rng.below(DAYS) as usize];
                let location = (rng.below(3) > 0).then(|| {
                    let city = rng.below(50);
                    let (name, place_id) = &names.cities[city as usize];
                    Location {
                        name: name.clone(),
                        country: tc.clone(),
                        lat: (city as f64) - 25.0,
                        lon: (city as f64) * 3.0,
                        place_id: place_id.clone(),
                    }
                });
                let sentence = joined(&[sc, " ", verb, " ", tc, " on ", date, "."]);
                let m = Mention {
                    article_id: String::new(),
                    sentence_index: 0,
                    sentence,
                    source: Some(source),
                    source_text: Some(sc.clone()),
                    target: Some(target),
                    target_text: Some(tc.clone()),
                    source_person: None,
                    target_person: None,
                    cameo: cameo.into(),
                    cameo_label: label.into(),
                    cameo_root: cameo[..2].into(),
                    quad_class: quad,
                    goldstein,
                    plover_event: None,
                    plover_mode: None,
                    factuality: if rng.below(20) == 0 { Factuality::Hypothetical } else { Factuality::Asserted },
                    date: Some(date.clone()),
                    date_precision: Some(DatePrecision::Day),
                    date_source: None,
                    historical: false,
                    location,
                    first: false,
                    symmetric: cameo == "040",
                    rule: "synthetic".into(),
                    spans: MentionSpans { sentence: Span(0, 0), source: Some(Span(0, 3)), target: None, verb: Span(4, 5) },
                    language: "en".into(),
                    confidence: Some(0.8),
                    source_country: None,
                    source_org: None,
                    target_country: None,
                    target_org: None,
                };
                if recent.len() < 10_000 {
                    recent.push(m.clone());
                } else {
                    let slot = rng.below(10_000) as usize;
                    recent[slot] = m.clone();
                }
                m
            };
            let start = text.len() + 1;
            text.push(' ');
            text.push_str(&m.sentence);
            let end = text.len();
            let mut m = m;
            m.article_id = id.clone();
            m.sentence_index = k;
            m.spans.sentence = Span(start, end);
            sentences.push(SentenceRecord { index: k, span: Span(start, end), text: m.sentence.clone(), boilerplate: false });
            mentions.push(m);
        }
        let article = Article {
            id,
            text,
            date: Some(format!("2026-01-{:02}", 1 + rng.below(28))),
            lang: Some("en".into()),
            title: None,
            url: Some(format!("https://publisher{publisher}.example/a/{a}")),
        };
        articles.push((article, sentences, mentions));
    }
    Generated { articles }
}

/// CPU seconds this process has used (user + system), from /proc on Linux;
/// on a shared machine, a rate per CPU second is steadier than per wall second.
fn cpu_seconds() -> Option<f64> {
    cpu_seconds_of("/proc/self/stat")
}

/// CPU seconds of the calling thread alone: the writer's, without the
/// helper threads that work beside it (on a free second core, the load's
/// wall time follows this one).
fn thread_cpu_seconds() -> Option<f64> {
    cpu_seconds_of("/proc/thread-self/stat")
}

/// Seconds the calling thread has spent runnable but waiting for a CPU
/// (Linux schedstat): the writer preempted, by the load's own helper
/// threads or by other processes.
fn thread_runqueue_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(stat.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1e9)
}

fn cpu_seconds_of(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let target: u64 = std::env::var("VIGIE_BENCH_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let (path, temporary) = match std::env::var_os("VIGIE_BENCH_DB") {
        Some(p) => (PathBuf::from(p), false),
        None => (std::env::temp_dir().join(format!("vigie-bench-{}.db", std::process::id())), true),
    };
    let mut store = Store::open(&path).expect("open the store");
    let existing = store.counts().expect("counts").events;
    if existing < target {
        // VIGIE_BENCH_BULK=0 measures plain `write_batch` calls, as `vigie ingest` makes them.
        let bulk = std::env::var("VIGIE_BENCH_BULK").map_or(true, |v| v != "0");
        // Articles per batch (ten mentions each): one transaction each.
        let batch_articles: u64 = std::env::var("VIGIE_BENCH_BATCH").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
        store.set_bulk_load(bulk).expect("bulk load mode");
        let mut rng = Rng(0x5EED + existing);
        let names = Names::new();
        let mut recent = Vec::new();
        let (mut events, mut mentions, mut articles) = (0u64, 0u64, store.counts().unwrap().articles);
        let (mut gen_time, mut write_time, mut write_cpu, mut writer_cpu, mut writer_waited) = (0f64, 0f64, 0f64, 0f64, 0f64);
        let mut largest_wal = 0u64;
        let start = Instant::now();
        let cpu_start = cpu_seconds();
        let main_start = thread_cpu_seconds();
        let mut last_report = Instant::now();
        while existing + events < target {
            let t = Instant::now();
            let batch = generate(&names, &mut rng, articles, batch_articles, &mut recent);
            gen_time += t.elapsed().as_secs_f64();
            let records: Vec<ArticleRecord> = batch
                .articles
                .iter()
                .map(|(a, s, m)| ArticleRecord { article: a, language: "en", sentences: s, mentions: m })
                .collect();
            let t = Instant::now();
            let cpu_before = cpu_seconds();
            let thread_before = thread_cpu_seconds();
            let waited_before = thread_runqueue_seconds();
            let r = store.write_batch(&records).expect("write a batch");
            writer_waited += waited_before.zip(thread_runqueue_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
            write_time += t.elapsed().as_secs_f64();
            write_cpu += cpu_before.zip(cpu_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
            writer_cpu += thread_before.zip(thread_cpu_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
            // The WAL is copied into the database beside the writer: it must stay bounded.
            let wal = std::fs::metadata(format!("{}-wal", path.display())).map(|m| m.len()).unwrap_or(0);
            largest_wal = largest_wal.max(wal);
            events += r.events_created as u64;
            mentions += r.mentions_stored as u64;
            articles += r.articles_stored as u64;
            if last_report.elapsed().as_secs() >= 30 {
                eprintln!(
                    "  {} events, {:.0} events/s in write_batch so far, WAL {:.2} GB",
                    existing + events,
                    events as f64 / write_time,
                    wal as f64 / 1e9
                );
                last_report = Instant::now();
            }
        }
        // Ending the bulk load rebuilds the indexes it deferred: part of the cost.
        let t = Instant::now();
        let cpu_before_finish = cpu_seconds();
        let thread_before_finish = thread_cpu_seconds();
        let waited_before_finish = thread_runqueue_seconds();
        store.set_bulk_load(false).expect("finish the bulk load");
        let finish_waited = waited_before_finish.zip(thread_runqueue_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
        let finish_time = t.elapsed().as_secs_f64();
        let finish_cpu = cpu_before_finish.zip(cpu_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
        let finish_writer_cpu = thread_before_finish.zip(thread_cpu_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
        // This thread's CPU outside `write_batch` and the rebuild: making
        // (and dropping) the bench's own data, not the store's work.
        let main_cpu = main_start.zip(thread_cpu_seconds()).map(|(a, b)| b - a).unwrap_or(0.0);
        let gen_cpu = (main_cpu - writer_cpu - finish_writer_cpu).max(0.0);
        println!("largest WAL after a batch: {:.2} GB", largest_wal as f64 / 1e9);
        println!(
            "writer thread runnable but waiting for a CPU (preempted): {writer_waited:.1} s in write_batch + {finish_waited:.1} s in the rebuild"
        );
        println!(
            "writer thread alone (helpers aside): {writer_cpu:.1} s + {finish_writer_cpu:.1} s of CPU: {:.0} events per writer CPU second",
            events as f64 / (writer_cpu + finish_writer_cpu)
        );
        let load_time = write_time + finish_time;
        let total = start.elapsed().as_secs_f64();
        println!(
            "insert CPU in write_batch and the index rebuild: {:.1} s + {finish_cpu:.1} s: {:.0} events per CPU second",
            write_cpu,
            events as f64 / (write_cpu + finish_cpu)
        );
        if let (Some(a), Some(b)) = (cpu_start, cpu_seconds()) {
            println!(
                "insert CPU: {:.1} s of CPU for {total:.1} s of wall time: {:.0} events per CPU second (generation included; \
                 index rebuild {finish_cpu:.1} s of CPU)",
                b - a,
                events as f64 / (b - a)
            );
            // Every thread of the store (writer and helpers, whenever they
            // ran), without the bench's data generation.
            let store_cpu = b - a - gen_cpu;
            let writer = writer_cpu + finish_writer_cpu;
            println!(
                "store CPU, every thread (bench data generation aside): {store_cpu:.1} s: {:.0} events per CPU second; \
                 bench data generation: {gen_time:.1} s of wall time, {gen_cpu:.1} s of CPU",
                events as f64 / store_cpu
            );
            let idle_wall = writer.max(store_cpu / 2.0);
            println!(
                "estimated wall time on an idle 2-core machine, max(writer CPU, store CPU / 2): {idle_wall:.1} s: {:.0} events/s",
                events as f64 / idle_wall
            );
        }
        println!(
            "insert: {events} events from {mentions} mentions in {articles} articles: {:.0} events/s ({:.0} mentions/s) in \
             write_batch and the final index rebuild ({write_time:.1} s + {finish_time:.1} s); {total:.1} s in all, of which \
             {gen_time:.1} s generating the data",
            events as f64 / load_time,
            mentions as f64 / load_time
        );
    }
    let counts = store.counts().unwrap();
    println!("store {}: {} events, {} mentions, {} articles", path.display(), counts.events, counts.mentions, counts.articles);
    // What the writer writes per event: the row inserts of each table, and
    // the event updates (one per mention folded into an older event);
    // the full-text entries (one per mention) are the helper's. Sentences
    // have no rows of their own since schema 11.
    let per_event = |n: u64| n as f64 / counts.events.max(1) as f64;
    println!(
        "row writes per event: articles {:.3} (with {:.3} sentences packed in them), mentions {:.3}, events {:.3} inserted + {:.3} updated; \
         full-text entries {:.3} (other connection, other thread)",
        per_event(counts.articles),
        per_event(counts.sentences),
        per_event(counts.mentions),
        1.0,
        per_event(counts.mentions - counts.events),
        per_event(counts.mentions)
    );
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let fts_size = std::fs::metadata(format!("{}.fts", path.display())).map(|m| m.len()).unwrap_or(0);
    println!("file size: {:.2} GB, full-text index file {:.2} GB", size as f64 / 1e9, fts_size as f64 / 1e9);
    drop(store);
    let store = Store::open(&path).unwrap();
    let time = |label: &str, f: &mut dyn FnMut() -> usize| {
        // Cold first, then the best of 5 warm runs.
        let t = Instant::now();
        let n = f();
        let cold = ms(t);
        let mut warm = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            f();
            warm = warm.min(ms(t));
        }
        println!("{label}: {n} rows, first run {cold:.1} ms, warm {warm:.1} ms");
    };
    let (a, b) = (country(0), country(1));
    time(&format!("dyad time series {a}→{b} (all months)"), &mut || store.dyad_series(&a, &b, None, None).unwrap().len());
    let total: u64 = store.dyad_series(&a, &b, None, None).unwrap().iter().map(|p| p.events).sum();
    println!("  (that dyad has {total} events)");
    let (c, d) = (country(40), country(7));
    time(&format!("dyad time series {c}→{d}"), &mut || store.dyad_series(&c, &d, None, None).unwrap().len());
    let listing = EventFilter {
        actor: Some(country(3)),
        quad_class: Some(4),
        from: Some("2020-01".into()),
        to: Some("2020-06".into()),
        limit: Some(100),
        ..Default::default()
    };
    time(&format!("listing actor {} quad 4 2020-01..2020-06, first 100", country(3)), &mut || store.events(&listing).unwrap().len());
    let all = EventFilter { actor: Some(country(3)), quad_class: Some(4), from: Some("2020-01".into()), to: Some("2020-06".into()), ..Default::default() };
    time(&format!("listing actor {} quad 4 2020-01..2020-06, all", country(3)), &mut || store.events(&all).unwrap().len());
    let text = EventFilter { text: Some(format!("{} bombed {}", country(5), country(2))), from: Some("2024".into()), limit: Some(100), ..Default::default() };
    time("text search \"… bombed …\" in 2024, first 100", &mut || store.events(&text).unwrap().len());
    if temporary {
        drop(store);
        for ext in ["", "-wal", "-shm", ".fts", ".fts-wal", ".fts-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
        }
    }
}
