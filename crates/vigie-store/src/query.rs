//! Reading the store: events with filters, an event with its mentions, a
//! dyad's time series. Filters become fixed SQL fragments with bound
//! parameters; user text never enters the SQL.

use rusqlite::types::Value;
use serde::Serialize;
use vigie_model::{Factuality, Location, Mention};

use crate::dedup::{actor_key, parse_factuality};
use crate::{dates, mention_at, parse_precision, Store, StoreError, MENTION_COLUMNS, MENTION_COLUMN_COUNT};

/// What `vigie events` selects. Every field narrows the selection.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// An actor code (`RUSGOV`: that actor exactly) or a country or
    /// organisation (`RUS`, `NATO`: with any agent), as source or target.
    pub actor: Option<String>,
    /// The dyad's source, as for `actor`.
    pub source: Option<String>,
    /// The dyad's target, as for `actor`.
    pub target: Option<String>,
    /// A CAMEO code (`042`) or root (`04`): codes that start with it.
    pub cameo: Option<String>,
    pub quad_class: Option<u8>,
    pub factuality: Option<Factuality>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: events whose date may fall on or after it.
    pub from: Option<String>,
    /// As `from`: events whose date may fall on or before it.
    pub to: Option<String>,
    /// A place: its name, its gazetteer id or its country code.
    pub place: Option<String>,
    /// Words searched in the evidence sentences (full-text, as one phrase,
    /// accents and case ignored).
    pub text: Option<String>,
    pub limit: Option<u64>,
    /// A cursor from [`cursor_of`] (or [`EventPage::next_cursor`]): only the
    /// events listed after that event, in the listing order (date, then id;
    /// undated events first). Malformed cursors are [`StoreError::BadCursor`].
    pub after: Option<String>,
}

/// One page of a listing: the events, and the cursor of the next page when
/// more events follow.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventPage {
    pub events: Vec<EventRecord>,
    pub next_cursor: Option<String>,
}

/// Where a listing stands: the sort key of the last event listed. Undated
/// events (no `day_lo`) sort before every dated one, as SQLite orders NULLs
/// first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    day_lo: Option<i64>,
    id: i64,
}

impl Cursor {
    /// `DAY.ID`, or `n.ID` for an undated event. Opaque to clients: only
    /// [`Cursor::parse`] reads it.
    fn encode(self) -> String {
        match self.day_lo {
            Some(d) => format!("{d}.{}", self.id),
            None => format!("n.{}", self.id),
        }
    }

    fn parse(text: &str) -> Result<Cursor, StoreError> {
        let bad = || StoreError::BadCursor(format!("{text:?} is not a cursor this store gave"));
        let (day, id) = text.trim().split_once('.').ok_or_else(bad)?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        if id < 1 {
            return Err(bad());
        }
        let day_lo = match day {
            "n" => None,
            d => Some(d.parse::<i64>().map_err(|_| bad())?),
        };
        Ok(Cursor { day_lo, id })
    }
}

/// The day number of a `YYYY-MM-DD` date as [`dates::iso`] writes it (the
/// year may have a sign or more than four digits).
fn day_of_iso(date: &str) -> Option<i64> {
    let mut parts = date.rsplitn(3, '-');
    let day: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let year: i64 = parts.next()?.parse().ok()?;
    Some(dates::days_from_civil(year, month, day))
}

/// The cursor to put in [`EventFilter::after`] to list the events that
/// follow `event` in the listing order.
pub fn cursor_of(event: &EventRecord) -> String {
    Cursor { day_lo: event.date_start.as_deref().and_then(day_of_iso), id: event.id }.encode()
}

