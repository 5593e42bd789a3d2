//! Load time of the full lexicons and matching throughput of the entity
//! index on real text. `cargo bench -p vigie-lexicon --bench lexicon`

use std::time::Instant;

use vigie_lexicon::Lexicon;

fn main() {
    let runs = 5;
    let start = Instant::now();
    let mut lexicon = None;
    for _ in 0..runs {
        lexicon = Some(Lexicon::embedded().expect("lexicons load"));
    }
    let lexicon = lexicon.unwrap();
    println!("load (all languages, embedded): {:.1} ms", start.elapsed().as_secs_f64() * 1000.0 / runs as f64);

    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
    for (lang, file) in [("en", "en/reuters21578.jsonl"), ("fr", "fr/gilets_jaunes_fr.jsonl")] {
        let content = std::fs::read_to_string(format!("{shared}/{file}")).expect("corpus beside the checkout");
        let texts: Vec<String> = content
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
        let l = lexicon.language(lang).unwrap();
        let tokens: Vec<_> = texts.iter().map(|t| vigie_text::tokenize(t, &l.pack)).collect();
        let n_tokens: usize = tokens.iter().map(Vec::len).sum();
        let start = Instant::now();
        let mut matches = 0;
        for t in &tokens {
            matches += l.entities.scan(t).len();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{lang}: {} texts, {n_tokens} tokens, {matches} entity matches, {:.1} M tokens/s ({:.0} ms)",
            texts.len(),
            n_tokens as f64 / secs / 1e6,
            secs * 1000.0
        );
    }
}
