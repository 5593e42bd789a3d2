//! Throughput and memory of streaming coding: reads JSON Lines corpora one
//! article at a time (as `vigie code` does), codes each article and writes
//! its mentions as JSON Lines to a sink (the work of `vigie code` minus the
//! terminal), and prints sentences, characters and megabytes per second of
//! wall time and per CPU second (the machine is shared, so wall time alone
//! says little), and the process's peak resident memory at checkpoints.
//! Memory must stay flat as the article count grows. A small file (the
//! Radio France agenda is 1.4 MB, a fifth of a CPU second) is coded again
//! until at least `STEADY_BYTES` have gone through, so that its rate is not
//! a handful of scheduler ticks; the row then says how many passes it took.
//!
//! `cargo bench -p vigie-coder --bench stream [-- FILE.jsonl ...]`
//! (default: Reuters-21578 and the French corpora under ../shared/corpus).

use std::io::Write;
use std::time::Instant;

use vigie_coder::Coder;
use vigie_lexicon::Lexicon;

// The same allocator as the `vigie` binary, so the figures match what it does.
#[global_allocator]
static GLOBAL_ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time this (single-threaded) process has run, in seconds: the first
/// field of `/proc/self/schedstat`, in nanoseconds.
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(f64::NAN, |ns| ns as f64 / 1e9)
}

#[derive(Default)]
struct Totals {
    articles: usize,
    skipped: usize,
    sentences: usize,
    mentions: usize,
    chars: usize,
    bytes: usize,
}

fn print_row(name: &str, t: &Totals, wall: f64, cpu: f64) {
    println!(
        "{:<34} {:>7} {:>5} {:>8} {:>7} {:>9.0} {:>6.2} {:>6.2} {:>6.2} {:>6.1}",
        name,
        t.articles,
        t.skipped,
        t.sentences,
        t.mentions,
        t.sentences as f64 / cpu,
        t.chars as f64 / cpu / 1e6,
        t.bytes as f64 / cpu / 1e6,
        t.bytes as f64 / wall / 1e6,
        peak_rss_kib().unwrap_or(0) as f64 / 1024.0
    );
}

/// How much text a file's figure must rest on; smaller files are coded again.
const STEADY_BYTES: usize = 8_000_000;

fn main() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
    let mut paths: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if paths.is_empty() {
        paths = ["en/reuters21578.jsonl", "fr/gilets_jaunes_fr.jsonl", "fr/radiofrance_previsions_fr.jsonl"]
            .iter()
            .map(|p| format!("{shared}/{p}"))
            .collect();
    }
    let load = Instant::now();
    let lexicon = Lexicon::embedded().expect("lexicons load");
    let coder = Coder::new(&lexicon);
    println!("lexicons loaded in {:.2} s; rates are per CPU second unless marked wall", load.elapsed().as_secs_f64());
    println!(
        "{:<34} {:>7} {:>5} {:>8} {:>7} {:>9} {:>6} {:>6} {:>6} {:>6}",
        "corpus", "articles", "skip", "sentences", "mentions", "sent/s", "Mch/s", "MB/s", "wallMB", "RSS MiB"
    );
    let mut jsonl = Vec::new();
    for path in &paths {
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut t = Totals::default();
        let (start, cpu_start) = (Instant::now(), cpu_seconds());
        let mut next_checkpoint = 1000;
        let mut passes = 0;
        while passes == 0 || (t.bytes < STEADY_BYTES && t.articles > 0) {
            passes += 1;
            for item in vigie_ingest::open(path) {
                match item.ok().and_then(|a| coder.code(&a).ok().map(|c| (a, c))) {
                    Some((article, coded)) => {
                        t.articles += 1;
                        t.chars += article.text.chars().count();
                        t.bytes += article.text.len();
                        t.sentences += coded.sentences.len();
                        t.mentions += coded.mentions.len();
                        jsonl.clear();
                        for m in &coded.mentions {
                            serde_json::to_writer(&mut jsonl, m).expect("a mention serialises");
                            jsonl.push(b'\n');
                        }
                        std::io::sink().write_all(&jsonl).expect("the sink accepts");
                    }
                    None => t.skipped += 1,
                }
                if passes == 1 && t.articles == next_checkpoint {
                    print_row(&format!("  {name} (so far)"), &t, start.elapsed().as_secs_f64(), cpu_seconds() - cpu_start);
                    next_checkpoint *= 4;
                }
            }
        }
        let label = if passes > 1 { format!("{name} (x{passes})") } else { name.to_string() };
        print_row(&label, &t, start.elapsed().as_secs_f64(), cpu_seconds() - cpu_start);
    }
}