/// One event as the store keeps it: the happening, with the count of its
/// mentions and sources, and its founding mention's evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRecord {
    pub id: i64,
    pub source: Option<String>,
    pub target: Option<String>,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub source_person: Option<String>,
    pub target_person: Option<String>,
    /// What the coder knew of the actors (see `Mention::source_country`):
    /// the country each belongs to and the organisation it is, from the
    /// founding mention.
    pub source_country: Option<String>,
    pub source_org: Option<String>,
    pub target_country: Option<String>,
    pub target_org: Option<String>,
    pub cameo: String,
    pub cameo_label: String,
    pub cameo_root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_event: Option<String>,
    pub plover_mode: Option<String>,
    pub symmetric: bool,
    pub historical: bool,
    /// The strongest factuality among the mentions (asserted > negated > planned > hypothetical).
    pub factuality: Factuality,
    /// The highest confidence among the mentions, when any has one.
    pub confidence: Option<f64>,
    /// The most precise date among the mentions.
    pub date: Option<String>,
    pub date_precision: Option<vigie_model::DatePrecision>,
    /// First and last day `date` covers (`YYYY-MM-DD`).
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub location: Option<Location>,
    pub num_mentions: u64,
    pub num_sources: u64,
    pub num_articles: u64,
    /// Earliest and latest publication date of the articles that report it.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// The founding mention: its article (id, URL, publisher, language), sentence and evidence.
    pub article_id: String,
    pub source_url: Option<String>,
    pub publisher: String,
    pub language: String,
    pub sentence_index: usize,
    pub evidence: String,
    /// The store's row id of the founding article (ICEWS' Story ID).
    pub story_id: i64,
    /// When the founding article entered the store (UTC, ISO 8601).
    pub added_at: String,
}

/// An article as a mention's provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleInfo {
    pub row_id: i64,
    pub external_id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub publisher: String,
    pub language: String,
    /// Length of the text in characters.
    pub chars: u64,
    pub added_at: String,
}

/// A stored mention with its event and article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredMention {
    pub id: i64,
    pub event_id: i64,
    pub confidence: Option<f64>,
    pub article: ArticleInfo,
    pub mention: Mention,
}

/// One month of a dyad's events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesPoint {
    /// `YYYY-MM`, the month an event's date starts in.
    pub month: String,
    pub events: u64,
    pub mentions: u64,
    pub mean_goldstein: f64,
    /// Events per quad class 1–4.
    pub quad: [u64; 4],
}

const EVENT_COLUMNS: &str = concat!("e.id, e.source, e.target, m.source_text, m.target_text, m.source_person, m.target_person, e.cameo,
    e.cameo_label, e.cameo_root, e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.symmetric, e.historical,
    e.factuality, e.confidence, e.event_date, e.date_precision, e.day_lo, e.day_hi, e.location_name, e.location_country, e.lat,
    e.lon, e.place_id, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen, a.external_id, a.url,
    a.source_name, a.language, m.sentence_idx, ", crate::sentence_text_sql!(), ", a.id, a.ingested_at,
    m.source_country, m.source_org, m.target_country, m.target_org");

const EVENT_FROM: &str = "events e
    JOIN mentions m ON m.id = (SELECT MIN(mm.id) FROM mentions mm WHERE mm.event_id = e.id)
    JOIN articles a ON a.id = m.article_id";

fn bad(col: usize, what: &str, v: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, format!("unknown {what} {v:?}").into())
}

fn event_from_row(r: &rusqlite::Row) -> rusqlite::Result<EventRecord> {
    let factuality: String = r.get(16)?;
    let precision: Option<String> = r.get(19)?;
    let day_lo: Option<i64> = r.get(20)?;
    let day_hi: Option<i64> = r.get(21)?;
    let quad: i64 = r.get(10)?;
    let count = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)?.max(0) as u64) };
    Ok(EventRecord {
        id: r.get(0)?,
        source: r.get(1)?,
        target: r.get(2)?,
        source_text: r.get(3)?,
        target_text: r.get(4)?,
        source_person: r.get(5)?,
        target_person: r.get(6)?,
        source_country: r.get(40)?,
        source_org: r.get(41)?,
        target_country: r.get(42)?,
        target_org: r.get(43)?,
        cameo: r.get(7)?,
        cameo_label: r.get(8)?,
        cameo_root: r.get(9)?,
        quad_class: u8::try_from(quad).map_err(|_| bad(10, "quad class", &quad.to_string()))?,
        goldstein: r.get(11)?,
        plover_event: r.get(12)?,
        plover_mode: r.get(13)?,
        symmetric: r.get(14)?,
        historical: r.get(15)?,
        factuality: parse_factuality(&factuality).ok_or_else(|| bad(16, "factuality", &factuality))?,
        confidence: r.get(17)?,
        date: r.get(18)?,
        date_precision: match precision {
            Some(p) => Some(parse_precision(&p).ok_or_else(|| bad(19, "date precision", &p))?),
            None => None,
        },
        date_start: day_lo.map(dates::iso),
        date_end: day_hi.map(dates::iso),
        location: match r.get::<_, Option<String>>(22)? {
            Some(name) => Some(Location {
                name,
                country: r.get::<_, Option<String>>(23)?.unwrap_or_default(),
                lat: r.get::<_, Option<f64>>(24)?.unwrap_or_default(),
                lon: r.get::<_, Option<f64>>(25)?.unwrap_or_default(),
                place_id: r.get::<_, Option<String>>(26)?.unwrap_or_default(),
            }),
            None => None,
        },
        num_mentions: count(27)?,
        num_sources: count(28)?,
        num_articles: count(29)?,
        first_seen: r.get(30)?,
        last_seen: r.get(31)?,
        article_id: r.get(32)?,
        source_url: r.get(33)?,
        publisher: r.get::<_, Option<String>>(34)?.unwrap_or_default(),
        language: r.get(35)?,
        sentence_index: r.get::<_, i64>(36)?.max(0) as usize,
        evidence: r.get(37)?,
        story_id: r.get(38)?,
        added_at: r.get(39)?,
    })
}

