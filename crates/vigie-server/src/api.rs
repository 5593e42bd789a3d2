//! The store's read endpoints: health, the event listing (filters and
//! cursors), one event with its mentions, the actors and the places of the
//! stored events. Query strings are parsed into `vigie_store::EventFilter`
//! here; the store turns that into SQL with bound values.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{Method, Uri};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use vigie_store::{EventFilter, EventRecord, StoredMention};

use crate::error::{ApiError, ErrorBody};
use crate::{AppState, DEFAULT_PAGE, MAX_PAGE};

/// A query parameter given empty (`actor=`) counts as not given: forms send
/// their empty fields.
pub(crate) fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

pub(crate) fn parse_limit(v: &Option<String>, default: u64, max: u64) -> Result<u64, ApiError> {
    match given(v) {
        None => Ok(default),
        Some(s) => match s.parse::<u64>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request(format!(
                "limit {s:?}: a number from 1 to {max}"
            ))),
        },
    }
}

pub(crate) fn parse_bool(name: &str, v: &Option<String>) -> Result<bool, ApiError> {
    match given(v).as_deref() {
        None | Some("false") | Some("0") | Some("no") => Ok(false),
        Some("true") | Some("1") | Some("yes") => Ok(true),
        Some(other) => Err(ApiError::bad_request(format!(
            "{name} {other:?}: true or false"
        ))),
    }
}

#[derive(Serialize, ToSchema)]
pub struct StoreCounts {
    pub articles: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub events: u64,
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the store answers.
    pub status: String,
    pub version: String,
    /// True when no API key was given at start-up: `POST /api/articles` is refused.
    pub read_only: bool,
    pub counts: StoreCounts,
}

/// The server is up and the store answers.
#[utoipa::path(get, path = "/api/health", tag = "store",
    responses((status = 200, body = Health), (status = 500, body = ErrorBody)))]
pub async fn health(State(state): State<Arc<AppState>>) -> Result<Json<Health>, ApiError> {
    // Counting every table takes seconds on a large store: kept until it changes.
    let c = state
        .cache
        .get(&state.pool, "counts".into(), |s| Ok(s.counts()?))
        .await?;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        read_only: state.read_only(),
        counts: StoreCounts {
            articles: c.articles,
            sentences: c.sentences,
            mentions: c.mentions,
            events: c.events,
        },
    }))
}

/// The filters of the event listing (the same as `vigie events`). An empty
/// parameter counts as absent.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// An actor as source or target: a code (`RUSGOV`: exactly) or a country or organisation (`RUS`, `NATO`: any agent).
    pub actor: Option<String>,
    /// The source actor, as `actor`.
    pub source: Option<String>,
    /// The target actor, as `actor`.
    pub target: Option<String>,
    /// A CAMEO code (`042`) or root (`04`): codes that start with it.
    pub cameo: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[param(value_type = Option<u8>, minimum = 1, maximum = 4)]
    pub quad: Option<String>,
    /// `asserted`, `negated`, `planned` or `hypothetical`.
    pub factuality: Option<String>,
    /// Events whose date may fall on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// Events whose date may fall on or before this date.
    pub to: Option<String>,
    /// A place name, gazetteer id or country code.
    pub place: Option<String>,
    /// Words searched in the evidence sentences, as one phrase (accents and case ignored).
    pub q: Option<String>,
    /// Events per page, 1 to 500 (default 50).
    #[param(value_type = Option<u64>, minimum = 1, maximum = 500)]
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl EventQuery {
    /// The store filter these parameters select (limit and cursor aside).
    pub(crate) fn filter(&self) -> Result<EventFilter, ApiError> {
        let quad_class = match given(&self.quad) {
            None => None,
            Some(q) => match q.parse::<u8>() {
                Ok(n) if (1..=4).contains(&n) => Some(n),
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "quad {q:?}: a quad class is 1, 2, 3 or 4"
                    )))
                }
            },
        };
        let factuality = match given(&self.factuality) {
            None => None,
            Some(f) => Some(vigie_store::dedup::parse_factuality(&f).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "factuality {f:?}: one of asserted, negated, planned, hypothetical"
                ))
            })?),
        };
        Ok(EventFilter {
            actor: given(&self.actor),
            source: given(&self.source),
            target: given(&self.target),
            cameo: given(&self.cameo),
            quad_class,
            factuality,
            from: given(&self.from),
            to: given(&self.to),
            place: given(&self.place),
            text: given(&self.q),
            limit: None,
            after: None,
        })
    }
}

