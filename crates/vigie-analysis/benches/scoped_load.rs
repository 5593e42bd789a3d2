//! How long a brief and a dyad series take on a large store, reading only
//! their actors' events (`Dataset::load_scope`) — what the HTTP API does on
//! each request — against reading the whole store (`Dataset::load`).
//!
//! ```sh
//! tools/bench_store.sh 1000000 /tmp/synth1m.db          # a synthetic store (vigie-store's bench)
//! VIGIE_BENCH_DB=/tmp/synth1m.db cargo bench -p vigie-analysis --bench scoped_load
//! VIGIE_BENCH_DB=… VIGIE_BENCH_PAIRS=UBO,UAH;UAA,UAB VIGIE_BENCH_WHOLE=1 cargo bench -p vigie-analysis --bench scoped_load
//! ```
//! Pairs default to a mid-frequency and the most frequent dyad of the
//! synthetic store; `VIGIE_BENCH_WHOLE=1` also times the whole-store load.

use std::time::Instant;

use vigie_analysis::brief::build_brief;
use vigie_analysis::{dyad_series, BriefFormat, BriefOptions, Cues, Dataset, Lang, Scope, SeriesOptions};
use vigie_store::Store;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let Ok(db) = std::env::var("VIGIE_BENCH_DB") else {
        eprintln!("scoped_load: set VIGIE_BENCH_DB to a store (tools/bench_store.sh N DB makes a synthetic one); nothing timed");
        return;
    };
    let store = Store::open(std::path::Path::new(&db)).expect("the store in VIGIE_BENCH_DB");
    let counts = store.counts().expect("counts");
    println!("store {db}: {} events, {} mentions, {} articles", counts.events, counts.mentions, counts.articles);
    let pairs = std::env::var("VIGIE_BENCH_PAIRS").unwrap_or_else(|_| "UBO,UAH;UAB,UAA".into());
    let cues = Cues::builtin();
    for pair in pairs.split(';') {
        let Some((a, b)) = pair.split_once(',') else { continue };
        for run in ["first run", "warm"] {
            let t = Instant::now();
            let ds = Dataset::load_scope(&store, &Scope::dyad(a, b, None, None)).expect("dyad scope");
            let load = ms(t);
            let t = Instant::now();
            let series = dyad_series(&ds, a, b, &SeriesOptions::default());
            println!(
                "dyad {a}-{b} ({run}): {} events loaded in {load:.1} ms, monthly series ({} months) in {:.1} ms",
                ds.events.len(),
                series.points.len(),
                ms(t)
            );
            let t = Instant::now();
            let ds = Dataset::load_scope(&store, &Scope::brief(a, b, None)).expect("brief scope");
            let load = ms(t);
            let t = Instant::now();
            let opts = BriefOptions { a: a.into(), b: b.into(), since: None, lang: Lang::En, format: BriefFormat::Markdown };
            let brief = build_brief(&ds, &cues, &opts).expect("brief");
            let md = brief.to_markdown(Lang::En);
            println!(
                "brief {a}-{b} ({run}): {} events, {} articles loaded in {load:.1} ms, brief ({} statements, {} bytes) in {:.1} ms",
                ds.events.len(),
                ds.articles.len(),
                brief.sections.iter().map(|s| s.items.len()).sum::<usize>(),
                md.len(),
                ms(t)
            );
        }
    }
    if std::env::var("VIGIE_BENCH_WHOLE").is_ok_and(|v| v == "1") {
        let t = Instant::now();
        let ds = Dataset::load(&store, None).expect("whole store");
        println!("whole store: {} events, {} articles loaded in {:.1} ms", ds.events.len(), ds.articles.len(), ms(t));
    }
}
