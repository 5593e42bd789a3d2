//! The store: Vigie's memory, an embedded SQLite file (bundled, nothing to
//! install). It owns the schema and its versioned migrations (run on open:
//! a store written by an older Vigie opens in a newer one), the transactions
//! (one per batch: a batch is stored whole or not at all, and readers in WAL
//! mode never see half of one), the idempotence of ingestion (an article
//! already stored — same text, same URL, or same normalised text — is
//! skipped), the folding of mentions into events (one happening reported by
//! many articles is one event with many mentions, see [`dedup`] and
//! ARCHITECTURE.md) and the queries over what is kept, the full-text index
//! of evidence sentences included (a file of its own beside the store,
//! derived from it: see `evidence_index`). Its API speaks the
//! model's types and its own records, never SQL, so another backend
//! (PostgreSQL) can take its place without touching the coder or the
//! analysis. It must not know languages, lexicons, how events were coded or
//! any export format. Every statement binds its values as parameters; no SQL
//! is ever built from user strings.

pub mod dates;

pub mod dedup;
mod analysis_queries;
mod direct_statement;
mod evidence_index;
mod fold_index;
mod query;
mod schema;

use std::path::Path;

use rusqlite::{params, CachedStatement, Connection, OptionalExtension, Transaction};
use vigie_model::{Article, DatePrecision, DateSource, Location, Mention, MentionSpans, SentenceRecord, Span};

pub use query::{cursor_of, ArticleInfo, EventFilter, EventPage, EventRecord, SeriesPoint, StoredMention};

use direct_statement::{direct_params, DirectStatement, Param, RowInserts};
use evidence_index::{EvidenceIndex, EvidenceRows, Indexer};
use fold_index::{ArticleDigests, ArticleKeys, ArticleSeen, EventFigures, FastMap, FoldIndex, Listed, Listing};
use dedup::{factuality_rank, parse_factuality, place_compatibility, Place};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {source}")]
    Open { path: String, source: rusqlite::Error },
    #[error("store: cannot create folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("store: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("store schema version {found} is newer than this vigie ({known}); upgrade vigie")]
    TooNew { found: i64, known: i64 },
    #[error("store: bad value in the store: {0}")]
    Corrupt(String),
    #[error("{0}")]
    BadFilter(String),
    /// A batch the store cannot hold as given (a mention citing a sentence its article lacks).
    #[error("bad batch: {0}")]
    BadInput(String),
    /// A pagination cursor that no listing of this store produced.
    #[error("bad cursor: {0}")]
    BadCursor(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// One article with everything coding found in it, ready to store.
pub struct ArticleRecord<'a> {
    pub article: &'a Article,
    pub language: &'a str,
    pub sentences: &'a [SentenceRecord],
    pub mentions: &'a [Mention],
}

/// What a batch write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchReport {
    pub articles_stored: usize,
    /// Articles whose exact text is already stored.
    pub articles_already_stored: usize,
    /// Other copies of stored articles: the same URL, or the same text once
    /// normalised (see [`dedup::normalised_text`]). Skipped like the above.
    pub articles_duplicate: usize,
    pub mentions_stored: usize,
    /// Events created by this batch; the other mentions joined an event.
    pub events_created: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub events: u64,
}

pub struct Store {
    conn: Connection,
    /// Where folding looks for candidate events (see [`FoldLookup`]).
    fold_lookup: FoldLookup,
    /// The in-memory folding index, when in use and in step with the store.
    fold_index: Option<FoldIndex>,
    /// Set by [`Store::set_bulk_load`].
    bulk: bool,
    /// The changes to `dyad_months` of a bulk load this store started,
    /// summed over its batches and written when it finishes.
    bulk_months: Option<MonthDeltas>,
    /// Digests of the stored articles' content hashes, for
    /// [`Store::has_article_text`] while their index is dropped.
    article_hashes: std::cell::RefCell<ArticleHashes>,
    /// The file, for the helper connection of a bulk load.
    path: Option<std::path::PathBuf>,
    /// Copies a bulk load's WAL into the database beside the writer.
    checkpointer: Option<Checkpointer>,
    /// The WAL size past which a bulk load's writer has it all copied
    /// before its next batch ([`WAL_BOUND_BYTES`]; smaller in tests).
    wal_bound: i64,
    /// The WAL size at which the writer next asks for it all copied: the
    /// bound, or a bound further after a reader held frames back.
    wal_catch_up_at: u64,
    /// Where the evidence sentences are indexed for text search.
    evidence: Evidence,
}

/// The full-text index of a store: a file of its own (see
/// [`evidence_index`]), written after each commit by its own connection —
/// on a helper thread during a bulk load — or, for a store in memory, an
/// attached database in memory written in the batch's transaction.
enum Evidence {
    Inline,
    Side { index: Option<EvidenceIndex>, indexer: Option<Indexer> },
}

impl Evidence {
    /// Waits for the helper thread, if any, to index what it was given.
    fn finish_indexer(&mut self) -> Result<(), StoreError> {
        if let Evidence::Side { index, indexer } = self {
            if let Some(running) = indexer.take() {
                let (back, outcome) = running.finish();
                *index = back;
                return outcome;
            }
        }
        Ok(())
    }
}

/// A thread with its own connection that checkpoints the WAL (passively:
/// never blocking the writer nor readers) while a bulk load writes, so
/// that copying the written pages into the database file, and its fsync,
/// are off the writer's thread. A checkpoint it left unfinished is finished
/// by the next one (the writer's own, once the load is over).
///
/// The WAL starts again from its beginning only when a write transaction
/// begins with every frame copied, which checkpoints beside a writer that
/// commits batch after batch rarely allow: the WAL reached 4.3 GB on a
/// 10 M-event load (9.9 GB with a checkpoint started by every commit), and
/// writing ever further into a growing file cost the writer a fifth of its
/// CPU (kernel pages allocated and zeroed, a larger WAL index). So when the
/// WAL passes [`WAL_BOUND_BYTES`], the writer asks the helper to copy what
/// is left and waits for it before its next batch (well under a second,
/// once per bound): that batch then writes the WAL from its beginning, and
/// the file is cut back to the bound (`journal_size_limit`).
struct Checkpointer {
    /// Requests to copy every frame, answered on the channel they carry;
    /// dropped, the thread stops.
    catch_up: std::sync::mpsc::Sender<std::sync::mpsc::SyncSender<bool>>,
    thread: std::thread::JoinHandle<()>,
}

/// How often the checkpointer copies the WAL into the database.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(250);

/// The WAL size past which a bulk load's writer waits for every frame to
/// be copied, so that its next batch starts the WAL again.
const WAL_BOUND_BYTES: i64 = 1 << 30;

/// How long the checkpointer tries to copy every frame for the writer
/// (readers of older snapshots may hold some frames back).
const CATCH_UP_TRIES: usize = 20;
const CATCH_UP_PAUSE: std::time::Duration = std::time::Duration::from_millis(10);

impl Checkpointer {
    fn start(path: &Path) -> Result<Checkpointer, StoreError> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.display().to_string(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let (catch_up, requests) = std::sync::mpsc::channel::<std::sync::mpsc::SyncSender<bool>>();
        let thread = std::thread::spawn(move || {
            // A failure here loses nothing: the frames stay in the WAL for
            // the next checkpoint. Returns whether every frame is copied.
            let checkpoint = || {
                conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| Ok(r.get::<_, i64>(0)? == 0 && r.get::<_, i64>(1)? == r.get::<_, i64>(2)?))
                    .unwrap_or(false)
            };
            loop {
                match requests.recv_timeout(CHECKPOINT_EVERY) {
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                        checkpoint();
                    }
                    Ok(done) => {
                        let mut copied = checkpoint();
                        for _ in 1..CATCH_UP_TRIES {
                            if copied {
                                break;
                            }
                            std::thread::sleep(CATCH_UP_PAUSE);
                            copied = checkpoint();
                        }
                        let _ = done.send(copied);
                    }
                }
            }
        });
        Ok(Checkpointer { catch_up, thread })
    }

    /// Waits until every frame of the WAL is copied; false when the helper
    /// gave up (a reader of an older snapshot holds frames back).
    fn catch_up(&self) -> bool {
        let (done, finished) = std::sync::mpsc::sync_channel(1);
        self.catch_up.send(done).is_ok() && finished.recv().unwrap_or(false)
    }

    fn finish(self) {
        drop(self.catch_up);
        let _ = self.thread.join();
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Some(checkpointer) = self.checkpointer.take() {
            checkpointer.finish();
        }
        // What it misses is caught up at the next open.
        let _ = self.evidence.finish_indexer();
    }
}

/// Content-hash digests (see `fold_index::digest`) → article rows, of the
/// rows up to `last_row`.
#[derive(Default)]
struct ArticleHashes {
    rows: FastMap<u128, i64>,
    last_row: i64,
}

/// How [`Store::write_batch`] finds the events a mention may fold into.
/// Both ways select the same events; they differ in speed only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FoldLookup {
    /// In memory when building the index costs little next to the batch
    /// (a small store, a large batch) or it is already built; SQL otherwise.
    Auto,
    Sql,
    Memory,
}

/// Under this many events plus twenty per mention of the batch, building the
/// in-memory folding index costs less than the SQL lookups it replaces.
const FOLD_INDEX_BASE_EVENTS: i64 = 10_000;

/// The key an article is stored under: the SHA-256 of its text.
pub fn content_hash(text: &str) -> String {
    dedup::sha256_hex(text.as_bytes())
}

/// The evidence sentence of mention `m` (of article `a`): its own text,
/// stored only when it is not the article's text between the mention's
/// sentence offsets (schema 11). SQLite's `substr` counts characters, as
/// the spans do.
macro_rules! sentence_text_sql {
    () => {
        "COALESCE(m.sentence_text, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start))"
    };
}
pub(crate) use sentence_text_sql;

/// The columns [`mention_from_row`] reads, in its order, from `mentions m`
/// joined with `articles a`.
pub(crate) const MENTION_COLUMNS: &str = concat!("a.external_id, m.sentence_idx, ", sentence_text_sql!(), ", m.source, m.source_text,
    m.target, m.target_text, m.source_person, m.target_person, m.cameo, m.cameo_label, m.cameo_root, m.quad_class, m.goldstein,
    m.plover_event, m.plover_mode, m.factuality, m.event_date, m.date_precision, m.date_source, m.historical, m.location_name,
    m.location_country, m.lat, m.lon, m.place_id, m.is_first, m.symmetric, m.rule, m.sentence_start, m.sentence_end,
    m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end, m.language, m.confidence,
    m.source_country, m.source_org, m.target_country, m.target_org");
pub(crate) const MENTION_COLUMN_COUNT: usize = 43;
pub(crate) const MENTION_FROM: &str =
    "mentions m JOIN articles a ON a.id = m.article_id";

fn corrupt(col: usize, what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        col,
        rusqlite::types::Type::Text,
        format!("unknown {what} {value:?}").into(),
    )
}

fn span(r: &rusqlite::Row, start: usize) -> rusqlite::Result<Option<Span>> {
    let a: Option<i64> = r.get(start)?;
    let b: Option<i64> = r.get(start + 1)?;
    Ok(match (a, b) {
        (Some(a), Some(b)) if a >= 0 && b >= 0 => Some(Span(a as usize, b as usize)),
        _ => None,
    })
}

