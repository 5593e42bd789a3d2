//! The analysis endpoints: dyad series, network, treaties, signals, firsts,
//! reactions and the brief, all computed by `vigie-analysis` on a dataset
//! read from the store. A dyad reads only its own events; the others need
//! the whole dataset (from `since`), which is kept in memory between
//! requests while the store does not change, and refused when it would be
//! too large to load (narrow it with `since`).

use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;
use vigie_analysis::names::ActorNames;
use vigie_analysis::{
    actor_network_min_weight, build_brief, check_actor, detect_treaties, dyad_series,
    escalation_signals, firsts as analysis_firsts, reactions_to, BriefFormat, BriefOptions, Cues,
    Dataset, Ev, Lang, NetworkOptions, Period, Scope, SeriesOptions, SignalOptions,
};
use vigie_model::Factuality;
use vigie_store::dedup::actor_key;
use vigie_store::EventFilter;

use crate::api::{given, parse_bool};
use crate::cache::DATASET_PREFIX;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;

/// The most events a whole-store analysis loads (with their mentions and
/// sentences); beyond it the client is asked to narrow with `since`.
pub const MAX_ANALYSIS_EVENTS: u64 = 200_000;

/// Up to this many events, a dyad is read one event at a time through the dyad index.
const PER_EVENT_READS: usize = 1_000;

/// The cue words with actor names in French and English (from the lexicon
/// files), as `vigie brief` uses them; built once (it reads ~18 000 names).
fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        Cues::builtin().with_names(
            ActorNames::builtin().with_lexicon_files(vigie_lexicon::EMBEDDED.iter().copied()),
        )
    })
}

/// The events an analysis reads: the whole store from `since`, or a scope
/// around some actors (as `vigie brief` and `vigie signals` read it), kept
/// until the store changes and refused beyond [`MAX_ANALYSIS_EVENTS`].
async fn dataset(state: &AppState, scope: Scope) -> Result<Arc<Dataset>, ApiError> {
    let key = format!("{DATASET_PREFIX}{scope:?}");
    state
        .cache
        .get(&state.pool, key, move |s| {
            // An upper bound of what the scope reads, from the indexes.
            let since = scope.since.clone();
            let n: u64 = if scope.actors.is_empty() {
                s.count_events(&EventFilter { from: since, ..Default::default() })?
            } else {
                let mut n = 0;
                for a in &scope.actors {
                    n += s.count_events(&EventFilter { actor: Some(a.clone()), from: since.clone(), ..Default::default() })?;
                }
                n
            };
            if n > MAX_ANALYSIS_EVENTS {
                return Err(ApiError::bad_request(format!(
                    "{n} events to analyse, over the limit of {MAX_ANALYSIS_EVENTS}: narrow the period with since=YYYY-MM-DD"
                )));
            }
            Ok(Dataset::load_scope(s, &scope)?)
        })
        .await
}

/// The whole store from `since`.
fn whole(since: Option<String>) -> Scope {
    Scope {
        since,
        ..Default::default()
    }
}

/// Runs an analysis off the async threads: they are CPU work.
async fn compute<T, F>(f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError::internal(format!("an analysis failed: {e}")))?
}

fn actor_param(name: &str, v: &Option<String>) -> Result<String, ApiError> {
    let v = given(v).ok_or_else(|| {
        ApiError::bad_request(format!(
            "{name} is required: an actor code (RUS, NATO, RUSGOV)"
        ))
    })?;
    Ok(check_actor(&v)?)
}

fn period_param(v: &Option<String>) -> Result<Period, ApiError> {
    match given(v) {
        None => Ok(Period::Month),
        Some(p) => Period::parse(&p)
            .ok_or_else(|| ApiError::bad_request(format!("period {p:?}: day, week or month"))),
    }
}

fn date_param(name: &str, v: &Option<String>) -> Result<Option<String>, ApiError> {
    match given(v) {
        None => Ok(None),
        Some(d) if vigie_store::dates::interval(&d).is_some() => Ok(Some(d)),
        Some(d) => Err(ApiError::bad_request(format!(
            "{name} {d:?}: a date is YYYY, YYYY-MM or YYYY-MM-DD"
        ))),
    }
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DyadQuery {
    /// First actor: a country or organisation (`RUS`, `NATO`: any agent) or a code (`RUSGOV`).
    pub a: Option<String>,
    /// Second actor.
    pub b: Option<String>,
    /// `day`, `week` (ISO) or `month` (default).
    pub period: Option<String>,
    /// Only events from `a` to `b` (and symmetric ones); default: both directions.
    #[param(value_type = Option<bool>)]
    pub directed: Option<String>,
    /// Count negated, planned and hypothetical events too (default: asserted only).
    #[param(value_type = Option<bool>)]
    pub all_factualities: Option<String>,
    /// Only events from this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// Only events up to this date.
    pub to: Option<String>,
}

/// A dyad's events per period: counts per quad class, cooperation and conflict, Goldstein sum and mean.
#[utoipa::path(get, path = "/api/dyad", tag = "analysis", params(DyadQuery),
    responses((status = 200, body = crate::openapi::DyadSeriesSchema), (status = 400, body = ErrorBody)))]