const STORED_MENTION_COLUMNS: &str = "m.id, m.event_id, m.confidence, a.id, a.external_id, a.url, a.title, a.published,
    a.source_name, a.language, length(a.text), a.ingested_at";

fn stored_mention_from_row(r: &rusqlite::Row) -> rusqlite::Result<StoredMention> {
    Ok(StoredMention {
        id: r.get(0)?,
        event_id: r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
        confidence: r.get(2)?,
        article: ArticleInfo {
            row_id: r.get(3)?,
            external_id: r.get(4)?,
            url: r.get(5)?,
            title: r.get(6)?,
            published: r.get(7)?,
            publisher: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            language: r.get(9)?,
            chars: r.get::<_, i64>(10)?.max(0) as u64,
            added_at: r.get(11)?,
        },
        mention: mention_at(r, 12)?,
    })
}

/// The WHERE clause of a filter: fixed fragments, values bound in order.
struct Where {
    sql: String,
    values: Vec<Value>,
}

fn text(v: &str) -> Value {
    Value::Text(v.to_string())
}

/// Quotes user words into one FTS5 phrase: `"…"`, inner quotes doubled, so
/// that no FTS operator in the input is ever interpreted.
fn fts_phrase(words: &str) -> String {
    format!("\"{}\"", words.replace('"', "\"\""))
}

/// Conditions on `e` matching an actor given as a code or a country.
fn actor_condition(w: &mut Where, code: &str, roles: &[&str]) {
    let key = actor_key(Some(code));
    let keys: Vec<String> = roles.iter().map(|r| format!("e.{r}_key = ?")).collect();
    w.sql.push_str(&format!(" AND ({})", keys.join(" OR ")));
    w.values.extend(roles.iter().map(|_| text(&key)));
    if key != code.trim() {
        let exact: Vec<String> = roles.iter().map(|r| format!("e.{r} = ?")).collect();
        w.sql.push_str(&format!(" AND ({})", exact.join(" OR ")));
        w.values.extend(roles.iter().map(|_| text(code.trim())));
    }
}

