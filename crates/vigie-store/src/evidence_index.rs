//! The full-text index of evidence sentences, kept in a file of its own
//! beside the store (`<store>.fts`) and written by a connection of its own:
//! its writes take no time in the store's transactions, and during a bulk
//! load a helper thread writes it on the second core while the writer goes
//! on. It is derived data: the store stays the truth. It records the last
//! mention it indexed (its watermark) in the same transaction as the
//! entries; a mention is indexed only once its batch is committed in the
//! store, so the index may lag the store (text search misses the newest
//! batch for a moment, or after a crash until the next open) but never
//! lists a mention the store does not hold. Opening the store catches a
//! lagging index up from the store; an index ahead of its store (a store
//! file replaced, or batches lost to a power cut) is rebuilt.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, Transaction, TransactionBehavior};

use crate::{sentence_text_sql, StoreError};

/// The index's tables, in the schema `{db}`: contentless (the text is the
/// store's), without document sizes (no query ranks), and the watermark.
pub(crate) const EVIDENCE_SCHEMA: &str = "
CREATE VIRTUAL TABLE IF NOT EXISTS {db}.evidence_fts USING fts5(text, content='', columnsize=0,
    tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS {db}.evidence_indexed (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_mention  INTEGER NOT NULL
);
INSERT OR IGNORE INTO {db}.evidence_indexed (id, last_mention) VALUES (1, 0);";

/// The evidence sentences of committed mentions, in id order, kept as one
/// text: one allocation per batch rather than one per mention (copying the
/// sentences one by one after each commit was a visible part of a bulk
/// load's writer, and freeing them of its indexer).
#[derive(Debug, Default)]
pub(crate) struct EvidenceRows {
    ids: Vec<i64>,
    /// Where each sentence ends in `text`.
    ends: Vec<usize>,
    text: String,
}

impl EvidenceRows {
    pub(crate) fn push(&mut self, id: i64, sentence: &str) {
        self.text.push_str(sentence);
        self.ends.push(self.text.len());
        self.ids.push(id);
    }

    /// Adds `later`'s rows after these.
    pub(crate) fn append(&mut self, later: EvidenceRows) {
        let base = self.text.len();
        self.text.push_str(&later.text);
        self.ends.extend(later.ends.iter().map(|end| end + base));
        self.ids.extend(later.ids);
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (i64, &str)> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        self.ids.iter().zip(starts.zip(self.ends.iter())).map(|(&id, (start, &end))| (id, &self.text[start..end]))
    }

    pub(crate) fn last_id(&self) -> Option<i64> {
        self.ids.last().copied()
    }
}

/// Mentions read from the store per statement while catching up.
const CATCH_UP_CHUNK: i64 = 50_000;

/// The index file of the store at `store`.
pub(crate) fn side_path(store: &Path) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(".fts");
    PathBuf::from(name)
}

/// `path` as an SQLite URI opening it read-only (`%`, `?` and `#` escaped).
pub(crate) fn read_only_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?mode=ro");
    uri
}

/// The writing side of the index file. The store is attached read-only
/// (as `store`) only while catching up from it: attached, every
/// transaction here would also hold a read snapshot of the store, and a
/// helper indexing batch after batch would keep the store's WAL from
/// being reset (it grew to 0.84 GB on a 10 M-event load).
pub(crate) struct EvidenceIndex {
    conn: Connection,
    store_uri: String,
}

impl EvidenceIndex {
    /// Opens (creating it if needed) the index file of the store at `store`.
    pub(crate) fn open(store: &Path) -> Result<EvidenceIndex, StoreError> {
        let path = side_path(store);
        let open_error = |source| StoreError::Open { path: path.display().to_string(), source };
        let conn = Connection::open(&path).map_err(open_error)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // Derived data: a power cut may lose its last commits, which the
        // next open catches up from the store.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.execute_batch(&EVIDENCE_SCHEMA.replace("{db}", "main"))?;
        Ok(EvidenceIndex { conn, store_uri: read_only_uri(store) })
    }

