//! Escalation signals, per dyad (country level, either direction): a
//! period whose Goldstein-weighted conflict stands out against the dyad's
//! own recent baseline (rolling z-score), a first military cooperation, a
//! threat, a treaty binding its parties to military assistance. Each signal
//! lists the events that raised it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::series::{round2, Period};
use crate::text::Cues;
use crate::treaties::Treaty;
use crate::{actor_matches, Cite, Dataset};

#[derive(Debug, Clone)]
pub struct SignalOptions {
    pub period: Period,
    /// Previous periods in the baseline.
    pub window: usize,
    /// Periods of history needed before a z-score is computed.
    pub min_history: usize,
    pub z_threshold: f64,
    /// Standard deviation floor, so a quiet baseline does not make any event a signal.
    pub min_sd: f64,
    /// Only dyads with this actor (and `with`, if given).
    pub actor: Option<String>,
    pub with: Option<String>,
}

impl Default for SignalOptions {
    fn default() -> Self {
        SignalOptions { period: Period::Month, window: 6, min_history: 3, z_threshold: 2.0, min_sd: 1.0, actor: None, with: None }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Signal {
    /// `conflict_zscore`, `military_cooperation`, `threat` or `defence_commitment`.
    pub kind: String,
    /// The two actors, ordered.
    pub dyad: [String; 2],
    pub period: Option<String>,
    pub value: Option<f64>,
    pub baseline_mean: Option<f64>,
    pub z: Option<f64>,
    /// The treaty (its [`Treaty::id`]) of a `defence_commitment`.
    pub treaty_id: Option<i64>,
    /// The events that raised the signal.
    pub event_ids: Vec<i64>,
    pub cites: Vec<Cite>,
}

fn pair(a: String, b: String) -> [String; 2] {
    if a <= b {
        [a, b]
    } else {
        [b, a]
    }
}

/// Conflict intensity of one period and the events that make it.
type Bucket = (f64, Vec<i64>);

pub fn escalation_signals(ds: &Dataset, cues: &Cues, treaties: &[Treaty], opts: &SignalOptions) -> Vec<Signal> {
    let keep = |d: &[String; 2]| {
        let has = |spec: &Option<String>| spec.as_deref().is_none_or(|s| d.iter().any(|a| actor_matches(s, Some(a))));
        has(&opts.actor) && has(&opts.with)
    };
    let milcoop = cues.values("milcoop_cameo");
    let mil_agents = cues.values("mil_agent");
    let threat_roots = cues.values("threat_root");
    let mut out = Vec::new();
    let by_id = ds.index();
    // Conflict intensity per dyad and period.
    let mut per_dyad: BTreeMap<[String; 2], BTreeMap<i64, Bucket>> = BTreeMap::new();
    let mut seen_milcoop: BTreeMap<[String; 2], ()> = BTreeMap::new();
    let mut events: Vec<&crate::Ev> = ds.events.iter().filter(|e| e.asserted()).collect();
    events.sort_by_key(|e| (e.day, e.event.id));
    for e in events {
        let (s, t) = (e.source_key(), e.target_key());
        if s.is_empty() || t.is_empty() || s == t {
            continue;
        }
        let d = pair(s, t);
        if !keep(&d) {
            continue;
        }
        if let Some(day) = e.day.filter(|_| e.event.quad_class >= 3) {
            let slot = per_dyad.entry(d.clone()).or_default().entry(opts.period.index(day)).or_default();
            slot.0 += (-e.event.goldstein).max(0.0);
            slot.1.push(e.event.id);
        }
        let code = e.event.cameo.as_str();
        let military_agent = [&e.event.source, &e.event.target]
            .into_iter()
            .flatten()
            .any(|c| mil_agents.iter().any(|a| c.len() > 3 && c[3..].contains(a.as_str())));
        let is_milcoop = milcoop.iter().any(|p| code.starts_with(p.as_str())) || (military_agent && e.event.quad_class <= 2);
        if is_milcoop && seen_milcoop.insert(d.clone(), ()).is_none() {
            out.push(simple("military_cooperation", d.clone(), e));
        }
        if threat_roots.contains(&e.event.cameo_root) {
            out.push(simple("threat", d.clone(), e));
        }
    }
    for (d, periods) in per_dyad {
        let (Some(&lo), Some(&hi)) = (periods.keys().next(), periods.keys().last()) else { continue };
        let series: Vec<(i64, f64)> = (lo..=hi).map(|i| (i, periods.get(&i).map(|p| p.0).unwrap_or(0.0))).collect();
        for (k, &(idx, value)) in series.iter().enumerate() {
            let history = &series[k.saturating_sub(opts.window)..k];
            if history.len() < opts.min_history || value <= 0.0 {
                continue;
            }
            let mean = history.iter().map(|h| h.1).sum::<f64>() / history.len() as f64;
            let var = history.iter().map(|h| (h.1 - mean).powi(2)).sum::<f64>() / history.len() as f64;
            let z = (value - mean) / var.sqrt().max(opts.min_sd);
            if z >= opts.z_threshold {
                let ids = periods[&idx].1.clone();
                let cites = ids.iter().filter_map(|id| by_id.get(id)).flat_map(|e| e.cites.iter().take(1).cloned()).collect();
                out.push(Signal {
                    kind: "conflict_zscore".into(),
                    dyad: d.clone(),
                    period: Some(opts.period.label(idx)),
                    value: Some(round2(value)),
                    baseline_mean: Some(round2(mean)),
                    z: Some(round2(z)),
                    treaty_id: None,
                    event_ids: ids,
                    cites,
                });
            }
        }
    }
    for t in treaties {
        let military = t.obligations.iter().any(|o| o.action_cameo.as_deref().is_some_and(|c| milcoop.iter().any(|m| c.starts_with(m.as_str()))));
        let keys = t.party_keys();
        if military && keys.len() == 2 {
            let d = pair(keys[0].clone(), keys[1].clone());
            if keep(&d) {
                let mut cites = t.cites.clone();
                cites.extend(t.obligations.iter().map(|o| o.cite.clone()));
                out.push(Signal {
                    kind: "defence_commitment".into(),
                    dyad: d,
                    period: None,
                    value: None,
                    baseline_mean: None,
                    z: None,
                    treaty_id: Some(t.id),
                    event_ids: t.events.iter().map(|l| l.event_id).collect(),
                    cites,
                });
            }
        }
    }
    out
}

fn simple(kind: &str, dyad: [String; 2], e: &crate::Ev) -> Signal {
    Signal {
        kind: kind.into(),
        dyad,
        period: e.event.date.clone(),
        value: Some(e.event.goldstein),
        baseline_mean: None,
        z: None,
        treaty_id: None,
        event_ids: vec![e.event.id],
        cites: e.cites.clone(),
    }
}