/// One page of events.
#[derive(Serialize, ToSchema)]
pub struct EventList {
    #[schema(value_type = Vec<crate::openapi::EventRecordSchema>)]
    pub events: Vec<EventRecord>,
    /// Pass it as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// The stored events, filtered, in date order (undated first, then by id), a page at a time.
#[utoipa::path(get, path = "/api/events", tag = "store", params(EventQuery),
    responses((status = 200, body = EventList), (status = 400, body = ErrorBody)))]
pub async fn list_events(
    State(state): State<Arc<AppState>>,
    query: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<EventList>, ApiError> {
    let Query(q) = query?;
    let mut filter = q.filter()?;
    filter.limit = Some(parse_limit(&q.limit, DEFAULT_PAGE, MAX_PAGE)?);
    filter.after = given(&q.cursor);
    let page = state
        .pool
        .read(move |s| Ok(s.events_page(&filter)?))
        .await?;
    Ok(Json(EventList {
        events: page.events,
        next_cursor: page.next_cursor,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct EventDetail {
    #[schema(value_type = crate::openapi::EventRecordSchema)]
    pub event: EventRecord,
    /// Every mention of the event, in the order they were stored.
    #[schema(value_type = Vec<crate::openapi::StoredMentionSchema>)]
    pub mentions: Vec<StoredMention>,
}

/// One event with all its mentions: article, evidence sentence, spans (in characters of the article text), rule.
#[utoipa::path(get, path = "/api/events/{id}", tag = "store",
    params(("id" = i64, Path, description = "The event id")),
    responses((status = 200, body = EventDetail), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn event_detail(
    State(state): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<EventDetail>, ApiError> {
    let Path(id) = id?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| ApiError::bad_request(format!("event id {id:?}: a whole number")))?;
    match state.pool.read(move |s| Ok(s.event(id)?)).await? {
        Some((event, mentions)) => Ok(Json(EventDetail { event, mentions })),
        None => Err(ApiError::not_found(format!("no event {id} in the store"))),
    }
}

#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActorQuery {
    /// Only actors whose code contains this (case ignored), e.g. `RUS`.
    pub q: Option<String>,
    /// How many actors, 1 to 1000 (default 100).
    #[param(value_type = Option<u64>, minimum = 1, maximum = 1000)]
    pub limit: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActorCount {
    /// The actor code (`RUSGOV`).
    pub code: String,
    /// Its country or organisation part (`RUS`).
    pub country: String,
    /// Events it is the source or target of.
    pub events: u64,
}

#[derive(Serialize, ToSchema)]
pub struct ActorList {
    pub actors: Vec<ActorCount>,
}

/// The actors of the stored events, most active first.
#[utoipa::path(get, path = "/api/actors", tag = "store", params(ActorQuery),
    responses((status = 200, body = ActorList), (status = 400, body = ErrorBody)))]
pub async fn actors(
    State(state): State<Arc<AppState>>,
    query: Result<Query<ActorQuery>, QueryRejection>,
) -> Result<Json<ActorList>, ApiError> {
    let Query(q) = query?;
    let limit = parse_limit(&q.limit, 100, 1000)? as usize;
    let needle = given(&q.q).map(|s| s.to_ascii_uppercase());
    let all = state
        .cache
        .get(&state.pool, "actors".into(), actor_counts)
        .await?;
    let actors = all
        .iter()
        .filter(|a| needle.as_deref().is_none_or(|n| a.code.contains(n)))
        .take(limit)
        .cloned()
        .collect();
    Ok(Json(ActorList { actors }))
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlaceCount {
    pub name: String,
    /// ISO 3166-1 alpha-3 country code.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub place_id: String,
    /// Selected events located there.
    pub events: u64,
}

#[derive(Clone, Serialize, ToSchema)]
pub struct PlaceList {
    pub places: Vec<PlaceCount>,
    /// Selected events with no known place.
    pub unlocated_events: u64,
}

/// The places of the events the filters select (the same filters as `/api/events`; `limit` and `cursor` are ignored), most events first.
#[utoipa::path(get, path = "/api/places", tag = "store", params(EventQuery),
    responses((status = 200, body = PlaceList), (status = 400, body = ErrorBody)))]
pub async fn places(
    State(state): State<Arc<AppState>>,
    query: Result<Query<EventQuery>, QueryRejection>,
) -> Result<Json<PlaceList>, ApiError> {
    let Query(q) = query?;
    let filter = q.filter()?;
    let list = places_of(&state, filter).await?;
    Ok(Json(PlaceList::clone(&list)))
}

/// The places of the events a filter selects, kept until the store changes.
async fn places_of(state: &AppState, filter: EventFilter) -> Result<Arc<PlaceList>, ApiError> {
    let key = format!("places:{filter:?}");
    state
        .cache
        .get(&state.pool, key, move |s| place_counts(s, &filter))
        .await
}

fn place_counts(store: &vigie_store::Store, filter: &EventFilter) -> Result<PlaceList, ApiError> {
    let mut by_place: BTreeMap<String, PlaceCount> = BTreeMap::new();
    let mut unlocated = 0u64;
    store.for_each_event(filter, |e| {
        match e.location {
            Some(l) => {
                let key = if l.place_id.is_empty() {
                    format!("{}|{}", l.name, l.country)
                } else {
                    l.place_id.clone()
                };
                by_place
                    .entry(key)
                    .or_insert_with(|| PlaceCount {
                        name: l.name,
                        country: l.country,
                        lat: l.lat,
                        lon: l.lon,
                        place_id: l.place_id,
                        events: 0,
                    })
                    .events += 1;
            }
            None => unlocated += 1,
        }
        Ok(())
    })?;
    let mut places: Vec<PlaceCount> = by_place.into_values().collect();
    places.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
    Ok(PlaceList {
        places,
        unlocated_events: unlocated,
    })
}

/// Computes, in the background, what a dashboard asks for first (the
/// counts, the actors, the map of all events), so that its first visit does
/// not wait for a pass over a large store.
pub async fn warm_up(state: Arc<AppState>) {
    let started = std::time::Instant::now();
    let counts = state
        .cache
        .get(&state.pool, "counts".into(), |s| Ok(s.counts()?))
        .await;
    let actors = state
        .cache
        .get(&state.pool, "actors".into(), actor_counts)
        .await;
    let places = places_of(&state, EventFilter::default()).await;
    match (counts, actors, places) {
        (Ok(c), Ok(_), Ok(_)) => eprintln!(
            "vigie serve: {} events; counts, actors and places ready in {:.1} s",
            c.events,
            started.elapsed().as_secs_f64()
        ),
        (c, a, p) => {
            for e in [c.err(), a.err(), p.err()].into_iter().flatten() {
                eprintln!("vigie serve: warming up: {}", e.message);
            }
        }
    }
}

/// Every actor of the stored events with its number of events, most active first.
pub(crate) fn actor_counts(store: &vigie_store::Store) -> Result<Vec<ActorCount>, ApiError> {
    let mut counts: std::collections::HashMap<String, u64> = Default::default();
    store.for_each_event(&EventFilter::default(), |e| {
        for code in [&e.source, &e.target].into_iter().flatten() {
            *counts.entry(code.clone()).or_default() += 1;
        }
        Ok(())
    })?;
    let mut list: Vec<ActorCount> = counts
        .into_iter()
        .map(|(code, events)| ActorCount {
            country: vigie_store::dedup::actor_key(Some(&code)),
            code,
            events,
        })
        .collect();
    list.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.code.cmp(&b.code)));
    Ok(list)
}

/// Unknown paths: a JSON 404 (the dashboard's own routes live after `#`).
pub async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "{}: no such endpoint (see /openapi.json)",
        uri.path()
    ))
}

pub async fn method_not_allowed(
    method: Method,
    uri: Uri,
) -> (axum::http::StatusCode, Json<ErrorBody>) {
    let body = ErrorBody {
        error: crate::error::ErrorDetail {
            code: crate::error::ErrorCode::BadRequest,
            message: format!(
                "{method} {}: method not allowed here (see /openapi.json)",
                uri.path()
            ),
        },
    };
    (axum::http::StatusCode::METHOD_NOT_ALLOWED, Json(body))
}