pub(crate) fn parse_precision(s: &str) -> Option<DatePrecision> {
    Some(match s {
        "day" => DatePrecision::Day,
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => return None,
    })
}

fn date_source_str(d: DateSource) -> &'static str {
    match d {
        DateSource::Text => "text",
        DateSource::Publication => "publication",
        DateSource::ArticleYear => "article_year",
    }
}

/// Rebuilds a mention from the [`MENTION_COLUMNS`] of a row.
pub(crate) fn mention_from_row(r: &rusqlite::Row) -> rusqlite::Result<Mention> {
    mention_at(r, 0)
}

/// Rebuilds a mention from the [`MENTION_COLUMNS`] starting at column `o`.
pub(crate) fn mention_at(r: &rusqlite::Row, o: usize) -> rusqlite::Result<Mention> {
    let factuality: String = r.get(o + 16)?;
    let factuality = parse_factuality(&factuality).ok_or_else(|| corrupt(o + 16, "factuality", &factuality))?;
    let precision: Option<String> = r.get(o + 18)?;
    let date_precision = match precision {
        Some(p) => Some(parse_precision(&p).ok_or_else(|| corrupt(o + 18, "date precision", &p))?),
        None => None,
    };
    let date_source: Option<String> = r.get(o + 19)?;
    let date_source = match date_source.as_deref() {
        None => None,
        Some("text") => Some(DateSource::Text),
        Some("publication") => Some(DateSource::Publication),
        Some("article_year") => Some(DateSource::ArticleYear),
        Some(other) => return Err(corrupt(o + 19, "date source", other)),
    };
    let location = match r.get::<_, Option<String>>(o + 21)? {
        Some(name) => Some(Location {
            name,
            country: r.get::<_, Option<String>>(o + 22)?.unwrap_or_default(),
            lat: r.get::<_, Option<f64>>(o + 23)?.unwrap_or_default(),
            lon: r.get::<_, Option<f64>>(o + 24)?.unwrap_or_default(),
            place_id: r.get::<_, Option<String>>(o + 25)?.unwrap_or_default(),
        }),
        None => None,
    };
    let quad: i64 = r.get(o + 12)?;
    Ok(Mention {
        article_id: r.get(o + 0)?,
        sentence_index: r.get::<_, i64>(o + 1)? as usize,
        sentence: r.get(o + 2)?,
        source: r.get(o + 3)?,
        source_text: r.get(o + 4)?,
        target: r.get(o + 5)?,
        target_text: r.get(o + 6)?,
        source_person: r.get(o + 7)?,
        target_person: r.get(o + 8)?,
        cameo: r.get(o + 9)?,
        cameo_label: r.get(o + 10)?,
        cameo_root: r.get(o + 11)?,
        quad_class: u8::try_from(quad).map_err(|_| corrupt(o + 12, "quad class", &quad.to_string()))?,
        goldstein: r.get(o + 13)?,
        plover_event: r.get(o + 14)?,
        plover_mode: r.get(o + 15)?,
        factuality,
        date: r.get(o + 17)?,
        date_precision,
        date_source,
        historical: r.get(o + 20)?,
        location,
        first: r.get(o + 26)?,
        symmetric: r.get(o + 27)?,
        rule: r.get(o + 28)?,
        spans: MentionSpans {
            sentence: span(r, o + 29)?.unwrap_or(Span(0, 0)),
            source: span(r, o + 31)?,
            target: span(r, o + 33)?,
            verb: span(r, o + 35)?.unwrap_or(Span(0, 0)),
        },
        language: r.get(o + 37)?,
        confidence: r.get(o + 38)?,
        source_country: r.get(o + 39)?,
        source_org: r.get(o + 40)?,
        target_country: r.get(o + 41)?,
        target_org: r.get(o + 42)?,
    })
}

/// Slices of a text by character offsets (the spans' unit, and SQLite's
/// `substr`'s).
struct CharSlices<'t> {
    text: &'t str,
    /// The byte offset of every character and of the end, unless the text
    /// is ASCII (one byte per character).
    byte_offsets: Option<Vec<usize>>,
}

impl<'t> CharSlices<'t> {
    fn new(text: &'t str) -> CharSlices<'t> {
        let byte_offsets = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).chain([text.len()]).collect());
        CharSlices { text, byte_offsets }
    }

    /// Characters `start..end`; `None` when the range is not in the text.
    fn get(&self, start: usize, end: usize) -> Option<&'t str> {
        if start > end {
            return None;
        }
        match &self.byte_offsets {
            None => self.text.get(start..end),
            Some(offsets) => self.text.get(*offsets.get(start)?..*offsets.get(end)?),
        }
    }
}

/// What storing an article computes from the article alone: its keys and
/// their digests, its source, its sentences packed for its row (see
/// [`packed_sentences`]), which mentions quote the article's text between
/// their sentence offsets, and whether every mention's sentence is among
/// the article's.
/// A large batch has them computed on a helper thread while this one
/// writes (the second core's share of a load).
struct ArticleDerived {
    hash: String,
    url_key: Option<String>,
    norm_hash: String,
    digests: ArticleDigests,
    source_name: String,
    sentences: String,
    mention_quotes_article: Vec<bool>,
    /// The index of a mention's sentence the article lacks, if any.
    missing_sentence: Option<usize>,
}

impl ArticleDerived {
    fn of(rec: &ArticleRecord) -> ArticleDerived {
        let a = rec.article;
        let hash = content_hash(&a.text);
        let url_key = a.url.as_deref().and_then(dedup::url_key);
        let norm_hash = dedup::normalised_hash(&a.text);
        let digests = ArticleKeys { content_hash: &hash, url_key: url_key.as_deref(), norm_hash: Some(&norm_hash) }.digests();
        let slices = CharSlices::new(&a.text);
        let sentences = packed_sentences(rec.sentences, &slices);
        let mention_quotes_article =
            rec.mentions.iter().map(|m| slices.get(m.spans.sentence.0, m.spans.sentence.1) == Some(m.sentence.as_str())).collect();
        let missing_sentence =
            rec.mentions.iter().map(|m| m.sentence_index).find(|&i| !rec.sentences.iter().any(|s| s.index == i));
        ArticleDerived {
            source_name: dedup::source_name(a.url.as_deref(), &a.id),
            hash,
            url_key,
            norm_hash,
            digests,
            sentences,
            mention_quotes_article,
            missing_sentence,
        }
    }
}

/// An article's sentences as stored in its row (schema 11): a JSON array of
/// `[index, start, end, boilerplate, text]`, the text null when it is the
/// article's text between the offsets (nearly always: the coder's sentences
/// are slices of the article).
fn packed_sentences(sentences: &[SentenceRecord], slices: &CharSlices) -> String {
    let rows: Vec<(i64, i64, i64, u8, Option<&str>)> = sentences
        .iter()
        .map(|s| {
            let is_slice = slices.get(s.span.0, s.span.1) == Some(s.text.as_str());
            (s.index as i64, s.span.0 as i64, s.span.1 as i64, s.boilerplate as u8, (!is_slice).then_some(s.text.as_str()))
        })
        .collect();
    serde_json::to_string(&rows).expect("numbers and strings always serialise")
}

/// The sentences of an article's row, read back from [`packed_sentences`].
pub(crate) fn unpacked_sentences(text: &str, packed: Option<&str>) -> Result<Vec<SentenceRecord>, StoreError> {
    let Some(packed) = packed else { return Ok(Vec::new()) };
    let rows: Vec<(i64, i64, i64, i64, Option<String>)> =
        serde_json::from_str(packed).map_err(|e| StoreError::Corrupt(format!("an article's sentences: {e}")))?;
    let slices = CharSlices::new(text);
    rows.into_iter()
        .map(|(index, start, end, boilerplate, own_text)| {
            let (start, end) = (start.max(0) as usize, end.max(0) as usize);
            let text = match own_text {
                Some(t) => t,
                None => slices
                    .get(start, end)
                    .ok_or_else(|| StoreError::Corrupt(format!("sentence {index} at {start}..{end} is outside its article")))?
                    .to_string(),
            };
            Ok(SentenceRecord { index: index.max(0) as usize, span: Span(start, end), text, boilerplate: boilerplate != 0 })
        })
        .collect()
}

/// Batches of at least this many articles have them derived on a helper thread.
const HELPER_THREAD_ARTICLES: usize = 64;

/// The article a mention comes from, as the event folding needs it.
struct FoldArticle<'a> {
    row_id: i64,
    source_name: &'a str,
    published: Option<&'a str>,
    /// The events its mentions stored so far went to, when they are all
    /// it has (a new article): then whether an event already has this
    /// article is known without asking SQLite.
    events_so_far: Option<&'a [i64]>,
}

/// The fields of a stored event that folding a mention into it may change.
struct EventState {
    id: i64,
    symmetric: bool,
    historical: bool,
    cameo: String,
    cameo_label: String,
    goldstein: f64,
    plover_event: Option<String>,
    plover_mode: Option<String>,
    event_date: Option<String>,
    date_precision: Option<String>,
    day_lo: Option<i64>,
    day_hi: Option<i64>,
    location_name: Option<String>,
    location_country: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    place_id: Option<String>,
    factuality: String,
    confidence: Option<f64>,
    first_seen: Option<String>,
    last_seen: Option<String>,
    quad_class: u8,
    num_mentions: i64,
}

const EVENT_STATE_COLUMNS: &str = "id, symmetric, historical, cameo, cameo_label, goldstein, plover_event, plover_mode, event_date,
    date_precision, day_lo, day_hi, location_name, location_country, lat, lon, place_id, factuality, confidence, first_seen, last_seen,
    quad_class, num_mentions";

/// A row of `dyad_months`: source and target key numbers, month (YYYYMM),
/// quad class, symmetric; its figures are (events, mentions, goldstein sum).
type MonthRow = (u32, u32, i32, u8, bool);

/// What a batch (or a whole bulk load, see [`Store::set_bulk_load`])
/// changes in `dyad_months`, summed per row and written once at its end: one
/// statement per row instead of two per event. Actor keys are kept as small
/// numbers: two strings allocated per event were a visible part of a load.
#[derive(Default)]
struct MonthDeltas {
    key_numbers: FastMap<String, u32>,
    keys: Vec<String>,
    rows: MonthSums,
    /// Changes noted and not yet summed into `rows` (nor handed to `summer`).
    pending: Vec<MonthChange>,
    /// During a bulk load, the thread that sums the committed batches'
    /// changes beside the writer (adding into a map of a row per dyad and
    /// month, a cache miss each, was a tenth of the folding).
    summer: Option<Summer>,
    /// `PRAGMA data_version` when these deltas were last in step with the
    /// store: another connection's write makes them incomplete.
    data_version: i64,
}

type MonthSums = FastMap<MonthRow, (i64, i64, f64)>;

/// One event counted (`sign` 1) or uncounted (-1): source and target key
/// numbers, first day, quad class, symmetric, mentions, goldstein, sign.
type MonthChange = (u32, u32, i64, u8, bool, i64, f64, i64);

