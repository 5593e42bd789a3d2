//! Throughput and memory of streaming coding: reads JSON Lines corpora one
//! article at a time (as `vigie code` does) and prints articles per second
//! and the process's peak resident memory at checkpoints. Memory must stay
//! flat as the article count grows.
//!
//! `cargo bench -p vigie-coder --bench stream [-- FILE.jsonl ...]`
//! (default: Reuters-21578 and the French corpora under ../shared/corpus).

use std::time::Instant;

use vigie_coder::Coder;
use vigie_lexicon::Lexicon;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
    let mut paths: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if paths.is_empty() {
        paths = ["en/reuters21578.jsonl", "fr/gilets_jaunes_fr.jsonl", "fr/radiofrance_previsions_fr.jsonl"]
            .iter()
            .map(|p| format!("{shared}/{p}"))
            .collect();
    }
    let lexicon = Lexicon::embedded().expect("lexicons load");
    let coder = Coder::new(&lexicon);
    println!("{:<28} {:>9} {:>9} {:>10} {:>12} {:>14}", "corpus", "articles", "skipped", "mentions", "articles/s", "peak RSS MiB");
    for path in &paths {
        let name = path.rsplit('/').next().unwrap_or(path);
        let (mut articles, mut skipped, mut mentions, mut chars) = (0usize, 0usize, 0usize, 0usize);
        let start = Instant::now();
        let mut next_checkpoint = 1000;
        for item in vigie_ingest::open(path) {
            match item.ok().and_then(|a| coder.code(&a).ok().map(|c| (a.text.chars().count(), c))) {
                Some((n, coded)) => {
                    articles += 1;
                    chars += n;
                    mentions += coded.mentions.len();
                }
                None => skipped += 1,
            }
            if articles == next_checkpoint {
                let secs = start.elapsed().as_secs_f64();
                println!(
                    "{:<28} {:>9} {:>9} {:>10} {:>12.0} {:>14.1}",
                    format!("  {name} (so far)"),
                    articles,
                    skipped,
                    mentions,
                    articles as f64 / secs,
                    peak_rss_kib().unwrap_or(0) as f64 / 1024.0
                );
                next_checkpoint *= 4;
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{:<28} {:>9} {:>9} {:>10} {:>12.0} {:>14.1}   ({:.1} M chars/s)",
            name,
            articles,
            skipped,
            mentions,
            articles as f64 / secs,
            peak_rss_kib().unwrap_or(0) as f64 / 1024.0,
            chars as f64 / secs / 1e6
        );
    }
}