pub async fn dyad(
    State(state): State<Arc<AppState>>,
    query: Result<Query<DyadQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let (a, b) = (actor_param("a", &q.a)?, actor_param("b", &q.b)?);
    let opts = SeriesOptions {
        period: period_param(&q.period)?,
        all_factualities: parse_bool("all_factualities", &q.all_factualities)?,
        directed: parse_bool("directed", &q.directed)?,
        from: date_param("from", &q.from)?,
        to: date_param("to", &q.to)?,
    };
    // Kept until the store changes: a busy dyad is tens of thousands of events.
    let key = format!("dyad:{a}|{b}|{opts:?}");
    let json = state
        .cache
        .get(&state.pool, key, move |s| {
            // Only the dyad's events, both ways (the series keeps the
            // symmetric ones of the reverse direction when directed).
            let factuality = if opts.all_factualities {
                None
            } else {
                Some(Factuality::Asserted)
            };
            let pairs = if a == b {
                vec![(&a, &b)]
            } else {
                vec![(&a, &b), (&b, &a)]
            };
            // A small dyad is found through the dyad index and read event by
            // event; a large one in one listing per direction (cheaper than
            // thousands of single reads).
            let day = |v: &Option<String>, hi: bool| {
                v.as_deref()
                    .and_then(vigie_store::dates::interval)
                    .map(|(lo, h)| if hi { h } else { lo })
            };
            let (from_day, to_day) = (day(&opts.from, false), day(&opts.to, true));
            let mut ids = Vec::new();
            for (src, tgt) in &pairs {
                ids.extend(s.dyad_event_ids(
                    &actor_key(Some(src)),
                    &actor_key(Some(tgt)),
                    from_day,
                    to_day,
                )?);
            }
            ids.sort_unstable();
            ids.dedup();
            let mut events: Vec<Ev> = Vec::new();
            if ids.len() <= PER_EVENT_READS {
                for id in ids {
                    if let Some((e, _)) = s.event(id)? {
                        if factuality.is_none_or(|f| e.factuality == f) {
                            events.push(Ev::new(e, Vec::new()));
                        }
                    }
                }
            } else {
                let mut seen = std::collections::HashSet::new();
                for (src, tgt) in pairs {
                    let filter = EventFilter {
                        source: Some(src.clone()),
                        target: Some(tgt.clone()),
                        factuality,
                        from: opts.from.clone(),
                        to: opts.to.clone(),
                        ..Default::default()
                    };
                    s.for_each_event(&filter, |e| {
                        if seen.insert(e.id) {
                            events.push(Ev::new(e, Vec::new()));
                        }
                        Ok(())
                    })?;
                }
            }
            // The store's listing order (undated first, then date, then id),
            // so that each period lists its events as the whole store would.
            events.sort_by_key(|e| (e.day, e.event.id));
            let ds = Dataset {
                events,
                articles: Default::default(),
            };
            serde_json::to_vec(&dyad_series(&ds, &a, &b, &opts))
                .map(Bytes::from)
                .map_err(|e| ApiError::internal(e.to_string()))
        })
        .await?;
    let mut resp = Bytes::clone(&json).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(resp)
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NetworkQuery {
    /// Only events from this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only ties of at least this many events (default 1).
    #[param(value_type = Option<u64>)]
    pub min_weight: Option<String>,
    /// Keep agents (`RUSGOV`, `RUSMIL`) as separate nodes instead of countries.
    #[param(value_type = Option<bool>)]
    pub agents: Option<String>,
    /// Count negated, planned and hypothetical events too.
    #[param(value_type = Option<bool>)]
    pub all_factualities: Option<String>,
}

/// The actor network: nodes with degree and betweenness, directed edges weighted by events per quad class.
#[utoipa::path(get, path = "/api/network", tag = "analysis", params(NetworkQuery),
    responses((status = 200, body = crate::openapi::NetworkSchema), (status = 400, body = ErrorBody)))]