fn sum_changes(rows: &mut MonthSums, changes: &[MonthChange]) {
    for &(s, t, day, quad, symmetric, mentions, goldstein, sign) in changes {
        let (y, m, _) = dates::civil_from_days(day);
        let month = (y * 100 + m as i64) as i32;
        let row = rows.entry((s, t, month, quad, symmetric)).or_insert((0, 0, 0.0));
        row.0 += sign;
        row.1 += sign * mentions;
        row.2 += sign as f64 * goldstein;
    }
}

struct Summer {
    changes: std::sync::mpsc::Sender<Vec<MonthChange>>,
    sums: std::thread::JoinHandle<MonthSums>,
}

impl MonthDeltas {
    fn key_number(&mut self, key: &str) -> u32 {
        if let Some(&n) = self.key_numbers.get(key) {
            return n;
        }
        let n = self.keys.len() as u32;
        self.key_numbers.insert(key.to_string(), n);
        self.keys.push(key.to_string());
        n
    }

    /// Counts (`sign` = 1) or uncounts (-1) an event as it stands.
    #[allow(clippy::too_many_arguments)]
    fn add(&mut self, keys: (&str, &str), day_lo: Option<i64>, quad: u8, symmetric: bool, mentions: i64, goldstein: f64, sign: i64) {
        let Some(day) = day_lo else { return };
        let (s, t) = (self.key_number(keys.0), self.key_number(keys.1));
        self.pending.push((s, t, day, quad, symmetric, mentions, goldstein, sign));
    }

    /// Hands the changes noted so far (a committed batch's) to the summing
    /// thread, started at the first call.
    fn hand_over(&mut self) {
        let summer = self.summer.get_or_insert_with(|| {
            let (changes, received) = std::sync::mpsc::channel::<Vec<MonthChange>>();
            let sums = std::thread::spawn(move || {
                let mut rows = MonthSums::default();
                for batch in received {
                    sum_changes(&mut rows, &batch);
                }
                rows
            });
            Summer { changes, sums }
        });
        let changes = std::mem::take(&mut self.pending);
        if let Err(std::sync::mpsc::SendError(changes)) = summer.changes.send(changes) {
            // The thread is gone (it cannot fail but by a panic): sum here.
            sum_changes(&mut self.rows, &changes);
        }
    }

    /// Every change noted, summed per row.
    fn settle(&mut self) {
        if let Some(summer) = self.summer.take() {
            drop(summer.changes);
            let sums = summer.sums.join().unwrap_or_default();
            if self.rows.is_empty() {
                self.rows = sums;
            } else {
                for (row, (events, mentions, goldstein)) in sums {
                    let mine = self.rows.entry(row).or_insert((0, 0, 0.0));
                    mine.0 += events;
                    mine.1 += mentions;
                    mine.2 += goldstein;
                }
            }
        }
        let pending = std::mem::take(&mut self.pending);
        sum_changes(&mut self.rows, &pending);
    }

    /// Adds the deltas to `dyad_months`, in the order of its key (appending
    /// to the table's B-tree rather than writing all over it).
    fn write(self, tx: &Transaction) -> Result<(), StoreError> {
        self.into_sorted_rows().write(tx, 1)
    }

    /// Every change summed and sorted in the order of `dyad_months`' key:
    /// no database needed, so a bulk load's end does it on another thread
    /// while the writer rebuilds the indexes.
    fn into_sorted_rows(mut self) -> SortedMonthRows {
        self.settle();
        let keys = std::mem::take(&mut self.keys);
        let mut rows: Vec<_> = std::mem::take(&mut self.rows)
            .into_iter()
            .filter(|(_, (events, mentions, goldstein))| *events != 0 || *mentions != 0 || *goldstein != 0.0)
            .collect();
        // Keys compared by their rank among the keys, not as strings.
        let mut by_name: Vec<u32> = (0..keys.len() as u32).collect();
        by_name.sort_unstable_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]));
        let mut rank = vec![0u32; keys.len()];
        for (r, k) in by_name.into_iter().enumerate() {
            rank[k as usize] = r as u32;
        }
        rows.sort_unstable_by_key(|((s, t, month, quad, symmetric), _)| (rank[*s as usize], rank[*t as usize], *month, *quad, *symmetric));
        SortedMonthRows { keys, rows, data_version: self.data_version }
    }
}

/// A [`MonthDeltas`] summed and sorted, ready to write.
struct SortedMonthRows {
    keys: Vec<String>,
    rows: Vec<(MonthRow, (i64, i64, f64))>,
    data_version: i64,
}

/// Rows of `dyad_months` one statement writes at a bulk load's end (millions
/// of rows): in the order of the key, many rows per statement append
/// through the table's last cell instead of each looking its key up from
/// the root (see [`RowInserts`]). A plain batch's few changes, spread over
/// a table already full, are written a row per statement as before.
const MONTH_ROWS_PER_STATEMENT: usize = 64;

impl SortedMonthRows {
    /// Writes the rows, `rows_per_statement` at most per statement.
    fn write(self, tx: &Transaction, rows_per_statement: usize) -> Result<(), StoreError> {
        let keys = self.keys;
        let mut upsert = RowInserts::new(
            tx,
            "INSERT INTO dyad_months (source_key, target_key, month, quad_class, symmetric, events, mentions, goldstein_sum) VALUES ",
            "(?, ?, ?, ?, ?, ?, ?, ?)",
            " ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions,
                goldstein_sum = goldstein_sum + excluded.goldstein_sum",
            rows_per_statement,
        );
        // Each month's text, made once: the rows borrow them.
        let mut month_texts: FastMap<i32, String> = FastMap::default();
        for ((_, _, month, _, _), _) in &self.rows {
            month_texts.entry(*month).or_insert_with(|| format!("{:04}-{:02}", month / 100, month % 100));
        }
        for ((skey, tkey, month, quad, symmetric), (events, mentions, goldstein)) in &self.rows {
            upsert.push(&[
                Param::Text(&keys[*skey as usize]),
                Param::Text(&keys[*tkey as usize]),
                Param::Text(&month_texts[month]),
                Param::Int(*quad as i64),
                Param::Int(*symmetric as i64),
                Param::Int(*events),
                Param::Int(*mentions),
                Param::Real(*goldstein),
            ])?;
            if upsert.is_full() {
                upsert.flush()?;
            }
        }
        upsert.flush()?;
        Ok(())
    }
}

impl EventState {
    /// The event as the folding index lists it.
    fn listing(&self) -> Listing<'_> {
        Listing {
            interval: self.day_lo.zip(self.day_hi),
            place: self.location_name.as_ref().map(|_| Place {
                place_id: self.place_id.as_deref().unwrap_or(""),
                country: self.location_country.as_deref().unwrap_or(""),
                lat: self.lat.unwrap_or_default(),
                lon: self.lon.unwrap_or_default(),
            }),
            symmetric: self.symmetric,
            precision: precision_rank(self.event_date.as_deref(), self.date_precision.as_deref()),
        }
    }
}

fn event_state(r: &rusqlite::Row) -> rusqlite::Result<EventState> {
    Ok(EventState {
        id: r.get(0)?,
        symmetric: r.get(1)?,
        historical: r.get(2)?,
        cameo: r.get(3)?,
        cameo_label: r.get(4)?,
        goldstein: r.get(5)?,
        plover_event: r.get(6)?,
        plover_mode: r.get(7)?,
        event_date: r.get(8)?,
        date_precision: r.get(9)?,
        day_lo: r.get(10)?,
        day_hi: r.get(11)?,
        location_name: r.get(12)?,
        location_country: r.get(13)?,
        lat: r.get(14)?,
        lon: r.get(15)?,
        place_id: r.get(16)?,
        factuality: r.get(17)?,
        confidence: r.get(18)?,
        first_seen: r.get(19)?,
        last_seen: r.get(20)?,
        quad_class: r.get(21)?,
        num_mentions: r.get(22)?,
    })
}

/// How precise a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is (0 when unknown).
fn precision_rank(date: Option<&str>, stated: Option<&str>) -> u8 {
    match stated.and_then(parse_precision) {
        Some(DatePrecision::Day) => 3,
        Some(DatePrecision::Month) => 2,
        Some(DatePrecision::Year) => 1,
        None => match date.map(|d| d.trim().len()) {
            Some(4) => 1,
            Some(7) => 2,
            Some(n) if n >= 10 => 3,
            _ => 0,
        },
    }
}

fn min_opt(a: Option<String>, b: Option<&str>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b < a.as_str() { b.to_string() } else { a }),
        (a, b) => a.or(b.map(str::to_string)),
    }
}

fn max_opt(a: Option<String>, b: Option<&str>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b > a.as_str() { b.to_string() } else { a }),
        (a, b) => a.or(b.map(str::to_string)),
    }
}

const CANDIDATES_DATED: &str = "SELECT {cols} FROM events WHERE source_key = ?1 AND target_key = ?2 AND cameo_root = ?3
    AND day_lo <= ?4 AND day_lo >= ?5 AND day_hi >= ?6 ORDER BY id";
const CANDIDATES_UNDATED: &str =
    "SELECT {cols} FROM events WHERE source_key = ?1 AND target_key = ?2 AND cameo_root = ?3 AND day_lo IS NULL ORDER BY id";

/// [`fold_in_place`]: the rules of [`fold_into_event`] in SQL (every
/// right-hand side reads the row as it was). The folding index tells
/// whether the mention's date replaces the event's (`?7`: more precise) and
/// whether its code does (`?20`: longer). An unknown factuality ranks
/// below all (NULL) and stays.
const FOLD_IN_PLACE: &str = "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2,
        num_sources = num_sources + ?3,
        factuality = CASE WHEN ?4 > CASE factuality WHEN 'asserted' THEN 4 WHEN 'negated' THEN 3 WHEN 'planned' THEN 2
            WHEN 'hypothetical' THEN 1 END THEN ?5 ELSE factuality END,
        confidence = CASE WHEN ?6 IS NOT NULL AND (confidence IS NULL OR ?6 > confidence) THEN ?6 ELSE confidence END,
        event_date = CASE WHEN ?7 THEN ?8 ELSE event_date END,
        date_precision = CASE WHEN ?7 THEN ?9 ELSE date_precision END,
        day_lo = CASE WHEN ?7 THEN ?10 ELSE day_lo END,
        day_hi = CASE WHEN ?7 THEN ?11 ELSE day_hi END,
        location_name = CASE WHEN location_name IS NULL AND ?12 IS NOT NULL THEN ?12 ELSE location_name END,
        location_country = CASE WHEN location_name IS NULL AND ?12 IS NOT NULL THEN ?13 ELSE location_country END,
        lat = CASE WHEN location_name IS NULL AND ?12 IS NOT NULL THEN ?14 ELSE lat END,
        lon = CASE WHEN location_name IS NULL AND ?12 IS NOT NULL THEN ?15 ELSE lon END,
        place_id = CASE WHEN location_name IS NULL AND ?12 IS NOT NULL THEN ?16 ELSE place_id END,
        historical = historical AND ?17,
        symmetric = symmetric OR ?18,
        first_seen = CASE WHEN ?19 IS NOT NULL AND (first_seen IS NULL OR ?19 < first_seen) THEN ?19 ELSE first_seen END,
        last_seen = CASE WHEN ?19 IS NOT NULL AND (last_seen IS NULL OR ?19 > last_seen) THEN ?19 ELSE last_seen END,
        cameo = CASE WHEN ?20 THEN ?21 ELSE cameo END,
        cameo_label = CASE WHEN ?20 THEN ?22 ELSE cameo_label END,
        goldstein = CASE WHEN ?20 THEN ?23 ELSE goldstein END,
        plover_event = CASE WHEN ?20 THEN ?24 ELSE plover_event END,
        plover_mode = CASE WHEN ?20 THEN ?25 ELSE plover_mode END
    WHERE id = ?1";