impl EventFilter {
    fn to_where(&self) -> Result<Where, StoreError> {
        let mut w = Where { sql: String::from("WHERE 1"), values: Vec::new() };
        let nonempty = |name: &str, v: &Option<String>| -> Result<Option<String>, StoreError> {
            match v.as_deref().map(str::trim) {
                Some("") => Err(StoreError::BadFilter(format!("--{name} is empty"))),
                other => Ok(other.map(str::to_string)),
            }
        };
        if let Some(a) = nonempty("actor", &self.actor)? {
            actor_condition(&mut w, &a, &["source", "target"]);
        }
        if let Some(s) = nonempty("source", &self.source)? {
            actor_condition(&mut w, &s, &["source"]);
        }
        if let Some(t) = nonempty("target", &self.target)? {
            actor_condition(&mut w, &t, &["target"]);
        }
        if let Some(c) = nonempty("cameo", &self.cameo)? {
            if !(c.len() >= 2 && c.len() <= 4 && c.bytes().all(|b| b.is_ascii_digit())) {
                return Err(StoreError::BadFilter(format!("--cameo {c:?}: a CAMEO code is 2 to 4 digits (04, 042, 0421)")));
            }
            if c.len() == 2 {
                w.sql.push_str(" AND e.cameo_root = ?");
                w.values.push(text(&c));
            } else {
                w.sql.push_str(" AND substr(e.cameo, 1, ?) = ?");
                w.values.push(Value::Integer(c.len() as i64));
                w.values.push(text(&c));
            }
        }
        if let Some(q) = self.quad_class {
            if !(1..=4).contains(&q) {
                return Err(StoreError::BadFilter(format!("--quad {q}: quad classes are 1 to 4")));
            }
            w.sql.push_str(" AND e.quad_class = ?");
            w.values.push(Value::Integer(q as i64));
        }
        if let Some(f) = self.factuality {
            w.sql.push_str(" AND e.factuality = ?");
            w.values.push(text(f.as_str()));
        }
        let day = |name: &str, v: &str| {
            dates::interval(v)
                .ok_or_else(|| StoreError::BadFilter(format!("--{name} {v:?}: a date is YYYY, YYYY-MM or YYYY-MM-DD")))
        };
        if let Some(from) = nonempty("from", &self.from)? {
            let (lo, _) = day("from", &from)?;
            // An event's date spans at most a year: the second bound lets the
            // date indexes narrow the scan from both sides.
            w.sql.push_str(" AND e.day_hi >= ? AND e.day_lo >= ?");
            w.values.push(Value::Integer(lo));
            w.values.push(Value::Integer(lo - 366));
        }
        if let Some(to) = nonempty("to", &self.to)? {
            let (_, hi) = day("to", &to)?;
            w.sql.push_str(" AND e.day_lo <= ?");
            w.values.push(Value::Integer(hi));
        }
        if let Some(p) = nonempty("place", &self.place)? {
            w.sql.push_str(" AND (e.location_country = ? OR e.place_id = ? OR e.location_name = ? COLLATE NOCASE)");
            w.values.extend([text(&p), text(&p), text(&p)]);
        }
        if let Some(t) = nonempty("text", &self.text)? {
            w.sql.push_str(
                " AND e.id IN (SELECT fm.event_id FROM mentions fm WHERE fm.id IN
                    (SELECT rowid FROM fts.evidence_fts WHERE evidence_fts MATCH ?))",
            );
            w.values.push(text(&fts_phrase(&t)));
        }
        if let Some(after) = &self.after {
            // Keyset pagination on the listing order (day_lo, id), NULL days
            // first; `day_lo >= ?` lets the date index start at the cursor.
            match Cursor::parse(after)? {
                Cursor { day_lo: None, id } => {
                    w.sql.push_str(" AND ((e.day_lo IS NULL AND e.id > ?) OR e.day_lo IS NOT NULL)");
                    w.values.push(Value::Integer(id));
                }
                Cursor { day_lo: Some(day), id } => {
                    w.sql.push_str(" AND e.day_lo >= ? AND (e.day_lo > ? OR e.id > ?)");
                    w.values.extend([Value::Integer(day), Value::Integer(day), Value::Integer(id)]);
                }
            }
        }
        Ok(w)
    }

    /// The listing's SQL and values. With a limit, the events are picked
    /// by id first and only those rows joined with their founding mention:
    /// sorting whole joined rows read every match's mention, article and
    /// sentence before the limit applied.
    fn event_listing(&self) -> Result<(String, Where), StoreError> {
        let mut w = self.to_where()?;
        w.sql.push_str(" ORDER BY e.day_lo, e.id");
        self.limit_sql(&mut w);
        let sql = if self.limit.is_some() {
            format!(
                "SELECT {EVENT_COLUMNS} FROM (SELECT e.id AS picked FROM events e {}) p JOIN {EVENT_FROM}
                 WHERE e.id = p.picked ORDER BY e.day_lo, e.id",
                w.sql
            )
        } else {
            format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} {}", w.sql)
        };
        Ok((sql, w))
    }

    fn limit_sql(&self, w: &mut Where) {
        if let Some(n) = self.limit {
            w.sql.push_str(" LIMIT ?");
            w.values.push(Value::Integer(n.min(i64::MAX as u64) as i64));
        }
    }
}

