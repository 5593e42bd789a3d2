//! Main-text extraction measured against pages whose article body is known:
//! Mozilla Readability's test pages and the Scrapinghub article-extraction
//! benchmark, as laid out in `../shared/corpus/html/`.
//!
//! Score: for each page, precision, recall and F1 of the extracted text's
//! words against the expected text's words, counted as multisets (a word
//! extracted twice but expected once counts once), words being runs of
//! letters and digits compared in lower case; the set's figure is the mean
//! over its pages. A page the extractor refuses scores zero.

use std::collections::HashMap;
use std::io::BufReader;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;
use vigie_ingest::Format;

use crate::{f1, EvalError};

#[derive(Debug, Clone, Serialize)]
pub struct PageScore {
    pub page: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Why the extractor produced nothing, when it did not.
    pub refused: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExtractionReport {
    pub set: String,
    pub pages: usize,
    pub mean_precision: f64,
    pub mean_recall: f64,
    pub mean_f1: f64,
    pub scores: Vec<PageScore>,
}

impl ExtractionReport {
    pub fn render(&self, worst: usize) -> String {
        let mut out = format!(
            "{}: {} pages, mean token precision {:.3}, recall {:.3}, F1 {:.3}\n",
            self.set, self.pages, self.mean_precision, self.mean_recall, self.mean_f1
        );
        let mut sorted: Vec<&PageScore> = self.scores.iter().collect();
        sorted.sort_by(|a, b| a.f1.total_cmp(&b.f1));
        for s in sorted.into_iter().take(worst) {
            let why = s.refused.as_deref().map(|r| format!("  ({r})")).unwrap_or_default();
            out.push_str(&format!("  {:.3}  P {:.3} R {:.3}  {}{why}\n", s.f1, s.precision, s.recall, s.page));
        }
        out
    }
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// Token precision, recall and F1 of `extracted` against `expected`.
pub fn token_scores(extracted: &str, expected: &str) -> (f64, f64, f64) {
    let got = words(extracted);
    let want = words(expected);
    let overlap: usize = got.iter().map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0))).sum();
    let got_total: usize = got.values().sum();
    let want_total: usize = want.values().sum();
    let precision = if got_total == 0 { 0.0 } else { overlap as f64 / got_total as f64 };
    let recall = if want_total == 0 { 0.0 } else { overlap as f64 / want_total as f64 };
    (precision, recall, f1(precision, recall))
}

fn score_page(page: String, path: &Path, expected: &str) -> PageScore {
    let name = path.display().to_string();
    let extracted = std::fs::File::open(path)
        .map_err(|e| e.to_string())
        .and_then(|f| {
            let mut stream = vigie_ingest::from_reader(&name, Box::new(BufReader::new(f)), Some(Format::Html));
            match stream.next() {
                Some(Ok(article)) => Ok(article.text),
                Some(Err(e)) => Err(e.to_string()),
                None => Err("no article".into()),
            }
        });
    match extracted {
        Ok(text) => {
            let (precision, recall, f1) = token_scores(&text, expected);
            PageScore { page, precision, recall, f1, refused: None }
        }
        Err(reason) => PageScore { page, precision: 0.0, recall: 0.0, f1: 0.0, refused: Some(reason) },
    }
}

fn report(set: &str, scores: Vec<PageScore>) -> ExtractionReport {
    let n = scores.len().max(1) as f64;
    ExtractionReport {
        set: set.into(),
        pages: scores.len(),
        mean_precision: scores.iter().map(|s| s.precision).sum::<f64>() / n,
        mean_recall: scores.iter().map(|s| s.recall).sum::<f64>() / n,
        mean_f1: scores.iter().map(|s| s.f1).sum::<f64>() / n,
        scores,
    }
}

fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|e| EvalError::Shape(format!("{}: {e}", path.display())))
}

/// Scores a folder laid out like `html/readability/` (one folder per page
/// with `source.html`, and `expected_text.jsonl` beside them) or like
/// `html/scrapinghub-aeb/` (`html/<hash>.html.gz` and `ground-truth.json`).
pub fn score_folder(dir: &Path) -> Result<ExtractionReport, EvalError> {
    let set = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if dir.join("ground-truth.json").is_file() {
        let truth: Value = serde_json::from_str(&read(&dir.join("ground-truth.json"))?)?;
        let truth = truth.as_object().ok_or_else(|| EvalError::Shape("ground-truth.json is not an object".into()))?;
        let mut scores = Vec::new();
        for (hash, entry) in truth {
            let body = entry.get("articleBody").and_then(Value::as_str).unwrap_or_default();
            let page = dir.join("html").join(format!("{hash}.html.gz"));
            scores.push(score_page(hash.clone(), &page, body));
        }
        return Ok(report(&set, scores));
    }
    if dir.join("expected_text.jsonl").is_file() {
        let mut scores = Vec::new();
        for line in read(&dir.join("expected_text.jsonl"))?.lines().filter(|l| !l.trim().is_empty()) {
            let record: Value = serde_json::from_str(line)?;
            let id = record.get("id").and_then(Value::as_str).unwrap_or_default();
            let page = id.strip_prefix("readability-").unwrap_or(id).to_string();
            let text = record.get("text").and_then(Value::as_str).unwrap_or_default();
            let source = dir.join(&page).join("source.html");
            scores.push(score_page(page, &source, text));
        }
        return Ok(report(&set, scores));
    }
    Err(EvalError::Shape(format!(
        "{}: neither ground-truth.json (Scrapinghub layout) nor expected_text.jsonl (Readability layout)",
        dir.display()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_scores_count_words_as_multisets() {
        let (p, r, f) = token_scores("Kim a rencontré Poutine. Poutine", "Kim a rencontré Poutine à Moscou.");
        assert!((p - 0.8).abs() < 1e-9, "{p}");
        assert!((r - 4.0 / 6.0).abs() < 1e-9, "{r}");
        assert!(f > 0.72 && f < 0.73);
        assert_eq!(token_scores("", "x"), (0.0, 0.0, 0.0));
    }
}