/// The statements a batch runs per article, mention or event, prepared once
/// per batch: finding each in the statement cache by its text, row after
/// row, was a visible part of a bulk load.
struct BatchStatements<'t> {
    event_by_id: CachedStatement<'t>,
    candidates_dated: CachedStatement<'t>,
    candidates_undated: CachedStatement<'t>,
    insert_event: DirectStatement<'t>,
    update_event: DirectStatement<'t>,
    fold_in_place: DirectStatement<'t>,
    event_has_article: CachedStatement<'t>,
    event_has_source: CachedStatement<'t>,
    insert_actor: DirectStatement<'t>,
}

impl<'t> BatchStatements<'t> {
    fn prepare(tx: &'t Transaction) -> Result<BatchStatements<'t>, StoreError> {
        Ok(BatchStatements {
            event_by_id: tx.prepare_cached(&format!("SELECT {EVENT_STATE_COLUMNS} FROM events WHERE id = ?1"))?,
            candidates_dated: tx.prepare_cached(&CANDIDATES_DATED.replace("{cols}", EVENT_STATE_COLUMNS))?,
            candidates_undated: tx.prepare_cached(&CANDIDATES_UNDATED.replace("{cols}", EVENT_STATE_COLUMNS))?,
            insert_event: DirectStatement::prepare(tx, &format!("{INSERT_EVENT_HEAD}{NEW_EVENT_VALUES}"))?,
            update_event: DirectStatement::prepare(
                tx,
                "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2, num_sources = num_sources + ?3,
                    factuality = ?4, confidence = ?5, event_date = ?6, date_precision = ?7, day_lo = ?8, day_hi = ?9,
                    location_name = ?10, location_country = ?11, lat = ?12, lon = ?13, place_id = ?14, cameo = ?15, cameo_label = ?16,
                    goldstein = ?17, plover_event = ?18, plover_mode = ?19, historical = ?20, symmetric = ?21, first_seen = ?22,
                    last_seen = ?23
                 WHERE id = ?1",
            )?,
            fold_in_place: DirectStatement::prepare(tx, FOLD_IN_PLACE)?,
            event_has_article: tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND article_id = ?2)")?,
            event_has_source: tx.prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
                 WHERE m.event_id = ?1 AND a.source_name = ?2)",
            )?,
            insert_actor: DirectStatement::prepare(tx, "INSERT OR IGNORE INTO actors (code, country, first_text, person) VALUES (?1, ?2, ?3, ?4)")?,
        })
    }
}

/// The keys, dates and place of a mention, as folding compares them.
struct MentionKeys<'m> {
    skey: &'m str,
    tkey: &'m str,
    interval: Option<(i64, i64)>,
    place: Option<Place<'m>>,
}

impl<'m> MentionKeys<'m> {
    fn of(m: &'m Mention) -> MentionKeys<'m> {
        MentionKeys {
            skey: m.source.as_deref().map_or("", dedup::actor_key_of),
            tkey: m.target.as_deref().map_or("", dedup::actor_key_of),
            interval: m.date.as_deref().and_then(dates::interval),
            place: m.location.as_ref().map(|l| Place { place_id: &l.place_id, country: &l.country, lat: l.lat, lon: l.lon }),
        }
    }

    /// How well an event listed so fits the mention, lower is better; the
    /// id ends the score, so that ties go to the oldest event. `None`: the
    /// places are incompatible.
    fn score(&self, id: i64, listing: Listing) -> Option<(u8, i64, i64)> {
        let place_score = place_compatibility(self.place, listing.place)?;
        let distance = match (self.interval.map(|(lo, hi)| lo + hi), listing.interval) {
            (Some(m), Some((lo, hi))) => (m - lo - hi).abs(),
            _ => 0,
        };
        Some((place_score, distance, id))
    }
}

/// Folds one mention into the event it reports, creating the event when no
/// stored one matches (the rule is in ARCHITECTURE.md, "Events"), finding
/// candidates with SQL. Returns the event id and whether it is new.
fn fold_mention(
    st: &mut BatchStatements,
    article: &FoldArticle,
    m: &Mention,
    confidence: Option<f64>,
    months: Option<&mut MonthDeltas>,
) -> Result<(i64, bool), StoreError> {
    let keys = MentionKeys::of(m);
    let (skey, tkey) = (keys.skey, keys.tkey);
    // The best candidate and whether it is keyed the other way round.
    let mut best: Option<((u8, i64, i64), EventState, bool)> = None;
    for reversed in [false, true] {
        if reversed && skey == tkey {
            continue;
        }
        let (a, b) = if reversed { (tkey, skey) } else { (skey, tkey) };
        let rows: Vec<EventState> = match keys.interval {
            Some((lo, hi)) => {
                let slack = dedup::DATE_SLACK_DAYS;
                // An event spans at most a year (366 days): this bounds the index range.
                let rows = st
                    .candidates_dated
                    .query_map(params![a, b, m.cameo_root, hi + slack, lo - slack - 366, lo - slack], event_state)?;
                rows.collect::<Result<_, _>>()?
            }
            None => {
                let rows = st.candidates_undated.query_map(params![a, b, m.cameo_root], event_state)?;
                rows.collect::<Result<_, _>>()?
            }
        };
        for ev in rows {
            if reversed && !(m.symmetric || ev.symmetric) {
                continue;
            }
            let Some(score) = keys.score(ev.id, ev.listing()) else { continue };
            if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
                best = Some((score, ev, reversed));
            }
        }
    }
    let Some((_, ev, found_reversed)) = best else {
        let id = insert_event(st, None, m, &keys, confidence, article.published, months)?;
        return Ok((id, true));
    };
    let new_article: bool = match article.events_so_far {
        Some(events) => !events.contains(&ev.id),
        None => !st.event_has_article.query_row(params![ev.id, article.row_id], |r| r.get::<_, bool>(0))?,
    };
    let new_source: bool =
        new_article && !st.event_has_source.query_row(params![ev.id, article.source_name], |r| r.get::<_, bool>(0))?;
    let id = ev.id;
    fold_into_event(st, ev, found_reversed, m, &keys, new_article, new_source, confidence, article.published, months)?;
    Ok((id, false))
}

/// The columns of a new event, up to its values (see [`NEW_EVENT_VALUES`]).
const INSERT_EVENT_HEAD: &str = "INSERT INTO events (source, target, source_key, target_key, cameo, cameo_label, cameo_root,
    quad_class, goldstein, plover_event, plover_mode, symmetric, historical, event_date, date_precision, day_lo, day_hi,
    location_name, location_country, lat, lon, place_id, factuality, confidence, num_mentions, num_sources, num_articles,
    first_seen, last_seen) VALUES ";
/// One new event's values: [`new_event_values`] gives its parameters.
const NEW_EVENT_VALUES: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?)";

/// A new event made of one mention, as [`NEW_EVENT_VALUES`] takes it (its
/// id is the next rowid: SQLite's, in the order events are created).
fn new_event_values<'v>(m: &'v Mention, keys: &MentionKeys<'v>, confidence: Option<f64>, published: Option<&'v str>) -> [Param<'v>; 26] {
    let loc = m.location.as_ref();
    let interval = keys.interval;
    [
        Param::of(&m.source),
        Param::of(&m.target),
        Param::Text(keys.skey),
        Param::Text(keys.tkey),
        Param::of(&m.cameo),
        Param::of(&m.cameo_label),
        Param::of(&m.cameo_root),
        Param::Int(m.quad_class as i64),
        Param::Real(m.goldstein),
        Param::of(&m.plover_event),
        Param::of(&m.plover_mode),
        Param::Int(m.symmetric as i64),
        Param::Int(m.historical as i64),
        Param::of(&m.date),
        Param::text(m.date_precision.map(|p| p.as_str())),
        Param::int(interval.map(|i| i.0)),
        Param::int(interval.map(|i| i.1)),
        Param::text(loc.map(|l| l.name.as_str())),
        Param::text(loc.map(|l| l.country.as_str())),
        Param::real(loc.map(|l| l.lat)),
        Param::real(loc.map(|l| l.lon)),
        Param::text(loc.map(|l| l.place_id.as_str())),
        Param::Text(m.factuality.as_str()),
        Param::real(confidence),
        Param::text(published),
        Param::text(published),
    ]
}

/// Counts a new event of one mention in the monthly figures.
fn count_new_event(months: Option<&mut MonthDeltas>, m: &Mention, keys: &MentionKeys) {
    if let Some(months) = months {
        months.add((keys.skey, keys.tkey), keys.interval.map(|i| i.0), m.quad_class, m.symmetric, 1, m.goldstein, 1);
    }
}

/// Stores a new event made of one mention (with the id folding gave it,
/// when it was chosen in memory) and counts it in the monthly figures.
fn insert_event(
    st: &mut BatchStatements,
    id: Option<i64>,
    m: &Mention,
    keys: &MentionKeys,
    confidence: Option<f64>,
    published: Option<&str>,
    months: Option<&mut MonthDeltas>,
) -> Result<i64, StoreError> {
    let stored = st.insert_event.insert(&new_event_values(m, keys, confidence, published))?;
    if id.is_some_and(|id| id != stored) {
        return Err(StoreError::Corrupt(format!("event {} stored as {stored}: the folding index is out of step", id.unwrap_or(0))));
    }
    count_new_event(months, m, keys);
    Ok(stored)
}

