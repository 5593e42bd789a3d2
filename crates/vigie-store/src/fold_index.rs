//! An in-memory index of the events a new mention may fold into, for bulk
//! loads: the same candidates as the SQL lookup on `events_dedup` (same
//! actor keys and CAMEO root, date intervals that overlap within the slack,
//! undated with undated), found by hashing instead of scanning an index
//! range. On a large store the SQL range holds every event of the dyad and
//! root in the year before the mention's date (events may span a year), and
//! each of them was read from the table; here only events whose interval
//! meets the mention's are listed, with what choosing among them needs
//! (dates, place, symmetry), so that only the chosen event is read. It also remembers the actor codes already
//! stored, so that they are not inserted again, and digests of the keys of
//! the stored articles, so that checking whether an article is a copy needs
//! no lookup (nor, during a bulk load, any index on those keys).
//!
//! The index mirrors the `events` table as of its last committed batch. It
//! is rebuilt from the table when another connection has written since (see
//! `PRAGMA data_version`), and dropped when a batch fails, so it never lists
//! an event that the store does not hold.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use rusqlite::Transaction;
use sha2::{Digest, Sha256};

use crate::dedup::{Place, DATE_SLACK_DAYS};
use crate::StoreError;

/// Days per bucket: an event is listed in every bucket its interval meets,
/// in one of two levels. Events dated to the day or the month sit in
/// narrow buckets: on 10 M events a bucket of the busiest dyad and root
/// then holds a few dozen events instead of hundreds (each scanned for
/// every mention of that dyad). Longer ones (a year) sit in wide buckets,
/// so that none is listed in dozens of buckets; a search reads both levels.
const NARROW_BUCKET_DAYS: i64 = 8;
const WIDE_BUCKET_DAYS: i64 = 512;
/// Intervals of at most this many days go to the narrow buckets.
const NARROW_SPAN_DAYS: i64 = 62;

/// The bucket of undated events (they only fold with undated mentions).
const UNDATED: i64 = i64::MIN;

/// No next entry in a bucket's list.
const END: u32 = u32::MAX;

/// A multiply-rotate hash (as in rustc's FxHasher): the keys are small
/// integers made here, and SipHash was a visible part of a bulk load.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// An event as the index keeps it: enough to test the date overlap, and the
/// next entry of its bucket (the buckets are linked lists in one arena, not
/// millions of small vectors).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Listed {
    id: i64,
    day_lo: i64,
    day_hi: i64,
    next: u32,
    /// The event's place, as a number (see [`FoldIndex::places`]).
    place: u32,
    /// A symmetric event also folds mentions naming its actors the other
    /// way round.
    symmetric: bool,
    /// How precise its date is (see `precision_rank`): a more precise
    /// mention's date replaces it.
    precision: u8,
}

impl Listed {
    /// Its dates, whether it has a place, and its symmetry: what the row of
    /// the event must show once a mention is folded into it.
    pub(crate) fn id(&self) -> i64 {
        self.id
    }

    pub(crate) fn summary(&self) -> (Option<(i64, i64)>, bool, bool) {
        ((self.day_lo != UNDATED).then_some((self.day_lo, self.day_hi)), self.place != 0, self.symmetric)
    }

    pub(crate) fn precision(&self) -> u8 {
        self.precision
    }
}

/// What the monthly figures (`dyad_months`) need of an event beyond its
/// listing, and what decides whether a mention's code replaces its own,
/// mirrored from its row: then folding a mention into it needs no read of
/// the row. `mentions` 0: not known (a value too large to mirror).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct EventFigures {
    pub(crate) goldstein: f64,
    pub(crate) mentions: u32,
    /// The length in bytes of its CAMEO code.
    pub(crate) code_len: u16,
    pub(crate) quad: u8,
}

impl EventFigures {
    pub(crate) fn of(goldstein: f64, mentions: i64, code_len: usize, quad: u8) -> EventFigures {
        match (u32::try_from(mentions), u16::try_from(code_len)) {
            (Ok(mentions), Ok(code_len)) => EventFigures { goldstein, mentions, code_len, quad },
            _ => EventFigures::default(),
        }
    }

    pub(crate) fn known(&self) -> bool {
        self.mentions > 0
    }

