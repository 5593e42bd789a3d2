//! An in-memory index of the events a new mention may fold into, for bulk
//! loads: the same candidates as the SQL lookup on `events_dedup` (same
//! actor keys and CAMEO root, date intervals that overlap within the slack,
//! undated with undated), found by hashing instead of scanning an index
//! range. On a large store the SQL range holds every event of the dyad and
//! root in the year before the mention's date (events may span a year), and
//! each of them was read from the table; here only events whose interval
//! meets the mention's are listed. It also remembers the actor codes already
//! stored, so that they are not inserted again.
//!
//! The index mirrors the `events` table as of its last committed batch. It
//! is rebuilt from the table when another connection has written since (see
//! `PRAGMA data_version`), and dropped when a batch fails, so it never lists
//! an event that the store does not hold.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use rusqlite::Transaction;

use crate::dedup::DATE_SLACK_DAYS;
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
struct Listed {
    id: i64,
    day_lo: i64,
    day_hi: i64,
    next: u32,
}

pub(crate) struct FoldIndex {
    /// Actor keys and CAMEO roots, as small numbers.
    names: FastMap<String, u32>,
    /// (source key, target key, root, bucket) → first entry of its list.
    heads: FastMap<(u32, u32, u32, i64), u32>,
    entries: Vec<Listed>,
    /// Entries unlinked by [`FoldIndex::redate`], reused by the next ones.
    free: Vec<u32>,
    actors: HashSet<String, BuildHasherDefault<KeyHasher>>,
    /// `PRAGMA data_version` when the index was last in step with the store.
    pub(crate) data_version: i64,
}

/// The buckets of one level that the days `lo..=hi` meet, as keys: even
/// for the narrow level, odd for the wide one.
fn level_buckets(lo: i64, hi: i64, days: i64) -> std::iter::StepBy<std::ops::RangeInclusive<i64>> {
    let level = (days == WIDE_BUCKET_DAYS) as i64;
    (lo.div_euclid(days) * 2 + level..=hi.div_euclid(days) * 2 + level).step_by(2)
}

const NO_BUCKETS: std::ops::RangeInclusive<i64> = 1..=0;

/// The buckets an event dated `interval` is listed in.
fn buckets_of(interval: Option<(i64, i64)>) -> std::iter::StepBy<std::ops::RangeInclusive<i64>> {
    match interval {
        Some((lo, hi)) if hi - lo < NARROW_SPAN_DAYS => level_buckets(lo, hi, NARROW_BUCKET_DAYS),
        Some((lo, hi)) => level_buckets(lo, hi, WIDE_BUCKET_DAYS),
        None => (UNDATED..=UNDATED).step_by(2),
    }
}

/// The buckets that may list an event whose interval meets `interval`.
fn buckets_meeting(interval: Option<(i64, i64)>) -> impl Iterator<Item = i64> {
    match interval {
        Some((lo, hi)) => level_buckets(lo, hi, NARROW_BUCKET_DAYS).chain(level_buckets(lo, hi, WIDE_BUCKET_DAYS)),
        None => (UNDATED..=UNDATED).step_by(2).chain(NO_BUCKETS.step_by(2)),
    }
}

impl FoldIndex {
    /// Reads every event's folding key and every actor code from the store.
    pub(crate) fn build(tx: &Transaction, data_version: i64) -> Result<FoldIndex, StoreError> {
        let mut index = FoldIndex {
            names: FastMap::default(),
            heads: FastMap::default(),
            entries: Vec::new(),
            free: Vec::new(),
            actors: HashSet::default(),
            data_version,
        };
        let mut stmt = tx.prepare("SELECT id, source_key, target_key, cameo_root, day_lo, day_hi FROM events")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (skey, tkey, root): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
            let interval = r.get::<_, Option<i64>>(4)?.zip(r.get::<_, Option<i64>>(5)?);
            index.add(r.get(0)?, &skey, &tkey, &root, interval);
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

    /// Lists a new event (or an event under its new date).
    pub(crate) fn add(&mut self, id: i64, skey: &str, tkey: &str, root: &str, interval: Option<(i64, i64)>) {
        let (s, t, r) = (self.name(skey), self.name(tkey), self.name(root));
        let (day_lo, day_hi) = interval.unwrap_or((UNDATED, UNDATED));
        for b in buckets_of(interval) {
            let head = self.heads.entry((s, t, r, b)).or_insert(END);
            let entry = Listed { id, day_lo, day_hi, next: *head };
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

    /// Moves an event whose date changed.
    pub(crate) fn redate(&mut self, id: i64, keys: (&str, &str, &str), old: Option<(i64, i64)>, new: Option<(i64, i64)>) {
        if old == new {
            return;
        }
        let (s, t, r) = (self.name(keys.0), self.name(keys.1), self.name(keys.2));
        for b in buckets_of(old) {
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
        self.add(id, keys.0, keys.1, keys.2, new);
    }

    /// The ids of the events keyed (`skey`, `tkey`, `root`) whose dates may
    /// be those of a mention dated `interval`, in id order: the rows the SQL
    /// lookup (`CANDIDATES_DATED`, `CANDIDATES_UNDATED`) selects.
    pub(crate) fn candidates(&self, skey: &str, tkey: &str, root: &str, interval: Option<(i64, i64)>) -> Vec<i64> {
        let (Some(&s), Some(&t), Some(&r)) = (self.names.get(skey), self.names.get(tkey), self.names.get(root)) else {
            return Vec::new();
        };
        let mut ids = Vec::new();
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
                if overlaps {
                    ids.push(l.id);
                }
                at = l.next;
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids
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
