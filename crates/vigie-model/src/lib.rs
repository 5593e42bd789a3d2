//! The vocabulary every Vigie crate speaks: an [`Article`] as ingested, and a
//! [`Mention`] — one coded event stated in one sentence, which is exactly the
//! JSON object `vigie code` prints (the coding contract). This crate owns the
//! shape of that contract and nothing else: it must not know file formats,
//! languages, lexicons, SQL or HTTP, so that every other crate can depend on it
//! without depending on each other.

use serde::{Deserialize, Serialize};

/// One news article, as ingestion hands it on. Every character offset later in
/// the pipeline is an index into `text`, counted in Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The JSONL `id`, else the path the article was read from.
    pub id: String,
    pub text: String,
    /// Publication date as given by the source (ISO 8601, possibly with a time).
    #[serde(default)]
    pub date: Option<String>,
    /// ISO 639-1 code when the source states it; detected later otherwise.
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// Half-open range `[start, end)` of character offsets in the article text,
/// serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

impl Span {
    pub fn start(&self) -> usize {
        self.0
    }
    pub fn end(&self) -> usize {
        self.1
    }
}

/// Whether the text says the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Factuality {
    Asserted,
    Negated,
    Hypothetical,
    Planned,
}

impl Factuality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Factuality::Asserted => "asserted",
            Factuality::Negated => "negated",
            Factuality::Hypothetical => "hypothetical",
            Factuality::Planned => "planned",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

impl DatePrecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

/// Where the event's date came from, so an analyst can tell a date read in
/// the sentence from a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A date expression in the sentence that states the event.
    Text,
    /// The article's publication date.
    Publication,
    /// No publication date: the latest explicit year written in the article.
    ArticleYear,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    /// Gazetteer id of the place.
    pub place_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionSpans {
    pub sentence: Span,
    pub source: Option<Span>,
    pub target: Option<Span>,
    pub verb: Span,
}

/// One sentence of an article, as segmentation found it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceRecord {
    pub index: usize,
    pub span: Span,
    pub text: String,
    /// Advertising or site furniture: kept for provenance, never coded.
    pub boilerplate: bool,
}

/// One coded event in one sentence: the `vigie code` JSON Lines contract.
/// Field order here is the order in the JSON object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub article_id: String,
    pub sentence_index: usize,
    pub sentence: String,
    pub source: Option<String>,
    pub source_text: Option<String>,
    pub target: Option<String>,
    pub target_text: Option<String>,
    /// The lexicon id of the person the source is (`yoon-suk-yeol`), named or
    /// known by title and date.
    pub source_person: Option<String>,
    pub target_person: Option<String>,
    pub cameo: String,
    pub cameo_label: String,
    pub cameo_root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_event: Option<String>,
    pub plover_mode: Option<String>,
    pub factuality: Factuality,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` only when the article gives no year at all.
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    pub date_source: Option<DateSource>,
    /// The event is dated well before the article: background, not news.
    pub historical: bool,
    pub location: Option<Location>,
    pub first: bool,
    /// A meeting or agreement: source and target act together; one event, not two.
    pub symmetric: bool,
    pub rule: String,
    pub spans: MentionSpans,
    pub language: String,
    /// How specific the evidence is, in [0, 1]: a named actor and a
    /// many-word verb pattern score higher than a referring phrase, a
    /// generic code or a missing target. For filtering, not a probability.
    #[serde(default)]
    pub confidence: Option<f64>,
    /// What the coder knew of each actor beyond its code: the country it
    /// belongs to (the code's own, or an organisation's home, `HEZ` → LBN)
    /// and the organisation it is (`UNO` for `UNOMIL`, `NATO`). Exports
    /// fill their country and group columns from these, never from the
    /// code's first letters. `None` for both: an agent word alone (`REB`).
    #[serde(default)]
    pub source_country: Option<String>,
    #[serde(default)]
    pub source_org: Option<String>,
    #[serde(default)]
    pub target_country: Option<String>,
    #[serde(default)]
    pub target_org: Option<String>,
}