    /// Whether a mention with a code `code_len` bytes long replaces the
    /// event's code (and goldstein value): a longer code is more specific.
    pub(crate) fn replaced_by(&self, code_len: usize) -> bool {
        code_len > self.code_len as usize
    }

    /// The figures once a mention (code `code_len` bytes long, `goldstein`) is folded in.
    pub(crate) fn folded(&self, code_len: usize, goldstein: f64) -> EventFigures {
        let mentions = self.mentions as i64 + 1;
        if self.replaced_by(code_len) {
            EventFigures::of(goldstein, mentions, code_len, self.quad)
        } else {
            EventFigures::of(self.goldstein, mentions, self.code_len as usize, self.quad)
        }
    }
}

/// What folding knows of an event before reading it: its dates, place and
/// symmetry, as the index lists them.
#[derive(Clone, Copy)]
pub(crate) struct Listing<'a> {
    pub(crate) interval: Option<(i64, i64)>,
    pub(crate) place: Option<Place<'a>>,
    pub(crate) symmetric: bool,
    pub(crate) precision: u8,
}

/// A candidate event for a mention.
pub(crate) struct Candidate<'a> {
    pub(crate) id: i64,
    pub(crate) listing: Listing<'a>,
    /// Its listing as the index holds it, to fold a mention into it.
    pub(crate) listed: Listed,
}

pub(crate) struct FoldIndex {
    /// Actor keys and CAMEO roots, as small numbers.
    names: FastMap<String, u32>,
    /// Events' places (id and country as names, latitude and longitude
    /// bits) as numbers from 1 (0: no place), and back.
    place_numbers: FastMap<(u32, u32, u64, u64), u32>,
    places: Vec<(String, String, f64, f64)>,
    /// (source key, target key, root, bucket) → first entry of its list.
    heads: FastMap<(u32, u32, u32, i64), u32>,
    entries: Vec<Listed>,
    /// Entries unlinked by [`FoldIndex::redate`], reused by the next ones.
    free: Vec<u32>,
    actors: HashSet<String, BuildHasherDefault<KeyHasher>>,
    /// Each event's first source (publisher, as a name number + 1; 0: none
    /// noted), by event id, and its other sources: whether an event already
    /// has a source needs no lookup (nor, during a bulk load, `mentions_event`).
    first_sources: Vec<u32>,
    other_sources: FastMap<i64, Vec<u32>>,
    /// Each event's figures, by event id (ids from 2^32 on are not kept).
    figures: Vec<EventFigures>,
    /// Digests of every stored article's content hash, and of its URL key
    /// and normalised-text hash (see [`ArticleKeys`]).
    texts: HashSet<u128, BuildHasherDefault<KeyHasher>>,
    copies: HashSet<u128, BuildHasherDefault<KeyHasher>>,
    /// `PRAGMA data_version` when the index was last in step with the store.
    pub(crate) data_version: i64,
}

/// The buckets of one level that the days `lo..=hi` meet, as keys: even
/// for the narrow level, odd for the wide one.
fn level_buckets(lo: i64, hi: i64, days: i64) -> std::iter::StepBy<std::ops::RangeInclusive<i64>> {
    let level = (days == WIDE_BUCKET_DAYS) as i64;
    (lo.div_euclid(days) * 2 + level..=hi.div_euclid(days) * 2 + level).step_by(2)
}

/// The buckets an event dated `interval` is listed in.
/// The keys that make an article a copy of a stored one.
pub(crate) struct ArticleKeys<'a> {
    pub(crate) content_hash: &'a str,
    pub(crate) url_key: Option<&'a str>,
    pub(crate) norm_hash: Option<&'a str>,
}

/// Whether an article is stored, as [`FoldIndex::article_seen`] tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArticleSeen {
    New,
    /// Its exact text is stored.
    SameText,
    /// Another copy is stored: the same URL or the same normalised text.
    Copy,
}

/// The first 128 bits of the SHA-256 of a key and its kind: two keys with
/// the same digest are taken to be the same key, as two texts with the
/// same content hash are (a collision has odds of about 2^-128 per pair).
pub(crate) fn digest(kind: u8, key: &str) -> u128 {
    let mut hasher = Sha256::new();
    hasher.update([kind]);
    hasher.update(key.as_bytes());
    let full = hasher.finalize();
    let mut first = [0u8; 16];
    first.copy_from_slice(&full[..16]);
    u128::from_le_bytes(first)
}