pub async fn network(
    State(state): State<Arc<AppState>>,
    query: Result<Query<NetworkQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let since = date_param("since", &q.since)?;
    let min_weight = match given(&q.min_weight) {
        None => 1,
        Some(w) => w
            .parse::<u64>()
            .map_err(|_| ApiError::bad_request(format!("min_weight {w:?}: a whole number")))?,
    };
    let opts = NetworkOptions {
        agents: parse_bool("agents", &q.agents)?,
        all_factualities: parse_bool("all_factualities", &q.all_factualities)?,
    };
    let ds = dataset(&state, whole(since)).await?;
    let net = compute(move || {
        let net = actor_network_min_weight(&ds, &opts, min_weight);
        Ok(net)
    })
    .await?;
    Ok(Json(net).into_response())
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SinceQuery {
    /// Only events from this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
}

#[derive(Serialize)]
struct TreatyWithReactions<'a> {
    #[serde(flatten)]
    treaty: &'a vigie_analysis::Treaty,
    reactions: Vec<vigie_analysis::Reaction>,
}

/// The treaties found in the store: parties, date, clauses, obligations, linked events, third-party reactions.
#[utoipa::path(get, path = "/api/treaties", tag = "analysis", params(SinceQuery),
    responses((status = 200, body = crate::openapi::TreatyListSchema), (status = 400, body = ErrorBody)))]
pub async fn treaties(
    State(state): State<Arc<AppState>>,
    query: Result<Query<SinceQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let ds = dataset(&state, whole(date_param("since", &q.since)?)).await?;
    let body = compute(move || {
        let list = detect_treaties(&ds, cues());
        let treaties: Vec<TreatyWithReactions> = list
            .iter()
            .map(|t| TreatyWithReactions {
                treaty: t,
                reactions: reactions_to(&ds, &[t.id]),
            })
            .collect();
        Ok(serde_json::json!({ "treaties": treaties }))
    })
    .await?;
    Ok(Json(body).into_response())
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SignalsQuery {
    /// One actor (`RUS`) or two (`RUS,PRK`): only their dyads.
    pub actors: Option<String>,
    /// `day`, `week` or `month` (default) periods for the conflict z-score.
    pub period: Option<String>,
    /// Previous periods in the baseline (default 6).
    #[param(value_type = Option<usize>)]
    pub window: Option<String>,
    /// z-score from which a period is a signal (default 2).
    #[param(value_type = Option<f64>)]
    pub z: Option<String>,
    /// Only events from this date.
    pub since: Option<String>,
}

/// Escalation signals per dyad: conflict z-score, first military cooperation, threats, defence commitments.
#[utoipa::path(get, path = "/api/signals", tag = "analysis", params(SignalsQuery),
    responses((status = 200, body = crate::openapi::SignalListSchema), (status = 400, body = ErrorBody)))]
pub async fn signals(
    State(state): State<Arc<AppState>>,
    query: Result<Query<SignalsQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let (actor, with) = match given(&q.actors) {
        None => (None, None),
        Some(list) => {
            let parts: Vec<&str> = list
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            match parts.as_slice() {
                [a] => (Some(check_actor(a)?), None),
                [a, b] => (Some(check_actor(a)?), Some(check_actor(b)?)),
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "actors {list:?}: one actor (RUS) or two (RUS,PRK)"
                    )))
                }
            }
        }
    };
    let mut opts = SignalOptions {
        period: period_param(&q.period)?,
        actor,
        with,
        ..Default::default()
    };
    if let Some(w) = given(&q.window) {
        opts.window = w
            .parse::<usize>()
            .ok()
            .filter(|w| (1..=120).contains(w))
            .ok_or_else(|| ApiError::bad_request(format!("window {w:?}: 1 to 120 periods")))?;
    }
    if let Some(z) = given(&q.z) {
        opts.z_threshold = z
            .parse::<f64>()
            .ok()
            .filter(|z| z.is_finite() && *z > 0.0)
            .ok_or_else(|| ApiError::bad_request(format!("z {z:?}: a positive number")))?;
    }
    let since = date_param("since", &q.since)?;
    // Only the events around the actors asked about, as `vigie signals` reads them.
    let scope = match (&opts.actor, &opts.with) {
        (Some(a), Some(w)) => Scope::brief(a, w, since.as_deref()),
        (Some(a), None) => Scope::actor(a, since.as_deref()),
        _ => whole(since),
    };
    let ds = dataset(&state, scope).await?;
    let signals = compute(move || {
        let treaties = detect_treaties(&ds, cues());
        Ok(escalation_signals(&ds, cues(), &treaties, &opts))
    })
    .await?;
    Ok(Json(serde_json::json!({ "signals": signals })).into_response())
}

