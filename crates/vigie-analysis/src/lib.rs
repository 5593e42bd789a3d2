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
pub mod names;
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

pub use brief::{build_brief, write_brief, Brief, BriefFormat, BriefOptions, Lang};
pub use names::ActorNames;
pub use network::{actor_network, actor_network_min_weight, Network, NetworkOptions};
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

/// Up to this many events, a scope reads them one by one by id; beyond, it
/// lists its actors' events (one query each), cheaper per event.
const PER_EVENT_READS: usize = 2000;

/// The part of the store an analysis reads, so that a brief or a dyad on a
/// large store reads that dyad's events, not every event.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Actors as in [`actor_matches`] (`RUS`, `RUSGOV`, `NATO`): events with
    /// any of them as source or target. Empty: every event.
    pub actors: Vec<String>,
    /// Only events between two of `actors` (either direction).
    pub between_only: bool,
    /// Also every other event of the articles that report an event between
    /// two of `actors` (third parties' reactions with no target).
    pub same_articles: bool,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` bounds, as the store's filters.
    pub since: Option<String>,
    pub until: Option<String>,
}

impl Scope {
    /// What [`brief::build_brief`] on `a`–`b` reads: events with either
    /// actor, and the other events of the dyad's articles.
    pub fn brief(a: &str, b: &str, since: Option<&str>) -> Scope {
        Scope { actors: vec![a.to_string(), b.to_string()], between_only: false, same_articles: true, since: since.map(str::to_string), until: None }
    }

    /// What [`series::dyad_series`] on `a`–`b` reads: the dyad's events only.
    pub fn dyad(a: &str, b: &str, since: Option<&str>, until: Option<&str>) -> Scope {
        Scope {
            actors: vec![a.to_string(), b.to_string()],
            between_only: true,
            same_articles: false,
            since: since.map(str::to_string),
            until: until.map(str::to_string),
        }
    }

    /// Events with this actor (signals, reactions around one actor).
    pub fn actor(actor: &str, since: Option<&str>) -> Scope {
        Scope { actors: vec![actor.to_string()], since: since.map(str::to_string), ..Default::default() }
    }

    fn between(&self, e: &Ev) -> bool {
        let (s, t) = (e.event.source.as_deref(), e.event.target.as_deref());
        let single = self.actors.len() == 1;
        self.actors.iter().enumerate().any(|(i, x)| {
            actor_matches(x, s) && (single || self.actors.iter().enumerate().any(|(j, y)| i != j && actor_matches(y, t)))
        })
    }
}

impl Dataset {
    /// Reads the events dated from `since` (all when `None`) with their
    /// mentions, and the sentences of the articles they come from.
    pub fn load(store: &Store, since: Option<&str>) -> Result<Dataset, AnalysisError> {
        Dataset::load_scope(store, &Scope { since: since.map(str::to_string), ..Default::default() })
    }

    /// Reads the events of a [`Scope`] with their mentions (date order, as
    /// the store lists them), and the sentences of the articles that report
    /// events between the scope's actors (all of them for a whole-store or
    /// one-actor scope).
    pub fn load_scope(store: &Store, scope: &Scope) -> Result<Dataset, AnalysisError> {
        let mut actors: Vec<String> = Vec::new();
        for a in &scope.actors {
            let a = check_actor(a)?;
            if !actors.contains(&a) {
                actors.push(a);
            }
        }
        let scope = Scope { actors, ..scope.clone() };
        let day = |name: &str, v: &Option<String>, hi: bool| -> Result<Option<i64>, AnalysisError> {
            match v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(d) => dates::interval(d)
                    .map(|(lo, h)| Some(if hi { h } else { lo }))
                    .ok_or_else(|| AnalysisError::Usage(format!("{name} {d:?}: a date is YYYY, YYYY-MM or YYYY-MM-DD"))),
            }
        };
        let (from_day, to_day) = (day("since", &scope.since, false)?, day("until", &scope.until, true)?);
        let mut events = Vec::new();
        let mut seen = std::collections::HashSet::new();
        if scope.actors.is_empty() {
            let filter = EventFilter { from: scope.since.clone(), to: scope.until.clone(), ..Default::default() };
            store.for_each_event_with_mentions(&filter, |e, ms| {
                events.push(Ev::new(e, ms));
                Ok(())
            })?;
        } else {
            // Event ids through the store's actor indexes, then each event
            // with its mentions: a dyad of a large store is read without scanning it.
            let mut ids: Vec<(i64, usize, Option<usize>)> = Vec::new();
            for (i, x) in scope.actors.iter().enumerate() {
                let xk = actor_key(Some(x));
                if scope.between_only && scope.actors.len() > 1 {
                    for (j, y) in scope.actors.iter().enumerate().filter(|(j, _)| *j != i) {
                        let yk = actor_key(Some(y));
                        ids.extend(store.dyad_event_ids(&xk, &yk, from_day, to_day)?.into_iter().map(|id| (id, i, Some(j))));
                    }
                } else {
                    ids.extend(store.actor_event_ids(&xk, from_day, to_day)?.into_iter().map(|id| (id, i, None)));
                }
            }
            // Many events: one listing per actor is cheaper than one read per event.
            let mut wanted: std::collections::HashMap<i64, (usize, Option<usize>)> = std::collections::HashMap::new();
            for &(id, i, j) in &ids {
                wanted.entry(id).or_insert((i, j));
            }
            let mut fetched: Vec<(EventRecord, Vec<StoredMention>, usize, Option<usize>)> = Vec::new();
            if wanted.len() > PER_EVENT_READS {
                let base = EventFilter { from: scope.since.clone(), to: scope.until.clone(), ..Default::default() };
                let mut filters = Vec::new();
                for (i, x) in scope.actors.iter().enumerate() {
                    if scope.between_only && scope.actors.len() > 1 {
                        for y in scope.actors.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, y)| y) {
                            filters.push(EventFilter { source: Some(x.clone()), target: Some(y.clone()), ..base.clone() });
                        }
                    } else {
                        filters.push(EventFilter { actor: Some(x.clone()), ..base.clone() });
                    }
                }
                for filter in &filters {
                    store.for_each_event_with_mentions(filter, |e, ms| {
                        if let Some(&(i, j)) = wanted.get(&e.id) {
                            wanted.remove(&e.id);
                            fetched.push((e, ms, i, j));
                        }
                        Ok(())
                    })?;
                }
            } else {
                for (id, i, j) in ids {
                    if wanted.remove(&id).is_some() {
                        if let Some((e, ms)) = store.event(id)? {
                            fetched.push((e, ms, i, j));
                        }
                    }
                }
            }
            for (e, ms, i, j) in fetched {
                let id = e.id;
                let (s, t) = (e.source.as_deref(), e.target.as_deref());
                // An agent code (`RUSGOV`) narrows what the country key found.
                let x = &scope.actors[i];
                let keep = match j {
                    Some(j) => actor_matches(x, s) && actor_matches(&scope.actors[j], t),
                    None => actor_matches(x, s) || actor_matches(x, t),
                };
                if keep {
                    seen.insert(id);
                    events.push(Ev::new(e, ms));
                }
            }
        }
        let whole = scope.actors.len() < 2;
        let mut rows: Vec<i64> = events.iter().filter(|e| whole || scope.between(e)).flat_map(|e| e.article_rows()).collect();
        rows.sort_unstable();
        rows.dedup();
        if scope.same_articles && !whole {
            for &row in &rows {
                for id in store.article_event_ids(row)? {
                    if seen.insert(id) {
                        if let Some((e, ms)) = store.event(id)? {
                            events.push(Ev::new(e, ms));
                        }
                    }
                }
            }
        }
        if !scope.actors.is_empty() {
            // The store's order: undated first, then by first day and id.
            events.sort_by_key(|e| (e.day.is_some(), e.day, e.event.id));
        }
        let mut articles = BTreeMap::new();
        for row in rows {
            if let Some((info, sentences)) = store.article_sentences(row)? {
                articles.insert(row, StoredArticle { info, sentences });
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

    /// The events by id, for analyses that look many of them up.
    pub fn index(&self) -> std::collections::HashMap<i64, &Ev> {
        self.events.iter().map(|e| (e.event.id, e)).collect()
    }

    /// The store row of an article by its external id (as cited).
    pub fn article_row(&self, external_id: &str) -> Option<i64> {
        self.articles.iter().find(|(_, a)| a.info.external_id == external_id).map(|(row, _)| *row)
    }

    /// The events with a mention in this sentence of this article.
    pub fn events_in_sentence(&self, row: i64, sentence: usize) -> impl Iterator<Item = &Ev> {
        self.events.iter().filter(move |e| e.mentions.iter().any(|m| m.article.row_id == row && m.mention.sentence_index == sentence))
    }
}

/// `YYYY-MM-DD` of a day number.
pub fn iso_day(day: i64) -> String {
    dates::iso(day)
}