impl Store {
    /// Calls `each` on every event the filter selects, in date order
    /// (undated first), then id order. One read transaction: a consistent
    /// snapshot even while another process writes.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        mut each: impl FnMut(EventRecord) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (sql, w) = filter.event_listing()?;
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut stmt = tx.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(w.values.iter()))?;
            while let Some(r) = rows.next()? {
                each(event_from_row(r)?)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// One page of the events the filter selects, at most `filter.limit`
    /// (all when it has none), from `filter.after`; `next_cursor` is set
    /// when more events follow.
    pub fn events_page(&self, filter: &EventFilter) -> Result<EventPage, StoreError> {
        let Some(limit) = filter.limit else {
            return Ok(EventPage { events: self.events(filter)?, next_cursor: None });
        };
        // One event more than asked tells whether a next page exists.
        let probe = EventFilter { limit: Some(limit.saturating_add(1)), ..filter.clone() };
        let mut events = self.events(&probe)?;
        let more = events.len() as u64 > limit;
        events.truncate(limit.min(usize::MAX as u64) as usize);
        let next_cursor = if more { events.last().map(cursor_of) } else { None };
        Ok(EventPage { events, next_cursor })
    }

    /// How many events the filter selects, whatever its `limit` and `after`
    /// (the size of the whole listing).
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64, StoreError> {
        let whole = EventFilter { limit: None, after: None, ..filter.clone() };
        let w = whole.to_where()?;
        let n: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM events e {}", w.sql),
            rusqlite::params_from_iter(w.values.iter()),
            |r| r.get(0),
        )?;
        Ok(n.max(0) as u64)
    }

    /// The events the filter selects (see [`Store::for_each_event`]).
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<EventRecord>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `each` on every mention of the events the filter selects, event
    /// by event in the order of [`Store::for_each_event`], mentions in the
    /// order they were stored. The filter's limit counts mentions.
    pub fn for_each_mention(
        &self,
        filter: &EventFilter,
        mut each: impl FnMut(StoredMention) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut w = filter.to_where()?;
        w.sql.push_str(" ORDER BY e.day_lo, e.id, m.id");
        filter.limit_sql(&mut w);
        let sql = format!(
            "SELECT {STORED_MENTION_COLUMNS}, {MENTION_COLUMNS} FROM events e JOIN mentions m ON m.event_id = e.id
             JOIN articles a ON a.id = m.article_id
             {}",
            w.sql
        );
        debug_assert_eq!(MENTION_COLUMN_COUNT, 43);
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut stmt = tx.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(w.values.iter()))?;
            while let Some(r) = rows.next()? {
                each(stored_mention_from_row(r)?)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Calls `each` on every event the filter selects with all its mentions
    /// (see [`Store::for_each_event`]), from one snapshot.
    pub fn for_each_event_with_mentions(
        &self,
        filter: &EventFilter,
        mut each: impl FnMut(EventRecord, Vec<StoredMention>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (sql, w) = filter.event_listing()?;
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut stmt = tx.prepare(&sql)?;
            let mut mentions = tx.prepare(&format!(
                "SELECT {STORED_MENTION_COLUMNS}, {MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id
                 WHERE m.event_id = ?1 ORDER BY m.id"
            ))?;
            let mut rows = stmt.query(rusqlite::params_from_iter(w.values.iter()))?;
            while let Some(r) = rows.next()? {
                let event = event_from_row(r)?;
                let list = mentions.query_map([event.id], stored_mention_from_row)?.collect::<Result<Vec<_>, _>>()?;
                each(event, list)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// One event with all its mentions, from one consistent snapshot;
    /// `None` when no event has this id.
    pub fn event(&self, id: i64) -> Result<Option<(EventRecord, Vec<StoredMention>)>, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let event = tx
            .query_row(&format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.id = ?1"), [id], event_from_row)
            .map(Some)
            .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })?;
        let Some(event) = event else { return Ok(None) };
        let sql = format!(
            "SELECT {STORED_MENTION_COLUMNS}, {MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = ?1 ORDER BY m.id"
        );
        let mentions = {
            let mut stmt = tx.prepare(&sql)?;
            let rows = stmt.query_map([id], stored_mention_from_row)?;
            rows.collect::<Result<Vec<_>, _>>()?
        };
        tx.commit()?;
        Ok(Some((event, mentions)))
    }

    /// A dyad's events per month: `source` and `target` are actor codes or
    /// countries (as in [`EventFilter::actor`]); symmetric events count in
    /// either direction. `from`/`to` bound the dates as in [`EventFilter`].
    /// Countries with whole months (or no bounds) read the monthly figures
    /// the store keeps (`dyad_months`, unless a bulk load has not rebuilt
    /// them yet); other queries read the events.
    pub fn dyad_series(&self, source: &str, target: &str, from: Option<&str>, to: Option<&str>) -> Result<Vec<SeriesPoint>, StoreError> {
        let (s, t) = (source.trim(), target.trim());
        if s.is_empty() || t.is_empty() {
            return Err(StoreError::BadFilter("a dyad needs a source and a target".into()));
        }
        let bound = |v: Option<&str>| -> Result<Option<(i64, i64)>, StoreError> {
            v.map(|d| dates::interval(d).ok_or_else(|| StoreError::BadFilter(format!("{d:?}: a date is YYYY, YYYY-MM or YYYY-MM-DD"))))
                .transpose()
        };
        let (from, to) = (bound(from)?, bound(to)?);
        let whole_months = from.is_none_or(|(lo, _)| dates::civil_from_days(lo).2 == 1)
            && to.is_none_or(|(_, hi)| dates::civil_from_days(hi + 1).2 == 1);
        if whole_months && actor_key(Some(s)) == s && actor_key(Some(t)) == t && !self.bulk_load_pending()? {
            self.dyad_series_from_months(s, t, from.map(|b| b.0), to.map(|b| b.1))
        } else {
            self.dyad_series_from_events(s, t, from.map(|b| b.0), to.map(|b| b.1))
        }
    }

    /// [`Store::dyad_series`] from `dyad_months`: `source` and `target` are
    /// actor keys; the bounds are the first and last day of whole months.
    pub(crate) fn dyad_series_from_months(&self, sk: &str, tk: &str, lo: Option<i64>, hi: Option<i64>) -> Result<Vec<SeriesPoint>, StoreError> {
        let month = |day: i64| {
            let (y, m, _) = dates::civil_from_days(day);
            format!("{y:04}-{m:02}")
        };
        let mut sql = String::from(
            "SELECT month, SUM(events), SUM(mentions), SUM(goldstein_sum) / SUM(events), SUM((quad_class = 1) * events),
                SUM((quad_class = 2) * events), SUM((quad_class = 3) * events), SUM((quad_class = 4) * events)
             FROM dyad_months
             WHERE ((source_key = ?1 AND target_key = ?2) OR (source_key = ?2 AND target_key = ?1 AND symmetric))",
        );
        let mut values = vec![text(sk), text(tk)];
        if let Some(lo) = lo {
            sql.push_str(&format!(" AND month >= ?{}", values.len() + 1));
            values.push(text(&month(lo)));
        }
        if let Some(hi) = hi {
            sql.push_str(&format!(" AND month <= ?{}", values.len() + 1));
            values.push(text(&month(hi)));
        }
        // A month whose events all moved to another month keeps a row of zeros.
        sql.push_str(" GROUP BY month HAVING SUM(events) > 0 ORDER BY month");
        self.series_rows(&sql, &values)
    }

    /// [`Store::dyad_series`] from the events themselves.
    pub(crate) fn dyad_series_from_events(&self, s: &str, t: &str, lo: Option<i64>, hi: Option<i64>) -> Result<Vec<SeriesPoint>, StoreError> {
        let (sk, tk) = (actor_key(Some(s)), actor_key(Some(t)));
        let (lo, hi) = (lo.unwrap_or(i64::MIN), hi.unwrap_or(i64::MAX));
        let mut sql = String::from(
            "SELECT strftime('%Y-%m', e.day_lo * 86400, 'unixepoch') AS month, COUNT(*), SUM(e.num_mentions), AVG(e.goldstein),
                SUM(e.quad_class = 1), SUM(e.quad_class = 2), SUM(e.quad_class = 3), SUM(e.quad_class = 4)
             FROM events e
             WHERE ((e.source_key = ?1 AND e.target_key = ?2) OR (e.source_key = ?2 AND e.target_key = ?1 AND e.symmetric))
               AND e.day_lo BETWEEN ?3 AND ?4",
        );
        let mut values = vec![text(&sk), text(&tk), Value::Integer(lo), Value::Integer(hi)];
        if sk != s {
            sql.push_str(" AND (e.source = ?5 OR (e.symmetric AND e.target = ?5))");
            values.push(text(s));
        }
        if tk != t {
            sql.push_str(&format!(" AND (e.target = ?{n} OR (e.symmetric AND e.source = ?{n}))", n = values.len() + 1));
            values.push(text(t));
        }
        sql.push_str(" GROUP BY month ORDER BY month");
        self.series_rows(&sql, &values)
    }

    fn series_rows(&self, sql: &str, values: &[Value]) -> Result<Vec<SeriesPoint>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| {
            let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64) };
            Ok(SeriesPoint {
                month: r.get(0)?,
                events: n(1)?,
                mentions: n(2)?,
                mean_goldstein: r.get::<_, Option<f64>>(3)?.unwrap_or(0.0),
                quad: [n(4)?, n(5)?, n(6)?, n(7)?],
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