/// Folds a mention into the stored event `ev` (keyed the other way round
/// when `found_reversed`): its factuality, confidence, date, place, code
/// and counts, and the monthly figures. Returns the event as it now is.
#[allow(clippy::too_many_arguments)]
fn fold_into_event(
    st: &mut BatchStatements,
    mut ev: EventState,
    found_reversed: bool,
    m: &Mention,
    keys: &MentionKeys,
    new_article: bool,
    new_source: bool,
    confidence: Option<f64>,
    published: Option<&str>,
    mut months: Option<&mut MonthDeltas>,
) -> Result<EventState, StoreError> {
    let event_keys = if found_reversed { (keys.tkey, keys.skey) } else { (keys.skey, keys.tkey) };
    if let Some(months) = months.as_deref_mut() {
        months.add(event_keys, ev.day_lo, ev.quad_class, ev.symmetric, ev.num_mentions, ev.goldstein, -1);
    }
    let theirs = parse_factuality(&ev.factuality).ok_or_else(|| StoreError::Corrupt(format!("factuality {:?}", ev.factuality)))?;
    if factuality_rank(m.factuality) > factuality_rank(theirs) {
        ev.factuality = m.factuality.as_str().to_string();
    }
    ev.confidence = match (ev.confidence, confidence) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    if precision_rank(m.date.as_deref(), m.date_precision.map(|p| p.as_str()))
        > precision_rank(ev.event_date.as_deref(), ev.date_precision.as_deref())
    {
        ev.event_date = m.date.clone();
        ev.date_precision = m.date_precision.map(|p| p.as_str().to_string());
        ev.day_lo = keys.interval.map(|i| i.0);
        ev.day_hi = keys.interval.map(|i| i.1);
    }
    if let (None, Some(l)) = (&ev.location_name, &m.location) {
        ev.location_name = Some(l.name.clone());
        ev.location_country = Some(l.country.clone());
        ev.lat = Some(l.lat);
        ev.lon = Some(l.lon);
        ev.place_id = Some(l.place_id.clone());
    }
    if m.cameo.len() > ev.cameo.len() {
        ev.cameo = m.cameo.clone();
        ev.cameo_label = m.cameo_label.clone();
        ev.goldstein = m.goldstein;
        ev.plover_event = m.plover_event.clone();
        ev.plover_mode = m.plover_mode.clone();
    }
    ev.historical &= m.historical;
    ev.symmetric |= m.symmetric;
    ev.first_seen = min_opt(ev.first_seen.take(), published);
    ev.last_seen = max_opt(ev.last_seen.take(), published);
    st.update_event.execute(&direct_params![
        ev.id,
        new_article as i64,
        new_source as i64,
        ev.factuality,
        ev.confidence,
        ev.event_date,
        ev.date_precision,
        ev.day_lo,
        ev.day_hi,
        ev.location_name,
        ev.location_country,
        ev.lat,
        ev.lon,
        ev.place_id,
        ev.cameo,
        ev.cameo_label,
        ev.goldstein,
        ev.plover_event,
        ev.plover_mode,
        ev.historical,
        ev.symmetric,
        ev.first_seen,
        ev.last_seen,
    ])?;
    ev.num_mentions += 1;
    if let Some(months) = months {
        months.add(event_keys, ev.day_lo, ev.quad_class, ev.symmetric, ev.num_mentions, ev.goldstein, 1);
    }
    Ok(ev)
}

/// Where folding a mention in memory (see [`prepare_article`]) sends it.
enum FoldChoice {
    /// A new event, with the id it gets (events are numbered in the order
    /// they are created, as SQLite would number them).
    New(i64),
    /// A stored event (keyed the other way round when `reversed`); whether
    /// the mention's article and source are new to it; its listing before
    /// and once the mention is folded in, which its row must match; its
    /// figures before and after, when the index knows them.
    Existing {
        before: Listed,
        listed: Listed,
        figures: Option<(EventFigures, EventFigures)>,
        reversed: bool,
        new_article: bool,
        new_source: bool,
    },
}

/// What storing a mention needs that memory alone decides: its keys, its
/// event, and which of its actor codes (source, target) are not stored yet.
struct PreparedMention<'m> {
    keys: MentionKeys<'m>,
    fold: FoldChoice,
    new_actors: [bool; 2],
}

/// An article made ready for the writer: what it alone gives, and, when
/// folding is done in memory, whether it is stored already and where each
/// of its mentions goes. Done ahead of the writer, on a helper thread for
/// large batches: the writer then only binds and steps statements.
struct PreparedArticle<'m> {
    derived: ArticleDerived,
    /// `None`: the writer asks SQL (no folding index).
    seen: Option<ArticleSeen>,
    mentions: Vec<PreparedMention<'m>>,
}

/// Prepares an article; with the folding index, folds its mentions in it,
/// giving new events ids from `next_event`. The index then lists what the
/// store will hold once the batch is written (a failed batch drops it).
fn prepare_article<'m>(rec: &ArticleRecord<'m>, index: Option<&mut FoldIndex>, next_event: &mut i64) -> PreparedArticle<'m> {
    let derived = ArticleDerived::of(rec);
    let Some(index) = index else { return PreparedArticle { derived, seen: None, mentions: Vec::new() } };
    let seen = index.article_seen(&derived.digests);
    if seen != ArticleSeen::New {
        return PreparedArticle { derived, seen: Some(seen), mentions: Vec::new() };
    }
    index.note_article(&derived.digests);
    let source = derived.source_name.as_str();
    let mut article_events = Vec::with_capacity(rec.mentions.len());
    let mut mentions = Vec::with_capacity(rec.mentions.len());
    for m in rec.mentions {
        let keys = MentionKeys::of(m);
        let precision = precision_rank(m.date.as_deref(), m.date_precision.map(|p| p.as_str()));
        let mut best: Option<((u8, i64, i64), Listed, bool)> = None;
        for reversed in [false, true] {
            if reversed && keys.skey == keys.tkey {
                continue;
            }
            let (a, b) = if reversed { (keys.tkey, keys.skey) } else { (keys.skey, keys.tkey) };
            // The other way round, only a symmetric event can match.
            index.for_each_candidate((a, b, &m.cameo_root), keys.interval, reversed && !m.symmetric, |c| {
                let Some(score) = keys.score(c.id, c.listing) else { return };
                if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
                    best = Some((score, c.listed, reversed));
                }
            });
        }
        let fold = match best {
            None => {
                let id = *next_event;
                *next_event += 1;
                let listing = Listing { interval: keys.interval, place: keys.place, symmetric: m.symmetric, precision };
                index.add(id, (keys.skey, keys.tkey, &m.cameo_root), listing);
                index.set_figures(id, EventFigures::of(m.goldstein, 1, m.cameo.len(), m.quad_class));
                index.note_source(id, source);
                FoldChoice::New(id)
            }
            Some((_, old, reversed)) => {
                let event_keys = if reversed { (keys.tkey, keys.skey) } else { (keys.skey, keys.tkey) };
                let id = old.id();
                let listed = index.fold_into(old, (event_keys.0, event_keys.1, &m.cameo_root), keys.interval, precision, keys.place, m.symmetric);
                let new_article = !article_events.contains(&id);
                let new_source = new_article && !index.has_source(id, source);
                if new_source {
                    index.note_source(id, source);
                }
                let figures = index.figures(id).map(|before| (before, before.folded(m.cameo.len(), m.goldstein)));
                index.set_figures(id, figures.map(|(_, after)| after).unwrap_or_default());
                FoldChoice::Existing { before: old, listed, figures, reversed, new_article, new_source }
            }
        };
        article_events.push(match &fold {
            FoldChoice::New(id) => *id,
            FoldChoice::Existing { listed, .. } => listed.id(),
        });
        let mut new_actors = [false; 2];
        for (new, code) in new_actors.iter_mut().zip([&m.source, &m.target]) {
            // An actor already stored keeps its first words: no need to ask SQLite.
            *new = code.as_deref().is_some_and(|code| index.actor_is_new(code));
        }
        mentions.push(PreparedMention { keys, fold, new_actors });
    }
    PreparedArticle { derived, seen: Some(seen), mentions }
}

/// Stores a mention's event as folding in memory chose it. The event's row
/// must come out as the index now lists it; if not, the index is out of
/// step with the store and the batch fails (dropping the index).
fn apply_fold(
    st: &mut BatchStatements,
    prepared: &PreparedMention,
    m: &Mention,
    confidence: Option<f64>,
    published: Option<&str>,
    months: Option<&mut MonthDeltas>,
) -> Result<(i64, bool), StoreError> {
    let keys = &prepared.keys;
    match prepared.fold {
        FoldChoice::New(id) => {
            let stored = insert_event(st, Some(id), m, keys, confidence, published, months)?;
            Ok((stored, true))
        }
        FoldChoice::Existing { before, listed, figures: Some(figures), reversed, new_article, new_source } => {
            fold_in_place(st, before, listed, figures, reversed, m, keys, new_article, new_source, confidence, published, months)?;
            Ok((listed.id(), false))
        }
        FoldChoice::Existing { listed, reversed, new_article, new_source, figures: None, .. } => {
            let ev = st.event_by_id.query_row([listed.id()], event_state)?;
            let ev = fold_into_event(st, ev, reversed, m, keys, new_article, new_source, confidence, published, months)?;
            if (ev.day_lo.zip(ev.day_hi), ev.location_name.is_some(), ev.symmetric) != listed.summary() {
                return Err(StoreError::Corrupt(format!("the folding index is out of step with event {}", ev.id)));
            }
            Ok((ev.id, false))
        }
    }
}

/// [`fold_into_event`] without reading the event first: the folding index
/// knows what the monthly figures and the rules need of it (dates, symmetry,
/// whether it has a place, the length of its code, goldstein value, quad
/// class and mentions), so one statement folds the mention in. On 1 M
/// events, reading each event first was a twentieth of the writer's time.
#[allow(clippy::too_many_arguments)]
fn fold_in_place(
    st: &mut BatchStatements,
    before: Listed,
    listed: Listed,
    (figures_before, figures_after): (EventFigures, EventFigures),
    found_reversed: bool,
    m: &Mention,
    keys: &MentionKeys,
    new_article: bool,
    new_source: bool,
    confidence: Option<f64>,
    published: Option<&str>,
    months: Option<&mut MonthDeltas>,
) -> Result<(), StoreError> {
    let precision = precision_rank(m.date.as_deref(), m.date_precision.map(|p| p.as_str()));
    let loc = m.location.as_ref();
    let interval = keys.interval;
    st.fold_in_place.execute(&direct_params![
        listed.id(),
        new_article,
        new_source,
        factuality_rank(m.factuality) as i64,
        m.factuality.as_str(),
        confidence,
        precision > before.precision(),
        m.date,
        m.date_precision.map(|p| p.as_str()),
        interval.map(|i| i.0),
        interval.map(|i| i.1),
        loc.map(|l| l.name.as_str()),
        loc.map(|l| l.country.as_str()),
        loc.map(|l| l.lat),
        loc.map(|l| l.lon),
        loc.map(|l| l.place_id.as_str()),
        m.historical,
        m.symmetric,
        published,
        figures_before.replaced_by(m.cameo.len()),
        m.cameo,
        m.cameo_label,
        m.goldstein,
        m.plover_event,
        m.plover_mode,
    ])?;
    if st.fold_in_place.changes() != 1 {
        return Err(StoreError::Corrupt(format!("the folding index lists event {}, which the store lacks", listed.id())));
    }
    if let Some(months) = months {
        let event_keys = if found_reversed { (keys.tkey, keys.skey) } else { (keys.skey, keys.tkey) };
        let ((was, _, was_symmetric), (now, _, symmetric)) = (before.summary(), listed.summary());
        let (b, a) = (figures_before, figures_after);
        months.add(event_keys, was.map(|i| i.0), b.quad, was_symmetric, b.mentions as i64, b.goldstein, -1);
        months.add(event_keys, now.map(|i| i.0), a.quad, symmetric, a.mentions as i64, a.goldstein, 1);
    }
    Ok(())
}

/// Records the actors a mention names (first words that named them kept);
/// `known` says which are stored already, when the folding index knows.
fn note_actors(st: &mut BatchStatements, m: &Mention, new_actors: Option<[bool; 2]>) -> Result<(), StoreError> {
    let named = [(&m.source, &m.source_text, &m.source_person), (&m.target, &m.target_text, &m.target_person)];
    for (i, (code, text, person)) in named.into_iter().enumerate() {
        if let Some(code) = code {
            if new_actors.is_none_or(|new| new[i]) {
                st.insert_actor.execute(&direct_params![code.as_str(), dedup::actor_key_of(code), text, person])?;
            }
        }
    }
    Ok(())
}

