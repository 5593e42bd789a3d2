//! Read-only queries the analysis needs beyond events and mentions: the
//! stored sentences of an article (treaty clauses, possibilities and other
//! sentences the coder kept for provenance but did not turn into events).

use crate::query::ArticleInfo;
use crate::{Store, StoreError};
use vigie_model::SentenceRecord;

impl Store {
    /// An article (by its store row id, as in `EventRecord::story_id` and
    /// `ArticleInfo::row_id`) with all its sentences in order; `None` when no
    /// article has this id.
    pub fn article_sentences(&self, row_id: i64) -> Result<Option<(ArticleInfo, Vec<SentenceRecord>)>, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let info = tx
            .query_row(
                "SELECT id, external_id, url, title, published, source_name, language, length(text), ingested_at
                 FROM articles WHERE id = ?1",
                [row_id],
                |r| {
                    Ok(ArticleInfo {
                        row_id: r.get(0)?,
                        external_id: r.get(1)?,
                        url: r.get(2)?,
                        title: r.get(3)?,
                        published: r.get(4)?,
                        publisher: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                        language: r.get(6)?,
                        chars: r.get::<_, i64>(7)?.max(0) as u64,
                        added_at: r.get(8)?,
                    })
                },
            )
            .map(Some)
            .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })?;
        let Some(info) = info else { return Ok(None) };
        let (text, packed): (String, Option<String>) =
            tx.query_row("SELECT text, sentences FROM articles WHERE id = ?1", [row_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let sentences = crate::unpacked_sentences(&text, packed.as_deref())?;
        tx.commit()?;
        Ok(Some((info, sentences)))
    }
}

impl Store {
    /// The ids of the events with a mention in this article (by its store
    /// row id), in id order: what else an article reports, for the analysis
    /// of one dyad without reading the whole store.
    pub fn article_event_ids(&self, row_id: i64) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?1 AND event_id IS NOT NULL ORDER BY event_id")?;
        let rows = stmt.query_map([row_id], |r| r.get::<_, i64>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

impl Store {
    /// The ids of the events from `source_key` to `target_key` (country or
    /// organisation level, as `dedup::actor_key` gives them) whose dates may
    /// fall within `[from_day, to_day]` (days since 1970-01-01; an undated
    /// event only when neither bound is given), in id order. Goes through the
    /// dyad index: a dyad of a large store is read without scanning it.
    pub fn dyad_event_ids(&self, source_key: &str, target_key: &str, from_day: Option<i64>, to_day: Option<i64>) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM events WHERE source_key = ?1 AND target_key = ?2
               AND (?3 IS NULL OR day_hi >= ?3) AND (?4 IS NULL OR day_lo <= ?4) ORDER BY id",
        )?;
        let rows = stmt.query_map(rusqlite::params![source_key, target_key, from_day, to_day], |r| r.get::<_, i64>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The ids of the events with `key` (country or organisation level) as
    /// source or target, dates bounded as in [`Store::dyad_event_ids`], in id order.
    pub fn actor_event_ids(&self, key: &str, from_day: Option<i64>, to_day: Option<i64>) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM events WHERE source_key = ?1 AND (?2 IS NULL OR day_hi >= ?2) AND (?3 IS NULL OR day_lo <= ?3)
             UNION
             SELECT id FROM events WHERE target_key = ?1 AND (?2 IS NULL OR day_hi >= ?2) AND (?3 IS NULL OR day_lo <= ?3)
             ORDER BY 1",
        )?;
        let rows = stmt.query_map(rusqlite::params![key, from_day, to_day], |r| r.get::<_, i64>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
