//! `vigie survey`: what the coder makes of a corpus, for a person to judge.
//! Counts (events per article, the factuality mix, the most frequent roots
//! and codes) and a reproducible random sample of coded events printed with
//! their sentence, to be read by hand and marked right or wrong.

use std::collections::{BTreeMap, HashSet};

use anyhow::Result;
use serde::Serialize;
use vigie_coder::Coder;
use vigie_model::Mention;

use crate::inputs::{for_each_article, Outcome};

#[derive(clap::Args)]
pub struct SurveyArgs {
    /// Files, folders or - for stdin, as for `vigie code`.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// How many coded events to draw for reading by hand.
    #[arg(long, default_value_t = 50)]
    sample: usize,
    /// Seed of the draw: the same seed gives the same sample.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many roots and codes to list.
    #[arg(long, default_value_t = 10)]
    top: usize,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Survey {
    articles: usize,
    /// Items whose text and date repeat an earlier one (a wire agenda
    /// republishes items); they are left out so that no event counts twice.
    repeated_articles: usize,
    articles_with_events: usize,
    sentences: usize,
    events: usize,
    events_per_article: f64,
    factuality: BTreeMap<String, usize>,
    historical: usize,
    top_roots: Vec<(String, usize)>,
    top_codes: Vec<(String, String, usize)>,
    sample: Vec<SampledEvent>,
}

#[derive(Serialize)]
struct SampledEvent {
    article_id: String,
    sentence: String,
    source: Option<String>,
    target: Option<String>,
    cameo: String,
    cameo_label: String,
    factuality: String,
    rule: String,
}

pub fn run(coder: &Coder, args: &SurveyArgs) -> Result<bool> {
    let mut articles = 0;
    let mut articles_with_events = 0;
    let mut sentences = 0;
    let mut mentions: Vec<Mention> = Vec::new();
    let mut seen: HashSet<(String, Option<String>)> = HashSet::new();
    let mut repeated_articles = 0;
    let summary = for_each_article(&args.paths, |article| {
        if !seen.insert(repeat_key(&article.text, &article.date)) {
            repeated_articles += 1;
            return Ok(Outcome::Skipped(format!("{}: repeats an earlier item (same text, same date)", article.id)));
        }
        match coder.code(&article) {
            Ok(coded) => {
                articles += 1;
                sentences += coded.sentences.len();
                articles_with_events += usize::from(!coded.mentions.is_empty());
                mentions.extend(coded.mentions);
                Ok(Outcome::Used)
            }
            Err(e) => Ok(Outcome::Skipped(e.to_string())),
        }
    })?;

    let mut factuality = BTreeMap::new();
    let mut roots: BTreeMap<String, usize> = BTreeMap::new();
    let mut codes: BTreeMap<(String, String), usize> = BTreeMap::new();
    for m in &mentions {
        *factuality.entry(m.factuality.as_str().to_string()).or_default() += 1;
        *roots.entry(m.cameo_root.clone()).or_default() += 1;
        *codes.entry((m.cameo.clone(), m.cameo_label.clone())).or_default() += 1;
    }
    let mut top_roots: Vec<(String, usize)> = roots.into_iter().collect();
    top_roots.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top_roots.truncate(args.top);
    let mut top_codes: Vec<(String, String, usize)> = codes.into_iter().map(|((c, l), n)| (c, l, n)).collect();
    top_codes.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    top_codes.truncate(args.top);

    let sample = draw(mentions.len(), args.sample, args.seed)
        .into_iter()
        .map(|i| {
            let m = &mentions[i];
            SampledEvent {
                article_id: m.article_id.clone(),
                sentence: m.sentence.clone(),
                source: m.source.clone(),
                target: m.target.clone(),
                cameo: m.cameo.clone(),
                cameo_label: m.cameo_label.clone(),
                factuality: m.factuality.as_str().to_string(),
                rule: m.rule.clone(),
            }
        })
        .collect();
    let survey = Survey {
        articles,
        repeated_articles,
        articles_with_events,
        sentences,
        events: mentions.len(),
        events_per_article: if articles == 0 { 0.0 } else { mentions.len() as f64 / articles as f64 },
        historical: mentions.iter().filter(|m| m.historical).count(),
        factuality,
        top_roots,
        top_codes,
        sample,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&survey)?);
    } else {
        print_survey(&survey);
    }
    Ok(summary.succeeded(false))
}