/// The columns of a mention, up to its values (see [`MENTION_VALUES`]).
const INSERT_MENTION_HEAD: &str = "INSERT INTO mentions (article_id, sentence_idx, event_id, sentence_text, source, source_text,
    target, target_text, source_person, target_person, cameo, cameo_label, cameo_root, quad_class, goldstein, plover_event,
    plover_mode, factuality, event_date, date_precision, date_source, historical, is_first, symmetric, location_name,
    location_country, lat, lon, place_id, rule, language, sentence_start, sentence_end, source_start, source_end, target_start,
    target_end, verb_start, verb_end, confidence, source_country, source_org, target_country, target_org) VALUES ";
/// One mention's values: [`mention_values`] gives its parameters.
const MENTION_VALUES: &str =
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// A mention's row, as [`MENTION_VALUES`] takes it (its id is the next
/// rowid): its own evidence text only when it is not its article's text at
/// its sentence's offsets.
fn mention_values<'v>(article_row: i64, event_id: i64, sentence_text: Option<&'v str>, m: &'v Mention) -> [Param<'v>; 44] {
    let loc = m.location.as_ref();
    let span = |s: Option<Span>, end: bool| Param::int(s.map(|s| (if end { s.1 } else { s.0 }) as i64));
    [
        Param::Int(article_row),
        Param::Int(m.sentence_index as i64),
        Param::Int(event_id),
        Param::text(sentence_text),
        Param::of(&m.source),
        Param::of(&m.source_text),
        Param::of(&m.target),
        Param::of(&m.target_text),
        Param::of(&m.source_person),
        Param::of(&m.target_person),
        Param::of(&m.cameo),
        Param::of(&m.cameo_label),
        Param::of(&m.cameo_root),
        Param::Int(m.quad_class as i64),
        Param::Real(m.goldstein),
        Param::of(&m.plover_event),
        Param::of(&m.plover_mode),
        Param::Text(m.factuality.as_str()),
        Param::of(&m.date),
        Param::text(m.date_precision.map(|p| p.as_str())),
        Param::text(m.date_source.map(date_source_str)),
        Param::Int(m.historical as i64),
        Param::Int(m.first as i64),
        Param::Int(m.symmetric as i64),
        Param::text(loc.map(|l| l.name.as_str())),
        Param::text(loc.map(|l| l.country.as_str())),
        Param::real(loc.map(|l| l.lat)),
        Param::real(loc.map(|l| l.lon)),
        Param::text(loc.map(|l| l.place_id.as_str())),
        Param::of(&m.rule),
        Param::of(&m.language),
        span(Some(m.spans.sentence), false),
        span(Some(m.spans.sentence), true),
        span(m.spans.source, false),
        span(m.spans.source, true),
        span(m.spans.target, false),
        span(m.spans.target, true),
        span(Some(m.spans.verb), false),
        span(Some(m.spans.verb), true),
        Param::real(m.confidence),
        Param::of(&m.source_country),
        Param::of(&m.source_org),
        Param::of(&m.target_country),
        Param::of(&m.target_org),
    ]
}

/// The most new events, or mentions, one statement of a large batch inserts.
const ROWS_PER_STATEMENT: usize = 32;

/// A batch's new events and mentions, gathered and inserted several per
/// statement (see [`RowInserts`]). Their rows are given no id: appended,
/// each gets the next rowid, which is the id folding gave the event, or
/// the one the writer counted for the mention (checked after each
/// statement: a difference fails the batch). An id chosen by SQLite
/// appends through the table's last cell, where one given must first be
/// looked up from the root. The statements are `INSERT OR FAIL`: a row
/// refused stops the statement without undoing its earlier rows, which
/// spares SQLite a statement journal (each page a statement of many rows
/// changes, copied first, spilling to a temporary file); the batch fails
/// and its transaction is rolled back whole all the same.
struct PendingRows<'c, 'v> {
    events: RowInserts<'c, 'v>,
    mentions: RowInserts<'c, 'v>,
    /// The first and last events gathered and not stored yet (`i64::MAX`
    /// as the first: none).
    first_event: i64,
    last_event: i64,
    last_mention: i64,
}

impl<'c, 'v> PendingRows<'c, 'v> {
    fn new(conn: &'c Connection, rows_per_statement: usize) -> PendingRows<'c, 'v> {
        let or_fail = |head: &str| head.replacen("INSERT INTO", "INSERT OR FAIL INTO", 1);
        PendingRows {
            events: RowInserts::new(conn, &or_fail(INSERT_EVENT_HEAD), NEW_EVENT_VALUES, "", rows_per_statement),
            mentions: RowInserts::new(conn, &or_fail(INSERT_MENTION_HEAD), MENTION_VALUES, "", rows_per_statement),
            first_event: i64::MAX,
            last_event: 0,
            last_mention: 0,
        }
    }

    /// A new event with the id `id`, which must follow the last one's.
    fn add_event(&mut self, id: i64, m: &'v Mention, keys: &MentionKeys<'v>, confidence: Option<f64>, published: Option<&'v str>) -> Result<(), StoreError> {
        self.events.push(&new_event_values(m, keys, confidence, published))?;
        self.first_event = self.first_event.min(id);
        self.last_event = id;
        if self.events.is_full() {
            self.store_events()?;
        }
        Ok(())
    }

    /// A mention with the id `id`, which must follow the last one's.
    fn add_mention(&mut self, id: i64, article_row: i64, event_id: i64, sentence_text: Option<&'v str>, m: &'v Mention) -> Result<(), StoreError> {
        self.mentions.push(&mention_values(article_row, event_id, sentence_text, m))?;
        self.last_mention = id;
        if self.mentions.is_full() {
            self.store()?;
        }
        Ok(())
    }

    /// Stores the event `id` if it is gathered (before it is read or updated).
    fn store_event(&mut self, id: i64) -> Result<(), StoreError> {
        if id >= self.first_event {
            self.store_events()?;
        }
        Ok(())
    }

    fn store_events(&mut self) -> Result<(), StoreError> {
        if self.first_event == i64::MAX {
            return Ok(());
        }
        self.first_event = i64::MAX;
        let last = self.events.flush()?;
        if last != self.last_event {
            return Err(StoreError::Corrupt(format!("event {} stored as {last}: the folding index is out of step", self.last_event)));
        }
        Ok(())
    }

    /// Stores everything gathered: events first (mentions refer to them).
    fn store(&mut self) -> Result<(), StoreError> {
        self.store_events()?;
        if self.mentions.pending_rows() > 0 {
            let last = self.mentions.flush()?;
            if last != self.last_mention {
                return Err(StoreError::Corrupt(format!("mention {} stored as {last}", self.last_mention)));
            }
        }
        Ok(())
    }
}

/// The page cache while indexes deferred by a bulk load are built (see
/// [`Store::finish_bulk_load`]).
const SORT_RUN_KIB: i64 = 2_048;
/// Sorter threads besides the connection's own while those indexes are built.
const SORT_HELPER_THREADS: i64 = 3;

/// The page cache: 256 MiB, or 2 GiB while bulk loading.
const CACHE_KIB: i64 = 262_144;
const BULK_CACHE_KIB: i64 = 2_097_152;

