//! Firsts (what the text calls a first, and what is first in the store for
//! its dyad and code) and third-party reactions to an event or a treaty.

use std::collections::HashMap;

use serde::Serialize;

use crate::{Cite, Dataset, Ev};

#[derive(Debug, Clone, Serialize)]
pub struct First {
    pub event_id: i64,
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub date: Option<String>,
    pub cites: Vec<Cite>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Firsts {
    /// Events a source calls a first (`pour la première fois`).
    pub in_text: Vec<First>,
    /// Asserted events that are the earliest of their dyad (country level,
    /// either direction) and CAMEO code in the store.
    pub in_store: Vec<First>,
}

fn first_of(e: &Ev) -> First {
    First {
        event_id: e.event.id,
        source: e.event.source.clone(),
        target: e.event.target.clone(),
        cameo: e.event.cameo.clone(),
        date: e.event.date.clone(),
        cites: e.cites.clone(),
    }
}

pub fn firsts(ds: &Dataset) -> Firsts {
    let in_text = ds.events.iter().filter(|e| e.first_in_text && e.asserted()).map(first_of).collect();
    let mut earliest: HashMap<(String, String, String), &Ev> = HashMap::new();
    for e in ds.events.iter().filter(|e| e.asserted() && e.day.is_some()) {
        let (mut a, mut b) = (e.source_key(), e.target_key());
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        let slot = earliest.entry((a, b, e.event.cameo.clone())).or_insert(e);
        if e.day < slot.day {
            *slot = e;
        }
    }
    let mut in_store: Vec<&Ev> = earliest.into_values().collect();
    in_store.sort_by_key(|e| (e.day, e.event.id));
    Firsts { in_text, in_store: in_store.into_iter().map(first_of).collect() }
}

/// How a third party reacted.
#[derive(Debug, Clone, Serialize)]
pub struct Reaction {
    pub event_id: i64,
    pub actor: String,
    pub person: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub cameo_label: String,
    pub goldstein: f64,
    pub quad_class: u8,
    /// `cooperative`, `neutral` or `hostile`.
    pub tone: String,
    pub date: Option<String>,
    pub cites: Vec<Cite>,
}

/// Days after an event in which another article's event may be a reaction to it.
pub const REACTION_WINDOW_DAYS: i64 = 30;

/// Reactions to the events `ids` (an event, or a treaty's signature):
/// asserted events by actors other than their parties, aimed at a party and
/// reported in the same article or dated (to the day) within
/// [`REACTION_WINDOW_DAYS`] after, or aimed at no one in the same article
/// (a statement with no target elsewhere may be about anything).
pub fn reactions_to(ds: &Dataset, ids: &[i64]) -> Vec<Reaction> {
    let by_id = ds.index();
    let targets: Vec<&Ev> = ids.iter().filter_map(|id| by_id.get(id).copied()).collect();
    let ids: std::collections::HashSet<i64> = ids.iter().copied().collect();
    let mut parties: Vec<String> = targets.iter().flat_map(|e| [e.source_key(), e.target_key()]).filter(|k| !k.is_empty()).collect();
    parties.sort();
    parties.dedup();
    let articles: std::collections::HashSet<i64> = targets.iter().flat_map(|e| e.article_rows()).collect();
    let start = targets.iter().filter_map(|e| e.day).min();
    let mut out = Vec::new();
    for e in &ds.events {
        if ids.contains(&e.event.id) || !e.asserted() {
            continue;
        }
        let (s, t) = (e.source_key(), e.target_key());
        if s.is_empty() || parties.contains(&s) || !(t.is_empty() || parties.contains(&t)) {
            continue;
        }
        let same_article = e.article_rows().iter().any(|r| articles.contains(r));
        let in_window = !t.is_empty()
            && matches!((e.day, start), (Some(d), Some(s)) if d >= s && d <= s + REACTION_WINDOW_DAYS
            && e.event.date_precision == Some(vigie_model::DatePrecision::Day));
        if !(same_article || in_window) {
            continue;
        }
        let g = e.event.goldstein;
        let tone = if g > 0.5 {
            "cooperative"
        } else if e.event.quad_class >= 3 || g < -1.0 {
            "hostile"
        } else {
            "neutral"
        };
        out.push(Reaction {
            event_id: e.event.id,
            actor: e.event.source.clone().unwrap_or_default(),
            person: e.event.source_person.clone(),
            target: e.event.target.clone(),
            cameo: e.event.cameo.clone(),
            cameo_label: e.event.cameo_label.clone(),
            goldstein: g,
            quad_class: e.event.quad_class,
            tone: tone.into(),
            date: e.event.date.clone(),
            cites: e.cites.clone(),
        });
    }
    out
}