    /// Indexes the evidence of committed mentions, given in id order. Rows
    /// already indexed (by another connection's catch-up) are skipped; a
    /// gap before them (a batch whose entries were lost) is filled from the
    /// store first.
    pub(crate) fn add(&mut self, rows: &EvidenceRows) -> Result<(), StoreError> {
        let Some(last) = rows.last_id() else { return Ok(()) };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let watermark: i64 = tx.query_row("SELECT last_mention FROM evidence_indexed WHERE id = 1", [], |r| r.get(0))?;
        let fresh: Vec<(i64, &str)> = rows.iter().filter(|(id, _)| *id > watermark).collect();
        match fresh.first() {
            None => {}
            Some((first, _)) if *first == watermark + 1 => {
                let mut insert = tx.prepare_cached("INSERT INTO evidence_fts (rowid, text) VALUES (?1, ?2)")?;
                for (id, text) in fresh {
                    insert.execute(params![id, text])?;
                }
                tx.execute("UPDATE evidence_indexed SET last_mention = ?1 WHERE id = 1", [last])?;
            }
            Some(_) => {
                drop(tx);
                return self.catch_up();
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Indexes every stored mention not indexed yet, or everything again
    /// when the index lists mentions the store does not hold.
    pub(crate) fn catch_up(&mut self) -> Result<(), StoreError> {
        self.conn.execute("ATTACH DATABASE ?1 AS store", [&self.store_uri])?;
        let caught_up = (|| -> Result<(), StoreError> {
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let watermark: i64 = tx.query_row("SELECT last_mention FROM evidence_indexed WHERE id = 1", [], |r| r.get(0))?;
            catch_up_in(&tx, watermark)?;
            tx.commit()?;
            Ok(())
        })();
        let detached = self.conn.execute("DETACH DATABASE store", []);
        caught_up?;
        detached?;
        Ok(())
    }
}

fn catch_up_in(tx: &Transaction, watermark: i64) -> Result<(), StoreError> {
    let newest: i64 = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM store.mentions", [], |r| r.get(0))?;
    let mut from = watermark;
    if watermark > newest {
        tx.execute("INSERT INTO evidence_fts (evidence_fts) VALUES ('delete-all')", [])?;
        from = 0;
    }
    if from == newest && watermark == newest {
        return Ok(());
    }
    let mut read = tx.prepare(concat!(
        "SELECT m.id, ",
        sentence_text_sql!(),
        " FROM store.mentions m JOIN store.articles a ON a.id = m.article_id
         WHERE m.id > ?1 AND m.id <= ?2 ORDER BY m.id"
    ))?;
    let mut insert = tx.prepare("INSERT INTO evidence_fts (rowid, text) VALUES (?1, ?2)")?;
    while from < newest {
        let to = (from + CATCH_UP_CHUNK).min(newest);
        let rows: Vec<(i64, Option<String>)> =
            read.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
        for (id, text) in rows {
            insert.execute(params![id, text.unwrap_or_default()])?;
        }
        from = to;
    }
    tx.execute("UPDATE evidence_indexed SET last_mention = ?1 WHERE id = 1", [newest])?;
    Ok(())
}

/// The index written on a helper thread during a bulk load: committed
/// batches' evidence is handed over and indexed beside the writer.
pub(crate) struct Indexer {
    rows: std::sync::mpsc::SyncSender<EvidenceRows>,
    thread: std::thread::JoinHandle<(EvidenceIndex, Result<(), StoreError>)>,
}

/// Batches handed over and not yet indexed before the writer waits.
const INDEXER_QUEUE: usize = 8;

impl Indexer {
    pub(crate) fn start(mut index: EvidenceIndex) -> Indexer {
        let (rows, received) = std::sync::mpsc::sync_channel::<EvidenceRows>(INDEXER_QUEUE);
        let thread = std::thread::spawn(move || {
            let mut outcome = Ok(());
            while let Ok(mut batch) = received.recv() {
                // Batches waiting are indexed in one transaction.
                while let Ok(more) = received.try_recv() {
                    batch.append(more);
                }
                // A failure leaves a gap that the next batch (or the next
                // open) fills from the store; the first one is reported.
                if let Err(e) = index.add(&batch) {
                    if outcome.is_ok() {
                        outcome = Err(e);
                    }
                }
            }
            (index, outcome)
        });
        Indexer { rows, thread }
    }

    /// Hands over a committed batch's evidence; false when the thread is gone.
    pub(crate) fn send(&self, rows: EvidenceRows) -> bool {
        self.rows.send(rows).is_ok()
    }

    /// Waits until everything handed over is indexed.
    pub(crate) fn finish(self) -> (Option<EvidenceIndex>, Result<(), StoreError>) {
        drop(self.rows);
        match self.thread.join() {
            Ok((index, outcome)) => (Some(index), outcome),
            Err(_) => (None, Err(StoreError::Corrupt("the full-text indexing thread panicked".into()))),
        }
    }
}