/// Events the sources call a first, and events first in the store for their dyad and CAMEO code.
#[utoipa::path(get, path = "/api/firsts", tag = "analysis", params(SinceQuery),
    responses((status = 200, body = crate::openapi::FirstsSchema), (status = 400, body = ErrorBody)))]
pub async fn firsts(
    State(state): State<Arc<AppState>>,
    query: Result<Query<SinceQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let ds = dataset(&state, whole(date_param("since", &q.since)?)).await?;
    Ok(Json(analysis_firsts(&ds)).into_response())
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReactionsQuery {
    /// The event (id as `/api/events` lists them) whose third-party reactions to list.
    #[param(value_type = i64)]
    pub event: Option<String>,
}

/// Third-party reactions to an event: other actors' asserted events aimed at a party or at no one, in the same article or within 30 days.
#[utoipa::path(get, path = "/api/reactions", tag = "analysis", params(ReactionsQuery),
    responses((status = 200, body = crate::openapi::ReactionListSchema), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn reactions(
    State(state): State<Arc<AppState>>,
    query: Result<Query<ReactionsQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let raw =
        given(&q.event).ok_or_else(|| ApiError::bad_request("event is required: an event id"))?;
    let id: i64 = raw.parse().map_err(|_| {
        ApiError::bad_request(format!("event {raw:?}: an event id (a whole number)"))
    })?;
    let ds = dataset(&state, whole(None)).await?;
    if ds.event(id).is_none() {
        return Err(ApiError::not_found(format!("no event {id} in the store")));
    }
    Ok(
        Json(serde_json::json!({ "event": id, "reactions": reactions_to(&ds, &[id]) }))
            .into_response(),
    )
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BriefQuery {
    /// The dyad: two actors, comma-separated (`RUS,PRK`).
    pub actors: Option<String>,
    /// `fr` (default) or `en`.
    pub lang: Option<String>,
    /// Only events from this date.
    pub since: Option<String>,
    /// `md` (Markdown, default), `html` (with an inline SVG chart) or `json` (the brief's structure).
    pub format: Option<String>,
}

/// The strategic brief on a dyad, every statement cited: Markdown, HTML or JSON.
#[utoipa::path(get, path = "/api/brief", tag = "analysis", params(BriefQuery),
    responses(
        (status = 200, description = "The brief", content(
            (String = "text/markdown"), (String = "text/html"), (crate::openapi::BriefSchema = "application/json"))),
        (status = 400, body = ErrorBody)))]
pub async fn brief(
    State(state): State<Arc<AppState>>,
    query: Result<Query<BriefQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query?;
    let actors = given(&q.actors).ok_or_else(|| {
        ApiError::bad_request("actors is required: two actors, A,B (e.g. RUS,PRK)")
    })?;
    let Some((a, b)) = actors.split_once(',') else {
        return Err(ApiError::bad_request(format!(
            "actors {actors:?}: two actors, A,B (e.g. RUS,PRK)"
        )));
    };
    let (a, b) = (check_actor(a)?, check_actor(b)?);
    let lang_text = given(&q.lang).unwrap_or_else(|| "fr".into());
    let lang = Lang::parse(&lang_text)
        .ok_or_else(|| ApiError::bad_request(format!("lang {lang_text:?}: fr or en")))?;
    let format = given(&q.format).unwrap_or_else(|| "md".into());
    let (render, content_type) = match format.as_str() {
        "md" | "markdown" => (Some(BriefFormat::Markdown), "text/markdown; charset=utf-8"),
        "html" => (Some(BriefFormat::Html), "text/html; charset=utf-8"),
        "json" => (None, "application/json"),
        other => {
            return Err(ApiError::bad_request(format!(
                "format {other:?}: md, html or json"
            )))
        }
    };
    let since = date_param("since", &q.since)?;
    let ds = dataset(&state, Scope::brief(&a, &b, since.as_deref())).await?;
    let opts = BriefOptions {
        a,
        b,
        since,
        lang,
        format: render.unwrap_or(BriefFormat::Markdown),
    };
    let body = compute(move || {
        let brief = build_brief(&ds, cues(), &opts)?;
        Ok(match render {
            Some(BriefFormat::Markdown) => brief.to_markdown(lang),
            Some(BriefFormat::Html) => brief.to_html(lang),
            None => serde_json::to_string(&brief).map_err(|e| ApiError::internal(e.to_string()))?,
        })
    })
    .await?;
    let mut resp = body.into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Ok(resp)
}