/// The digests of an article's keys, as the index keeps them.
pub(crate) struct ArticleDigests {
    text: u128,
    copies: [Option<u128>; 2],
}

impl ArticleKeys<'_> {
    pub(crate) fn digests(&self) -> ArticleDigests {
        ArticleDigests {
            text: digest(1, self.content_hash),
            copies: [self.url_key.map(|k| digest(2, k)), self.norm_hash.map(|k| digest(3, k))],
        }
    }
}

fn buckets_of(interval: Option<(i64, i64)>) -> std::iter::StepBy<std::ops::RangeInclusive<i64>> {
    match interval {
        Some((lo, hi)) if hi - lo < NARROW_SPAN_DAYS => level_buckets(lo, hi, NARROW_BUCKET_DAYS),
        Some((lo, hi)) => level_buckets(lo, hi, WIDE_BUCKET_DAYS),
        None => (UNDATED..=UNDATED).step_by(2),
    }
}

/// The buckets that may list an event whose interval meets `interval`.
fn buckets_meeting(interval: Option<(i64, i64)>) -> impl Iterator<Item = i64> {
    let (narrow, wide) = match interval {
        Some((lo, hi)) => (level_buckets(lo, hi, NARROW_BUCKET_DAYS), Some(level_buckets(lo, hi, WIDE_BUCKET_DAYS))),
        None => ((UNDATED..=UNDATED).step_by(2), None),
    };
    narrow.chain(wide.into_iter().flatten())
}

impl FoldIndex {
    /// Reads every event's folding key and every actor code from the store.
    pub(crate) fn build(tx: &Transaction, data_version: i64) -> Result<FoldIndex, StoreError> {
        let mut index = FoldIndex {
            names: FastMap::default(),
            place_numbers: FastMap::default(),
            places: Vec::new(),
            heads: FastMap::default(),
            entries: Vec::new(),
            free: Vec::new(),
            actors: HashSet::default(),
            first_sources: Vec::new(),
            other_sources: FastMap::default(),
            figures: Vec::new(),
            texts: HashSet::default(),
            copies: HashSet::default(),
            data_version,
        };
        let mut stmt = tx.prepare(
            "SELECT id, source_key, target_key, cameo_root, day_lo, day_hi, symmetric, location_name IS NOT NULL, place_id,
                location_country, lat, lon, event_date, date_precision, goldstein, num_mentions, octet_length(cameo), quad_class
             FROM events",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (skey, tkey, root): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
            let interval = r.get::<_, Option<i64>>(4)?.zip(r.get::<_, Option<i64>>(5)?);
            let (place_id, country): (Option<String>, Option<String>) = (r.get(8)?, r.get(9)?);
            let place = r.get::<_, bool>(7)?.then(|| Place {
                place_id: place_id.as_deref().unwrap_or(""),
                country: country.as_deref().unwrap_or(""),
                lat: r.get::<_, Option<f64>>(10).ok().flatten().unwrap_or_default(),
                lon: r.get::<_, Option<f64>>(11).ok().flatten().unwrap_or_default(),
            });
            let (date, precision): (Option<String>, Option<String>) = (r.get(12)?, r.get(13)?);
            let precision = crate::precision_rank(date.as_deref(), precision.as_deref());
            let id: i64 = r.get(0)?;
            index.add(id, (&skey, &tkey, &root), Listing { interval, place, symmetric: r.get(6)?, precision });
            let code_len = usize::try_from(r.get::<_, i64>(16)?).unwrap_or(usize::MAX);
            index.set_figures(id, EventFigures::of(r.get(14)?, r.get(15)?, code_len, r.get(17)?));
        }
        let mut stmt = tx.prepare("SELECT content_hash, url_key, norm_hash FROM articles")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (content_hash, url_key, norm_hash): (String, Option<String>, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
            index.note_article(&ArticleKeys { content_hash: &content_hash, url_key: url_key.as_deref(), norm_hash: norm_hash.as_deref() }.digests());
        }
        let mut stmt = tx.prepare(
            "SELECT m.event_id, a.source_name FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IS NOT NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            // An article without a source name (a row of an old schema not
            // yet completed) is no source, as for the SQL lookup.
            if let Some(source) = r.get::<_, Option<String>>(1)? {
                index.note_source(r.get(0)?, &source);
            }
        }
        let mut stmt = tx.prepare("SELECT code FROM actors")?;
        let codes = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for code in codes {
            index.actors.insert(code?);
        }
        Ok(index)
    }