impl Store {
    /// Opens (creating it and its folder if needed) the store at `path`,
    /// in WAL mode so readers never see half a batch, and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder { path: dir.display().to_string(), source })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.display().to_string(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // A new store's pages are 8 KiB (an existing one keeps its own):
        // half the pages, B-tree splits and WAL frames of 4 KiB per row
        // written; on 1 M events, 6% less of the writer's CPU than 4 KiB
        // pages, 3% less than 16 KiB, queries as fast.
        conn.pragma_update(None, "page_size", 8192)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // 256 MiB of page cache and memory-mapped reads: index pages of a
        // large store stay in memory instead of being read page by page.
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        conn.pragma_update(None, "mmap_size", 8i64 << 30)?;
        let mut store = Store::init(conn)?;
        store.path = Some(path.to_path_buf());
        // The full-text index: caught up with the store, then attached
        // read-only (a write transaction of the store must not lock it:
        // its own connection writes it beside the writer).
        let mut index = EvidenceIndex::open(path)?;
        index.catch_up()?;
        let side = evidence_index::side_path(path);
        store
            .conn
            .execute("ATTACH DATABASE ?1 AS fts", [evidence_index::read_only_uri(&side)])
            .map_err(|source| StoreError::Open { path: side.display().to_string(), source })?;
        store.evidence = Evidence::Side { index: Some(index), indexer: None };
        Ok(store)
    }

    pub fn open_in_memory() -> Result<Store, StoreError> {
        let store = Store::init(Connection::open_in_memory()?)?;
        store.conn.execute("ATTACH DATABASE ':memory:' AS fts", [])?;
        store.conn.execute_batch(&evidence_index::EVIDENCE_SCHEMA.replace("{db}", "fts"))?;
        Ok(store)
    }

    /// The last mention whose evidence is in the full-text index (text
    /// search may lag the store's newest batch; see [`evidence_index`]).
    pub fn evidence_indexed_up_to(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("SELECT last_mention FROM fts.evidence_indexed WHERE id = 1", [], |r| r.get(0))?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        // A batch uses about twenty statements: keep them all prepared.
        conn.set_prepared_statement_cache_capacity(64);
        // Plans do not depend on bound values: without this, SQLite (built
        // with STAT4) re-prepares a statement each time a value bound in a
        // range on an indexed column changes — most of the insert time.
        conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let mut store =
            Store {
            conn,
            fold_lookup: FoldLookup::Auto,
            fold_index: None,
            bulk: false,
            bulk_months: None,
            article_hashes: Default::default(),
            path: None,
            checkpointer: None,
            wal_bound: WAL_BOUND_BYTES,
            wal_catch_up_at: WAL_BOUND_BYTES as u64,
            evidence: Evidence::Inline,
        };
        store.migrate()?;
        store.complete_old_rows()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = schema::MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew { found: version, known });
        }
        for (i, step) in schema::MIGRATIONS.iter().enumerate().skip(version as usize) {
            let without_foreign_keys = schema::MIGRATIONS_WITHOUT_FOREIGN_KEYS.contains(&(i + 1));
            if without_foreign_keys {
                self.conn.pragma_update(None, "foreign_keys", "OFF")?;
            }
            let done = Store::migration_step(&mut self.conn, i, step);
            if without_foreign_keys {
                self.conn.pragma_update(None, "foreign_keys", "ON")?;
            }
            done?;
        }
        Ok(())
    }

    /// Runs migration `i` (0-based) in its own transaction, unless another
    /// process ran it while this one waited for the lock.
    fn migration_step(conn: &mut Connection, i: usize, step: &str) -> Result<(), StoreError> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if now <= i as i64 {
            tx.execute_batch(step)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Rows written by an older schema lack what Rust computes: the
    /// duplicate keys of their articles and the events of their mentions.
    /// Fills them in, in one transaction (nothing to do on a current store).
    fn complete_old_rows(&mut self) -> Result<(), StoreError> {
        let pending: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE norm_hash IS NULL) OR EXISTS (SELECT 1 FROM mentions WHERE event_id IS NULL)",
            [],
            |r| r.get(0),
        )?;
        if !pending {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        {
            let mut select = tx.prepare("SELECT id, external_id, url, text FROM articles WHERE norm_hash IS NULL")?;
            let rows: Vec<(i64, String, Option<String>, String)> =
                select.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
            let mut update = tx.prepare("UPDATE articles SET url_key = ?2, norm_hash = ?3, source_name = ?4 WHERE id = ?1")?;
            for (id, ext, url, text) in rows {
                let key = url.as_deref().and_then(dedup::url_key);
                update.execute(params![id, key, dedup::normalised_hash(&text), dedup::source_name(url.as_deref(), &ext)])?;
            }
            let sql = format!(
                "SELECT m.id, a.id, a.source_name, a.published, m.confidence, {MENTION_COLUMNS} FROM {MENTION_FROM}
                 WHERE m.event_id IS NULL ORDER BY m.id"
            );
            let mut select = tx.prepare(&sql)?;
            type Old = (i64, i64, String, Option<String>, Option<f64>, Mention);
            let rows: Vec<Old> = select
                .query_map([], |r| {
                    let m = mention_at(r, 5)?;
                    Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<String>>(2)?.unwrap_or_default(), r.get(3)?, r.get(4)?, m))
                })?
                .collect::<Result<_, _>>()?;
            let mut set = tx.prepare("UPDATE mentions SET event_id = ?2 WHERE id = ?1")?;
            let mut months = MonthDeltas::default();
            let mut st = BatchStatements::prepare(&tx)?;
            for (id, article_row, source_name, published, confidence, m) in rows {
                let fa = FoldArticle { row_id: article_row, source_name: &source_name, published: published.as_deref(), events_so_far: None };
                let (event, _) = fold_mention(&mut st, &fa, &m, confidence, Some(&mut months))?;
                set.execute(params![id, event])?;
                note_actors(&mut st, &m, None)?;
            }
            drop(st);
            months.write(&tx)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores a batch in one transaction: a batch is stored whole or not at
    /// all. Articles already in the store (same text, same URL or same
    /// normalised text) are skipped with everything coded from them; each
    /// new mention is folded into its event.
    pub fn write_batch(&mut self, batch: &[ArticleRecord]) -> Result<BatchReport, StoreError> {
        // A failed batch is rolled back: the index, which may list its
        // events, goes with it (it is rebuilt when next needed).
        // So do the monthly figures a bulk load sums (rebuilt from the
        // events when it finishes).
        // A bulk load's WAL past its bound: copied whole, so that this
        // batch writes it from its beginning (see `Checkpointer`).
        if let (Some(checkpointer), Some(path)) = (&self.checkpointer, &self.path) {
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            let size = std::fs::metadata(&wal).map_or(0, |m| m.len());
            if size > self.wal_catch_up_at {
                self.wal_catch_up_at = if checkpointer.catch_up() { self.wal_bound as u64 } else { size + self.wal_bound as u64 };
            }
        }
        let mut index = self.fold_index.take();
        let mut load_months = self.bulk_months.take();
        let inline = matches!(self.evidence, Evidence::Inline);
        let mut evidence = EvidenceRows::default();
        let report =
            Store::write_batch_in(&mut self.conn, self.fold_lookup, self.bulk, &mut index, &mut load_months, batch, inline, &mut evidence)?;
        self.fold_index = index;
        self.bulk_months = load_months;
        // Committed: its evidence can be indexed. A failure here leaves
        // the index behind the store; the next batch or the next open
        // fills the gap from the store.
        if let Evidence::Side { index, indexer } = &mut self.evidence {
            let thread_gone = match (indexer.as_ref(), index.as_mut()) {
                (Some(running), _) => !running.send(evidence),
                (None, Some(index)) => {
                    let _ = index.add(&evidence);
                    false
                }
                (None, None) => false,
            };
            if thread_gone {
                let _ = self.evidence.finish_indexer();
            }
        }
        Ok(report)
    }

    /// Loading many batches at once. While on, commits stop waiting for
    /// the disk (WAL with `synchronous=NORMAL`: a power cut may lose the last
    /// batches, never part of one; a killed process loses nothing
    /// committed), the page cache is larger, folding looks up events in
    /// memory, and the first batch drops the indexes whose keys are
    /// unrelated to the insertion order (see
    /// `schema::BULK_DEFERRED_INDEXES`) and stops keeping the dyads' monthly
    /// figures (summed in memory, on a helper thread, and written at the
    /// end instead), and foreign keys are not checked (the load writes
    /// parents before their children, in the same transaction). The second
    /// core takes what need not be on the writer's thread: a helper
    /// connection checkpoints the WAL (the writer none), a helper thread
    /// prepares each large batch ahead of the writer (article keys, and
    /// the folding in memory: each mention's event, new events' ids), another
    /// writes the full-text index file after each commit (text search lags
    /// the load by a batch or so), and the rebuilt indexes are sorted with
    /// a helper thread. Turning it off rebuilds the indexes and the figures,
    /// in one transaction, waits for the full-text index, and restores the
    /// defaults. Until then (and after a crash, until a bulk load is run
    /// again and finished) every query still answers right, more slowly;
    /// other writers fold in memory as well.
    pub fn set_bulk_load(&mut self, on: bool) -> Result<(), StoreError> {
        if !on {
            self.finish_bulk_load()?;
        }
        // The full-text index is written on a helper thread while loading.
        self.evidence.finish_indexer()?;
        if let (true, Evidence::Side { index, indexer }) = (on, &mut self.evidence) {
            if let Some(index) = index.take() {
                *indexer = Some(Indexer::start(index));
            }
        }
        self.conn.pragma_update(None, "synchronous", if on { "NORMAL" } else { "FULL" })?;
        // The load writes each article, its sentences, its mentions' events
        // and then its mentions in one transaction, parents first: checking
        // three parent keys per mention bought nothing but a tenth of the load.
        self.conn.pragma_update(None, "foreign_keys", if on { "OFF" } else { "ON" })?;
        self.conn.pragma_update(None, "cache_size", if on { -BULK_CACHE_KIB } else { -CACHE_KIB })?;
        // A longer WAL between checkpoints: a page changed by several
        // batches is copied into the database once.
        // The checkpoints are the helper's while the load runs (the writer
        // copies nothing, and the WAL is reused as soon as it is copied).
        if let Some(checkpointer) = self.checkpointer.take() {
            checkpointer.finish();
            // What the helper had not copied yet: the database file is whole again.
            self.conn.query_row("PRAGMA main.wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        }
        let helper = match (&self.path, on) {
            (Some(path), true) => Some(Checkpointer::start(path)?),
            _ => None,
        };
        self.conn.pragma_update(None, "wal_autocheckpoint", if helper.is_some() { 0 } else if on { 65_536 } else { 1_000 })?;
        // A WAL started again is cut back to the bound (see `Checkpointer`).
        self.conn.pragma_update(None, "journal_size_limit", if helper.is_some() { self.wal_bound } else { -1 })?;
        self.checkpointer = helper;
        self.wal_catch_up_at = self.wal_bound as u64;
        self.bulk = on;
        self.fold_lookup = if on { FoldLookup::Memory } else { FoldLookup::Auto };
        Ok(())
    }

    /// Whether a bulk load has started and not finished (its indexes and
    /// monthly figures not yet rebuilt).
    pub fn bulk_load_pending(&self) -> Result<bool, StoreError> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM bulk_load)", [], |r| r.get(0))?)
    }

    /// Rebuilds what a bulk load deferred (nothing to do when none is pending).
    pub fn finish_bulk_load(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let pending: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM bulk_load)", [], |r| r.get(0))?;
        if pending {
            // SQLite sorts the keys of a new index in runs as large as the
            // page cache (up to 512 MiB) before merging them: a run that big
            // is a linked list sorted with a cache miss per step. Runs of
            // 2 MiB: on 10 M events, one index in 6 to 12 s of CPU, not 23 to 31.
            let cache: i64 = tx.pragma_query_value(None, "cache_size", |r| r.get(0))?;
            tx.pragma_update(None, "cache_size", -SORT_RUN_KIB)?;
            // Helper threads sort the runs while this one reads the next
            // rows: the second core does part of each index build. With one
            // helper, this thread still sorted every other run itself (the
            // helper was busy when the next run was full).
            tx.pragma_update(None, "threads", SORT_HELPER_THREADS)?;
            // The load's monthly figures are summed and sorted on a thread
            // of their own while the indexes are built (the writer only
            // writes them).
            let months = self.bulk_months.take().map(|months| std::thread::spawn(move || months.into_sorted_rows()));
            for create in schema::BULK_DEFERRED_INDEXES {
                tx.execute_batch(create)?;
            }
            tx.pragma_update(None, "threads", 0)?;
            tx.pragma_update(None, "cache_size", cache)?;
            let data_version: i64 = tx.pragma_query_value(None, "data_version", |r| r.get(0))?;
            // A thread that failed (a panic) leaves the figures to be recomputed from the events.
            let months = months.and_then(|sorting| sorting.join().ok());
            match months {
                // The whole load went through this store, no other writer
                // since: its summed changes are the figures' changes.
                Some(months) if months.data_version == data_version => months.write(&tx, MONTH_ROWS_PER_STATEMENT)?,
                _ => tx.execute_batch(schema::REBUILD_DYAD_MONTHS)?,
            }
            tx.execute("DELETE FROM bulk_load", [])?;
        }
        tx.commit()?;
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn set_wal_bound(&mut self, bytes: i64) {
        self.wal_bound = bytes;
        self.wal_catch_up_at = bytes as u64;
    }

    #[cfg(test)]
    pub(crate) fn set_fold_lookup(&mut self, lookup: FoldLookup) {
        self.fold_lookup = lookup;
        self.fold_index = None;
    }

    #[allow(clippy::too_many_arguments)]
    fn write_batch_in<'r>(
        conn: &mut Connection,
        lookup: FoldLookup,
        bulk: bool,
        index: &mut Option<FoldIndex>,
        load_months: &mut Option<MonthDeltas>,
        batch: &[ArticleRecord<'r>],
        evidence_inline: bool,
        evidence_out: &mut EvidenceRows,
    ) -> Result<BatchReport, StoreError> {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut bulk_pending: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM bulk_load)", [], |r| r.get(0))?;
        let data_version: i64 = tx.pragma_query_value(None, "data_version", |r| r.get(0))?;
        if bulk && !bulk_pending {
            // In this batch's transaction: a crash keeps both or neither.
            tx.execute_batch(schema::DROP_BULK_DEFERRED_INDEXES)?;
            tx.execute("INSERT INTO bulk_load (id) VALUES (1)", [])?;
            bulk_pending = true;
            *load_months = Some(MonthDeltas { data_version, ..MonthDeltas::default() });
        }
        // Without `events_dedup`, the SQL lookup would scan every event.
        let lookup = if bulk_pending && lookup == FoldLookup::Auto { FoldLookup::Memory } else { lookup };
        // Another connection wrote since the index was built: it is stale.
        if index.as_ref().is_some_and(|i| i.data_version != data_version) || lookup == FoldLookup::Sql {
            *index = None;
        }
        // Outside a bulk load, this batch's changes to the monthly figures;
        // during one that this store started, the whole load's, as long as
        // no other connection writes (they are rebuilt from the events otherwise).
        let mut months = if !bulk_pending {
            Some(MonthDeltas::default())
        } else {
            load_months.take().filter(|m| m.data_version == data_version)
        };
        if index.is_none() {
            let use_memory = match lookup {
                FoldLookup::Sql => false,
                FoldLookup::Memory => true,
                FoldLookup::Auto => {
                    let mentions: usize = batch.iter().map(|r| r.mentions.len()).sum();
                    let events: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM events", [], |r| r.get(0))?;
                    events <= FOLD_INDEX_BASE_EVENTS + 20 * mentions as i64
                }
            };
            if use_memory {
                *index = Some(FoldIndex::build(&tx, data_version)?);
            }
        }
        let mut report = BatchReport::default();
        // Evidence sentences go to the full-text index at the end of the
        // batch: FTS5 writes its pending terms to disk at every statement
        // savepoint, so interleaving them with the other statements would
        // write one tiny segment per mention.
        let mut evidence = EvidenceRows::default();
        {
            let mut st = BatchStatements::prepare(&tx)?;
            let mut article_hash_exists = tx.prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")?;
            let mut article_url_exists = tx.prepare_cached("SELECT 1 FROM articles WHERE url_key = ?1")?;
            let mut article_norm_exists = tx.prepare_cached("SELECT 1 FROM articles WHERE norm_hash = ?1")?;
            let mut insert_article = DirectStatement::prepare(
                &tx,
                "INSERT INTO articles (external_id, content_hash, url, title, published, language, text, url_key, norm_hash, source_name,
                    sentences)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            // During a bulk load, new events and mentions are gathered and
            // inserted several per statement. Not in plain batches, where
            // the deferred indexes are live and foreign keys checked: there
            // it cost the writer more than it saved (plain batches of 200
            // articles, 40,000 events: 1.3-1.4 s of CPU against 0.9 s); nor
            // in small ones (each number of rows is a statement to prepare).
            // Mentions get the ids SQLite gives them, in order.
            let rows_per_statement = if bulk_pending && batch.len() >= HELPER_THREAD_ARTICLES { ROWS_PER_STATEMENT } else { 1 };
            let mut pending = PendingRows::new(&tx, rows_per_statement);
            let mut next_mention: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM mentions", [], |r| r.get(0))?;
            // New events get the ids SQLite would give them, in order.
            let mut next_event: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM events", [], |r| r.get(0))?;
            let mut index = index.as_mut();
            std::thread::scope(|scope| -> Result<(), StoreError> {
                type Prepare<'i, 'r> = Box<dyn FnMut(&ArticleRecord<'r>) -> Result<PreparedArticle<'r>, StoreError> + 'i>;
                let mut prepared: Prepare = if batch.len() >= HELPER_THREAD_ARTICLES {
                    // The helper prepares (and folds in memory) ahead of
                    // this thread, which writes. Sent by chunks: a wake-up
                    // per article cost more than it saved.
                    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<PreparedArticle<'r>>>(16);
                    let mut index = index.take();
                    scope.spawn(move || {
                        for chunk in batch.chunks(HELPER_THREAD_ARTICLES) {
                            let ready = chunk.iter().map(|rec| prepare_article(rec, index.as_deref_mut(), &mut next_event)).collect();
                            // Gone: this thread stopped early (an error); so does the helper.
                            if sender.send(ready).is_err() {
                                return;
                            }
                        }
                    });
                    let mut ready = Vec::new().into_iter();
                    Box::new(move |_| {
                        if ready.len() == 0 {
                            ready = receiver.recv().unwrap_or_default().into_iter();
                        }
                        ready.next().ok_or_else(|| StoreError::Corrupt("the thread preparing the batch stopped".into()))
                    })
                } else {
                    Box::new(|rec| Ok(prepare_article(rec, index.as_deref_mut(), &mut next_event)))
                };
            for rec in batch {
                let a = rec.article;
                let PreparedArticle { derived, seen, mentions: prepared_mentions } = prepared(rec)?;
                let ArticleDerived { hash, url_key, norm_hash, digests: _, source_name, sentences, mention_quotes_article, missing_sentence } =
                    derived;
                // The folding index knows every stored article's keys (and,
                // during a bulk load, the indexes on two of them are gone).
                let in_memory = seen.is_some();
                let seen = match seen {
                    Some(seen) => seen,
                    None if article_hash_exists.exists([&hash])? => ArticleSeen::SameText,
                    None if url_key.as_deref().map(|k| article_url_exists.exists([k])).transpose()? == Some(true)
                        || article_norm_exists.exists([&norm_hash])? =>
                    {
                        ArticleSeen::Copy
                    }
                    None => ArticleSeen::New,
                };
                let mut prepared_mentions = prepared_mentions.into_iter();
                match seen {
                    ArticleSeen::SameText => {
                        report.articles_already_stored += 1;
                        continue;
                    }
                    ArticleSeen::Copy => {
                        report.articles_duplicate += 1;
                        continue;
                    }
                    ArticleSeen::New => {}
                }
                // What the foreign key to `sentences` refused before schema 11.
                if let Some(index) = missing_sentence {
                    return Err(StoreError::BadInput(format!("article {}: a mention cites sentence {index}, which it lacks", a.id)));
                }
                let article_row = insert_article.insert(&direct_params![
                    &a.id, &hash, &a.url, &a.title, &a.date, rec.language, &a.text, &url_key, &norm_hash, &source_name, &sentences
                ])?;
                report.articles_stored += 1;
                let mut article_events = Vec::with_capacity(rec.mentions.len());
                for (m, quotes_article) in rec.mentions.iter().zip(mention_quotes_article) {
                    let confidence = m.confidence;
                    let fold = FoldArticle {
                        row_id: article_row,
                        source_name: &source_name,
                        published: a.date.as_deref(),
                        events_so_far: Some(&article_events),
                    };
                    let prepared = if in_memory { prepared_mentions.next() } else { None };
                    let (event_id, created) = match &prepared {
                        Some(p) => match p.fold {
                            FoldChoice::New(id) => {
                                pending.add_event(id, m, &p.keys, confidence, a.date.as_deref())?;
                                count_new_event(months.as_mut(), m, &p.keys);
                                (id, true)
                            }
                            FoldChoice::Existing { listed, .. } => {
                                pending.store_event(listed.id())?;
                                apply_fold(&mut st, p, m, confidence, a.date.as_deref(), months.as_mut())?
                            }
                        },
                        None => {
                            // Folding by SQL reads events and mentions: all stored first.
                            pending.store()?;
                            fold_mention(&mut st, &fold, m, confidence, months.as_mut())?
                        }
                    };
                    article_events.push(event_id);
                    report.events_created += created as usize;
                    let sentence_text = (!quotes_article).then_some(m.sentence.as_str());
                    let mention_id = next_mention;
                    next_mention += 1;
                    pending.add_mention(mention_id, article_row, event_id, sentence_text, m)?;
                    evidence.push(mention_id, &m.sentence);
                    note_actors(&mut st, m, prepared.map(|p| p.new_actors))?;
                    report.mentions_stored += 1;
                }
            }
            pending.store()?;
            Ok(())
            })?;
        }
        if !bulk_pending {
            if let Some(months) = months.take() {
                months.write(&tx)?;
            }
        }
        if evidence_inline {
            let mut insert = tx.prepare_cached("INSERT INTO fts.evidence_fts (rowid, text) VALUES (?1, ?2)")?;
            for (mention_id, sentence) in evidence.iter() {
                insert.execute(params![mention_id, sentence])?;
            }
            if let Some(last) = evidence.last_id() {
                tx.execute("UPDATE fts.evidence_indexed SET last_mention = ?1 WHERE id = 1", [last])?;
            }
        }
        tx.commit()?;
        if !evidence_inline {
            *evidence_out = evidence;
        }
        // Committed: the load's summed figures are in step with the store.
        if bulk_pending {
            if let Some(months) = months.as_mut() {
                months.hand_over();
            }
        }
        *load_months = months;
        Ok(report)
    }

    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            // Table names come from this function's callers, never from input.
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get::<_, i64>(0))? as u64)
        };
        // One read transaction: the four counts come from one snapshot.
        let tx = self.conn.unchecked_transaction()?;
        let counts = Counts {
            articles: count("articles")?,
            // Packed in their articles' rows (schema 11).
            sentences: self.conn.query_row("SELECT COALESCE(SUM(json_array_length(sentences)), 0) FROM articles", [], |r| {
                r.get::<_, i64>(0)
            })? as u64,
            mentions: count("mentions")?,
            events: count("events")?,
        };
        tx.commit()?;
        Ok(counts)
    }

    /// Whether an article with this exact text is stored.
    pub fn has_article_text(&self, text: &str) -> Result<bool, StoreError> {
        Ok(self.article_row_of_text(text)?.is_some())
    }

    /// The mentions coded from the article stored with this text, in order.
    pub fn mentions_of_article_text(&self, text: &str) -> Result<Vec<Mention>, StoreError> {
        let Some(row) = self.article_row_of_text(text)? else { return Ok(Vec::new()) };
        self.mentions_where(&format!("SELECT {MENTION_COLUMNS} FROM {MENTION_FROM} WHERE m.article_id = ?1 ORDER BY m.id"), [row])
    }

    /// The row of the article stored with this text. While a bulk load has
    /// dropped the index on content hashes, the hashes are read once into
    /// memory (then only the rows added since) instead of scanning the
    /// table at every call; a row found there is checked in the table.
    fn article_row_of_text(&self, text: &str) -> Result<Option<i64>, StoreError> {
        let hash = content_hash(text);
        let indexed: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_content_hash')",
            [],
            |r| r.get(0),
        )?;
        if indexed {
            return Ok(self.conn.query_row("SELECT id FROM articles WHERE content_hash = ?1", [&hash], |r| r.get(0)).optional()?);
        }
        let mut known = self.article_hashes.borrow_mut();
        {
            let mut newer = self.conn.prepare_cached("SELECT id, content_hash FROM articles WHERE id > ?1 ORDER BY id")?;
            let mut rows = newer.query([known.last_row])?;
            while let Some(r) = rows.next()? {
                let (row, row_hash): (i64, String) = (r.get(0)?, r.get(1)?);
                known.rows.insert(fold_index::digest(1, &row_hash), row);
                known.last_row = row;
            }
        }
        let Some(&row) = known.rows.get(&fold_index::digest(1, &hash)) else { return Ok(None) };
        let same: bool =
            self.conn.query_row("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?1 AND content_hash = ?2)", params![row, hash], |r| r.get(0))?;
        Ok(same.then_some(row))
    }

    /// Every stored mention, oldest first.
    pub fn all_mentions(&self) -> Result<Vec<Mention>, StoreError> {
        self.mentions_where(&format!("SELECT {MENTION_COLUMNS} FROM {MENTION_FROM} ORDER BY m.id"), [])
    }

    fn mentions_where(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Mention>, StoreError> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params, mention_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests;
