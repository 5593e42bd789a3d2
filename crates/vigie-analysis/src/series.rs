//! A dyad's time series: events per day, week or month, by quad class, with
//! summed and mean Goldstein — cooperation against conflict over time.

use serde::Serialize;
use vigie_store::dates::{civil_from_days, days_from_civil};

use crate::{actor_matches, Dataset, Ev};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "day" | "jour" => Period::Day,
            "week" | "semaine" => Period::Week,
            "month" | "mois" => Period::Month,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    /// The index of the period a day falls in (consecutive periods, consecutive indexes).
    pub fn index(&self, day: i64) -> i64 {
        match self {
            Period::Day => day,
            // 1970-01-01 was a Thursday: Monday-based weeks.
            Period::Week => (day + 3).div_euclid(7),
            Period::Month => {
                let (y, m, _) = civil_from_days(day);
                y * 12 + m as i64 - 1
            }
        }
    }

    /// `2024-06-19`, `2024-W25` (ISO week) or `2024-06`.
    pub fn label(&self, index: i64) -> String {
        match self {
            Period::Day => crate::iso_day(index),
            Period::Week => {
                let monday = index * 7 - 3;
                let thursday = monday + 3;
                let (y, _, _) = civil_from_days(thursday);
                let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
                format!("{y:04}-W{week:02}")
            }
            Period::Month => format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1),
        }
    }

    /// Whether a date of this precision (`day`, `month`, `year`) can be placed in one period.
    fn precise_enough(&self, precision: Option<vigie_model::DatePrecision>) -> bool {
        use vigie_model::DatePrecision as P;
        matches!((self, precision), (_, Some(P::Day)) | (Period::Month, Some(P::Month)))
    }
}

#[derive(Debug, Clone)]
pub struct SeriesOptions {
    pub period: Period,
    /// Count negated, planned and hypothetical events too (default: asserted only).
    pub all_factualities: bool,
    /// Only events from `a` to `b` (and symmetric ones); default: both directions.
    pub directed: bool,
    /// `YYYY-MM-DD` bounds (inclusive) on the event's first day.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Default for SeriesOptions {
    fn default() -> Self {
        SeriesOptions { period: Period::Month, all_factualities: false, directed: false, from: None, to: None }
    }
}

/// One period of a dyad's series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadPoint {
    pub period: String,
    pub events: u64,
    /// Events per quad class 1–4 (verbal cooperation, material cooperation, verbal conflict, material conflict).
    pub quad: [u64; 4],
    /// Quad classes 1 and 2.
    pub cooperation: u64,
    /// Quad classes 3 and 4.
    pub conflict: u64,
    pub goldstein_sum: f64,
    /// 0 when the period has no event.
    pub goldstein_mean: f64,
    pub event_ids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DyadSeries {
    pub a: String,
    pub b: String,
    pub period: Period,
    pub asserted_only: bool,
    pub directed: bool,
    /// Every period from the first to the last event, empty ones included.
    pub points: Vec<DyadPoint>,
    pub total_events: u64,
    /// Events of the dyad whose date is too vague for the period (a year for months) or unknown.
    pub imprecise_events: u64,
}

/// Whether an event belongs to the dyad `a`–`b`.
pub fn in_dyad(e: &Ev, a: &str, b: &str, directed: bool) -> bool {
    let (s, t) = (e.event.source.as_deref(), e.event.target.as_deref());
    let forward = actor_matches(a, s) && actor_matches(b, t);
    let backward = actor_matches(b, s) && actor_matches(a, t);
    forward || (backward && (!directed || e.event.symmetric))
}

/// The dyad's series (see [`SeriesOptions`]).
pub fn dyad_series(ds: &Dataset, a: &str, b: &str, opts: &SeriesOptions) -> DyadSeries {
    let p = opts.period;
    let from = opts.from.as_deref().and_then(vigie_store::dates::interval).map(|i| i.0);
    let to = opts.to.as_deref().and_then(vigie_store::dates::interval).map(|i| i.1);
    let mut buckets: std::collections::BTreeMap<i64, DyadPoint> = Default::default();
    let mut imprecise = 0;
    let mut total = 0;
    for e in &ds.events {
        if !in_dyad(e, a, b, opts.directed) || (!opts.all_factualities && !e.asserted()) {
            continue;
        }
        if let Some(d) = e.day {
            if from.is_some_and(|f| d < f) || to.is_some_and(|t| d > t) {
                continue;
            }
        }
        total += 1;
        let Some(day) = e.day.filter(|_| p.precise_enough(e.event.date_precision)) else {
            imprecise += 1;
            continue;
        };
        let idx = p.index(day);
        let pt = buckets.entry(idx).or_insert_with(|| empty_point(p.label(idx)));
        pt.events += 1;
        let q = (e.event.quad_class.clamp(1, 4) - 1) as usize;
        pt.quad[q] += 1;
        pt.goldstein_sum += e.event.goldstein;
        pt.event_ids.push(e.event.id);
    }
    let mut points = Vec::new();
    if let (Some(&lo), Some(&hi)) = (buckets.keys().next(), buckets.keys().last()) {
        // Fill the gaps (bounded: a day series over centuries is not filled).
        let fill = hi - lo <= 20_000;
        for idx in lo..=hi {
            match buckets.remove(&idx) {
                Some(pt) => points.push(pt),
                None if fill => points.push(empty_point(p.label(idx))),
                None => {}
            }
        }
    }
    for pt in &mut points {
        pt.cooperation = pt.quad[0] + pt.quad[1];
        pt.conflict = pt.quad[2] + pt.quad[3];
        pt.goldstein_mean = if pt.events > 0 { round2(pt.goldstein_sum / pt.events as f64) } else { 0.0 };
        pt.goldstein_sum = round2(pt.goldstein_sum);
    }
    DyadSeries {
        a: a.to_string(),
        b: b.to_string(),
        period: p,
        asserted_only: !opts.all_factualities,
        directed: opts.directed,
        points,
        total_events: total,
        imprecise_events: imprecise,
    }
}

fn empty_point(period: String) -> DyadPoint {
    DyadPoint { period, events: 0, quad: [0; 4], cooperation: 0, conflict: 0, goldstein_sum: 0.0, goldstein_mean: 0.0, event_ids: vec![] }
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn week_labels_are_iso_weeks() {
        let p = Period::Week;
        // 2024-06-19 is a Wednesday of ISO week 25; 2024-12-30 is in 2025-W01.
        assert_eq!(p.label(p.index(days_from_civil(2024, 6, 19))), "2024-W25");
        assert_eq!(p.label(p.index(days_from_civil(2024, 12, 30))), "2025-W01");
        assert_eq!(p.index(days_from_civil(2024, 6, 17)), p.index(days_from_civil(2024, 6, 23)));
        assert_ne!(p.index(days_from_civil(2024, 6, 16)), p.index(days_from_civil(2024, 6, 17)));
        let m = Period::Month;
        assert_eq!(m.label(m.index(days_from_civil(2024, 12, 31))), "2024-12");
        assert_eq!(m.index(days_from_civil(2025, 1, 1)), m.index(days_from_civil(2024, 12, 31)) + 1);
    }
}