    fn name(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.names.get(s) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.insert(s.to_string(), n);
        n
    }

    fn place_number(&mut self, place: Option<Place>) -> u32 {
        let Some(p) = place else { return 0 };
        let key = (self.name(p.place_id), self.name(p.country), p.lat.to_bits(), p.lon.to_bits());
        if let Some(&n) = self.place_numbers.get(&key) {
            return n;
        }
        self.places.push((p.place_id.to_string(), p.country.to_string(), p.lat, p.lon));
        let n = self.places.len() as u32;
        self.place_numbers.insert(key, n);
        n
    }

    fn place(&self, n: u32) -> Option<Place<'_>> {
        let (place_id, country, lat, lon) = self.places.get((n as usize).checked_sub(1)?)?;
        Some(Place { place_id, country, lat: *lat, lon: *lon })
    }

    /// Lists a new event (keyed source key, target key, CAMEO root).
    pub(crate) fn add(&mut self, id: i64, keys: (&str, &str, &str), listing: Listing) {
        let (s, t, r) = (self.name(keys.0), self.name(keys.1), self.name(keys.2));
        let (day_lo, day_hi) = listing.interval.unwrap_or((UNDATED, UNDATED));
        let (place, symmetric, precision) = (self.place_number(listing.place), listing.symmetric, listing.precision);
        self.add_listed(Listed { id, day_lo, day_hi, next: END, place, symmetric, precision }, (s, t, r));
    }

    fn add_listed(&mut self, listed: Listed, (s, t, r): (u32, u32, u32)) {
        let interval = (listed.day_lo != UNDATED).then_some((listed.day_lo, listed.day_hi));
        for b in buckets_of(interval) {
            let head = self.heads.entry((s, t, r, b)).or_insert(END);
            let entry = Listed { next: *head, ..listed };
            let slot = match self.free.pop() {
                Some(slot) => {
                    self.entries[slot as usize] = entry;
                    slot
                }
                None => {
                    self.entries.push(entry);
                    (self.entries.len() - 1) as u32
                }
            };
            *head = slot;
        }
    }

    /// Folds a mention (dated `interval` with `precision`, at `place`) into
    /// the listed event `old`, as folding changes the event's row: a more
    /// precise date replaces its dates, a place is set if it had none, and
    /// it becomes symmetric if the mention is. Returns the new listing.
    pub(crate) fn fold_into(&mut self, old: Listed, keys: (&str, &str, &str), interval: Option<(i64, i64)>, precision: u8, place: Option<Place>, symmetric: bool) -> Listed {
        let mut new = old;
        if precision > old.precision {
            (new.day_lo, new.day_hi) = interval.unwrap_or((UNDATED, UNDATED));
            new.precision = precision;
        }
        if old.place == 0 {
            new.place = self.place_number(place);
        }
        new.symmetric |= symmetric;
        if (new.day_lo, new.day_hi, new.place, new.symmetric, new.precision) != (old.day_lo, old.day_hi, old.place, old.symmetric, old.precision) {
            let (s, t, r) = (self.name(keys.0), self.name(keys.1), self.name(keys.2));
            self.unlink(old.id, (old.day_lo != UNDATED).then_some((old.day_lo, old.day_hi)), (s, t, r));
            self.add_listed(new, (s, t, r));
        }
        new
    }

    fn unlink(&mut self, id: i64, interval: Option<(i64, i64)>, (s, t, r): (u32, u32, u32)) {
        for b in buckets_of(interval) {
            let Some(head) = self.heads.get_mut(&(s, t, r, b)) else { continue };
            // Unlink the event's entry from the bucket's list.
            let (mut previous, mut at) = (END, *head);
            while at != END {
                let next = self.entries[at as usize].next;
                if self.entries[at as usize].id == id {
                    if previous == END {
                        *head = next;
                    } else {
                        self.entries[previous as usize].next = next;
                    }
                    self.free.push(at);
                    break;
                }
                previous = at;
                at = next;
            }
        }
    }

    /// Calls `found` with each event keyed (`skey`, `tkey`, `root`) whose
    /// dates may be those of a mention dated `interval`: the rows the SQL
    /// lookup (`CANDIDATES_DATED`, `CANDIDATES_UNDATED`) selects, the
    /// symmetric ones only if `symmetric_only`. An event listed in several
    /// of the buckets read comes several times, in no set order: the
    /// caller keeps the best by a score that ends with the id, which
    /// neither changes. (Collecting, sorting and deduplicating them, per
    /// mention, was a third of the folding's time.)
    pub(crate) fn for_each_candidate(
        &self,
        keys: (&str, &str, &str),
        interval: Option<(i64, i64)>,
        symmetric_only: bool,
        mut found: impl FnMut(Candidate<'_>),
    ) {
        let (Some(&s), Some(&t), Some(&r)) = (self.names.get(keys.0), self.names.get(keys.1), self.names.get(keys.2)) else {
            return;
        };
        let widened = interval.map(|(lo, hi)| (lo - DATE_SLACK_DAYS, hi + DATE_SLACK_DAYS));
        for b in buckets_meeting(widened) {
            let Some(&head) = self.heads.get(&(s, t, r, b)) else { continue };
            let mut at = head;
            while at != END {
                let l = self.entries[at as usize];
                let overlaps = match widened {
                    Some((lo, hi)) => l.day_lo <= hi && l.day_hi >= lo,
                    None => true,
                };
                if overlaps && (l.symmetric || !symmetric_only) {
                    found(Candidate {
                        id: l.id,
                        listing: Listing {
                            interval: (l.day_lo != UNDATED).then_some((l.day_lo, l.day_hi)),
                            place: self.place(l.place),
                            symmetric: l.symmetric,
                            precision: l.precision,
                        },
                        listed: l,
                    });
                }
                at = l.next;
            }
        }
    }

    /// Whether an article with these keys is stored, as the SQL lookups on
    /// `articles` would tell.
    pub(crate) fn article_seen(&self, digests: &ArticleDigests) -> ArticleSeen {
        if self.texts.contains(&digests.text) {
            ArticleSeen::SameText
        } else if digests.copies.iter().flatten().any(|d| self.copies.contains(d)) {
            ArticleSeen::Copy
        } else {
            ArticleSeen::New
        }
    }

    /// Notes the keys of a stored article.
    pub(crate) fn note_article(&mut self, digests: &ArticleDigests) {
        self.texts.insert(digests.text);
        for d in digests.copies.iter().flatten() {
            self.copies.insert(*d);
        }
    }

    /// Whether a mention of the event from an article of this source
    /// (`articles.source_name`) is stored.
    pub(crate) fn has_source(&self, event: i64, source: &str) -> bool {
        let Some(&n) = self.names.get(source) else { return false };
        let first = usize::try_from(event).ok().and_then(|e| self.first_sources.get(e)).copied().unwrap_or(0);
        first == n + 1 || self.other_sources.get(&event).is_some_and(|others| others.contains(&n))
    }

    /// Notes that the event has a mention from an article of this source.
    pub(crate) fn note_source(&mut self, event: i64, source: &str) {
        let n = self.name(source);
        match usize::try_from(event) {
            Ok(e) if e < 1 << 32 => {
                if self.first_sources.len() <= e {
                    self.first_sources.resize(e + 1, 0);
                }
                let first = &mut self.first_sources[e];
                if *first == 0 {
                    *first = n + 1;
                    return;
                }
                if *first == n + 1 {
                    return;
                }
            }
            // Ids are small in practice; any other one has its list.
            _ => {}
        }
        let others = self.other_sources.entry(event).or_default();
        if !others.contains(&n) {
            others.push(n);
        }
    }

    /// The figures of an event, when known.
    pub(crate) fn figures(&self, event: i64) -> Option<EventFigures> {
        usize::try_from(event).ok().and_then(|e| self.figures.get(e)).copied().filter(EventFigures::known)
    }

    pub(crate) fn set_figures(&mut self, event: i64, figures: EventFigures) {
        match usize::try_from(event) {
            Ok(e) if e < 1 << 32 => {
                if self.figures.len() <= e {
                    self.figures.resize(e + 1, EventFigures::default());
                }
                self.figures[e] = figures;
            }
            _ => {}
        }
    }

    /// Whether this actor code is already in the `actors` table; notes it.
    pub(crate) fn actor_is_new(&mut self, code: &str) -> bool {
        if self.actors.contains(code) {
            return false;
        }
        self.actors.insert(code.to_string());
        true
    }
}