fn print_survey(s: &Survey) {
    println!("{} articles ({} with events), {} sentences, {} events: {:.2} per article", s.articles, s.articles_with_events, s.sentences, s.events, s.events_per_article);
    if s.repeated_articles > 0 {
        println!("{} repeated items left out (same text and date as an earlier one)", s.repeated_articles);
    }
    let share = |n: usize| if s.events == 0 { 0.0 } else { 100.0 * n as f64 / s.events as f64 };
    println!("factuality:");
    for (f, n) in &s.factuality {
        println!("  {f:<13} {n:>6}  {:5.1}%", share(*n));
    }
    println!("  historical    {:>6}  {:5.1}%", s.historical, share(s.historical));
    println!("most frequent roots:");
    for (root, n) in &s.top_roots {
        println!("  {root}  {n:>6}  {:5.1}%", share(*n));
    }
    println!("most frequent codes:");
    for (code, label, n) in &s.top_codes {
        println!("  {code:<5} {n:>6}  {label}");
    }
    println!("sample of {} events, to read by hand:", s.sample.len());
    for (i, e) in s.sample.iter().enumerate() {
        println!(
            "{:>3}. {} → {}  {} {} [{}]  ({})\n     {}",
            i + 1,
            e.source.as_deref().unwrap_or("∅"),
            e.target.as_deref().unwrap_or("∅"),
            e.cameo,
            e.cameo_label,
            e.factuality,
            e.rule,
            e.sentence.replace('\n', " ")
        );
    }
}

/// Two items are the same when their words and date are: spacing differs
/// between republications of one wire item.
fn repeat_key(text: &str, date: &Option<String>) -> (String, Option<String>) {
    (text.split_whitespace().collect::<Vec<_>>().join(" "), date.clone())
}

/// `k` distinct indices below `n`, in order, drawn by a seeded generator
/// (splitmix64) so that a sample can be named by its seed and read again.
fn draw(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    // Partial Fisher–Yates over the indices.
    let mut indices: Vec<usize> = (0..n).collect();
    let k = k.min(n);
    for i in 0..k {
        let j = i + (next() % (n - i) as u64) as usize;
        indices.swap(i, j);
    }
    let mut chosen = indices[..k].to_vec();
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::{draw, repeat_key};

    #[test]
    fn a_repeat_is_the_same_words_on_the_same_date() {
        let day = Some("2025-04-10".to_string());
        assert_eq!(repeat_key("Opep :  rapport\nmensuel.", &day), repeat_key("Opep : rapport mensuel.", &day));
        let other_day = Some("2025-05-12".to_string());
        assert_ne!(repeat_key("Opep : rapport mensuel.", &day), repeat_key("Opep : rapport mensuel.", &other_day));
        assert_ne!(repeat_key("Opep : rapport mensuel.", &day), repeat_key("Opep : rapport annuel.", &day));
    }

    #[test]
    fn the_draw_is_distinct_bounded_and_repeatable() {
        let a = draw(1000, 50, 7);
        assert_eq!(a.len(), 50);
        assert!(a.windows(2).all(|w| w[0] < w[1]), "distinct, in order");
        assert!(a.iter().all(|&i| i < 1000));
        assert_eq!(a, draw(1000, 50, 7), "same seed, same sample");
        assert_ne!(a, draw(1000, 50, 8), "another seed, another sample");
        assert_eq!(draw(3, 50, 1), vec![0, 1, 2], "never more than there is");
    }
}
