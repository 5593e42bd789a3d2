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

use rusqlite::Transaction;

use crate::dedup::DATE_SLACK_DAYS;
use crate::StoreError;

/// Days per bucket: an event is listed in every bucket its interval meets.
/// Wide enough that a year-precision event sits in few buckets, narrow
/// enough that a bucket of the busiest dyad and root holds few events.
const BUCKET_DAYS: i64 = 64;

/// The bucket of undated events (they only fold with undated mentions).
const UNDATED: i64 = i64::MIN;

/// An event as the index keeps it: enough to test the date overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Listed {
    id: i64,
    day_lo: i64,
    day_hi: i64,
}

pub(crate) struct FoldIndex {
    /// Actor keys and CAMEO roots, as small numbers.
    names: HashMap<String, u32>,
    buckets: HashMap<(u32, u32, u32, i64), Vec<Listed>>,
    actors: HashSet<String>,
    /// `PRAGMA data_version` when the index was last in step with the store.
    pub(crate) data_version: i64,
}

fn buckets_of(interval: Option<(i64, i64)>) -> impl Iterator<Item = i64> {
    let (first, last) = match interval {
        Some((lo, hi)) => (lo.div_euclid(BUCKET_DAYS), hi.div_euclid(BUCKET_DAYS)),
        None => (UNDATED, UNDATED),
    };
    first..=last
}

impl FoldIndex {
    /// Reads every event's folding key and every actor code from the store.
    pub(crate) fn build(tx: &Transaction, data_version: i64) -> Result<FoldIndex, StoreError> {
        let mut index =
            FoldIndex { names: HashMap::new(), buckets: HashMap::new(), actors: HashSet::new(), data_version };
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
            self.buckets.entry((s, t, r, b)).or_default().push(Listed { id, day_lo, day_hi });
        }
    }

    /// Moves an event whose date changed.
    pub(crate) fn redate(
        &mut self,
        id: i64,
        keys: (&str, &str, &str),
        old: Option<(i64, i64)>,
        new: Option<(i64, i64)>,
    ) {
        if old == new {
            return;
        }
        let (s, t, r) = (self.name(keys.0), self.name(keys.1), self.name(keys.2));
        for b in buckets_of(old) {
            if let Some(list) = self.buckets.get_mut(&(s, t, r, b)) {
                list.retain(|l| l.id != id);
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
        for b in buckets_of(widened) {
            let Some(list) = self.buckets.get(&(s, t, r, b)) else { continue };
            for l in list {
                let overlaps = match widened {
                    Some((lo, hi)) => l.day_lo <= hi && l.day_hi >= lo,
                    None => true,
                };
                if overlaps {
                    ids.push(l.id);
                }
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
