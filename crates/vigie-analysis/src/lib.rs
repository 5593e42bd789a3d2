//! The analysis: what an analyst reads out of Vigie's store. It owns the
//! analyses over stored events and their evidence — a dyad's time series,
//! the actor network (degree, betweenness, GraphML/GEXF), treaties and the
//! obligations their clauses create, firsts, third-party reactions,
//! escalation signals — and the strategic brief written from them in French
//! or English, Markdown or HTML, where every statement cites the article and
//! sentence it comes from. Its wording and its cue words are data
//! (`templates/*.tsv`, `data/cues.tsv`), not code. It reads the store only
//! through `vigie-store`'s public API and must not know how text is coded
//! (no lexicon, no coder), SQL, or HTTP: the server and the CLI call it.

pub mod brief;
pub mod network;
pub mod reactions;
pub mod series;
pub mod signals;
mod svg;
pub mod text;
pub mod treaties;

use std::collections::BTreeMap;

use serde::Serialize;
use vigie_model::{Factuality, SentenceRecord};
use vigie_store::{dates, dedup::actor_key, ArticleInfo, EventFilter, EventRecord, Store, StoreError, StoredMention};

pub use brief::{write_brief, BriefFormat, BriefOptions, Lang};
pub use network::{actor_network, Network, NetworkOptions};
pub use reactions::{firsts, reactions_to, Firsts, Reaction};
pub use series::{dyad_series, DyadSeries, Period, SeriesOptions};
pub use signals::{escalation_signals, Signal, SignalOptions};
pub use text::Cues;
pub use treaties::{detect_treaties, Obligation, Treaty, TreatyLink};

#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Usage(String),
}

/// Where a statement comes from: an article and one of its sentences.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Cite {
    pub article_id: String,
    pub sentence: usize,
    pub text: String,
}

impl Cite {
    fn of(m: &StoredMention) -> Cite {
        Cite { article_id: m.article.external_id.clone(), sentence: m.mention.sentence_index, text: m.mention.sentence.clone() }
    }
}

/// One stored event with its mentions, as the analyses read it.
#[derive(Debug, Clone, Serialize)]
pub struct Ev {
    pub event: EventRecord,
    #[serde(skip)]
    pub mentions: Vec<StoredMention>,
    /// First day the event's date covers (days since 1970-01-01).
    pub day: Option<i64>,
    /// Some mention's text calls it a first.
    pub first_in_text: bool,
    pub cites: Vec<Cite>,
}

impl Ev {
    pub fn new(event: EventRecord, mentions: Vec<StoredMention>) -> Ev {
        let day = event.date_start.as_deref().and_then(dates::interval).map(|(lo, _)| lo);
        let first_in_text = mentions.iter().any(|m| m.mention.first);
        let mut cites: Vec<Cite> = mentions.iter().map(Cite::of).collect();
        if cites.is_empty() {
            cites.push(Cite { article_id: event.article_id.clone(), sentence: event.sentence_index, text: event.evidence.clone() });
        }
        cites.dedup();
        Ev { event, mentions, day, first_in_text, cites }
    }

    pub fn asserted(&self) -> bool {
        self.event.factuality == Factuality::Asserted
    }

    pub fn source_key(&self) -> String {
        actor_key(self.event.source.as_deref())
    }

    pub fn target_key(&self) -> String {
        actor_key(self.event.target.as_deref())
    }

    /// The store row ids of the articles that report it.
    pub fn article_rows(&self) -> Vec<i64> {
        let mut rows: Vec<i64> = self.mentions.iter().map(|m| m.article.row_id).collect();
        if rows.is_empty() {
            rows.push(self.event.story_id);
        }
        rows.sort_unstable();
        rows.dedup();
        rows
    }
}

/// An article with its stored sentences.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    pub info: ArticleInfo,
    pub sentences: Vec<SentenceRecord>,
}

/// What the analyses run on: events (date order) and the articles they come from.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub events: Vec<Ev>,
    pub articles: BTreeMap<i64, StoredArticle>,
}

/// Whether an actor code matches an actor given as a country or organisation
/// (`RUS`: any agent) or as a full code (`RUSGOV`: exactly).
pub fn actor_matches(spec: &str, code: Option<&str>) -> bool {
    let Some(code) = code else { return false };
    let spec = spec.trim();
    if actor_key(Some(spec)) == spec {
        actor_key(Some(code)) == spec
    } else {
        code == spec
    }
}

/// Checks an actor given on the command line: letters only, as a CAMEO code.
pub fn check_actor(spec: &str) -> Result<String, AnalysisError> {
    let s = spec.trim().to_ascii_uppercase();
    if s.len() < 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(AnalysisError::Usage(format!(
            "{spec:?} is not an actor code: give a country (RUS), an organisation (NATO) or a country and agent (RUSGOV)"
        )));
    }
    Ok(s)
}

impl Dataset {
    /// Reads the events dated from `since` (all when `None`) with their
    /// mentions, and the sentences of the articles they come from.
    pub fn load(store: &Store, since: Option<&str>) -> Result<Dataset, AnalysisError> {
        let filter = EventFilter { from: since.map(str::to_string), ..Default::default() };
        let mut events = Vec::new();
        store.for_each_event_with_mentions(&filter, |e, ms| {
            events.push(Ev::new(e, ms));
            Ok(())
        })?;
        let mut articles = BTreeMap::new();
        for ev in &events {
            for row in ev.article_rows() {
                if articles.contains_key(&row) {
                    continue;
                }
                if let Some((info, sentences)) = store.article_sentences(row)? {
                    articles.insert(row, StoredArticle { info, sentences });
                }
            }
        }
        Ok(Dataset { events, articles })
    }

    /// Whether any stored event involves this actor (as source or target).
    pub fn knows_actor(&self, spec: &str) -> bool {
        self.events.iter().any(|e| actor_matches(spec, e.event.source.as_deref()) || actor_matches(spec, e.event.target.as_deref()))
    }

    pub fn event(&self, id: i64) -> Option<&Ev> {
        self.events.iter().find(|e| e.event.id == id)
    }
}

/// `YYYY-MM-DD` of a day number.
pub fn iso_day(day: i64) -> String {
    dates::iso(day)
}
