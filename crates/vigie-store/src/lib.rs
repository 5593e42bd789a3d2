//! The store: Vigie's memory, an embedded SQLite file (bundled, nothing to
//! install). It owns the schema and its versioned migrations, the
//! transactions (one per batch: a batch is stored whole or not at all), the
//! idempotence of ingestion (an article is keyed on the hash of its text, so
//! storing it again changes nothing) and the queries over what is kept. It
//! speaks only the model's types and SQL; it must not know languages,
//! lexicons or how events were coded. Every statement binds its values as
//! parameters; no SQL is ever built from user strings.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use vigie_model::{Article, Mention, SentenceRecord};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {source}")]
    Open { path: String, source: rusqlite::Error },
    #[error("store: cannot create folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("store: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("store: mention could not be serialised: {0}")]
    Json(#[from] serde_json::Error),
    #[error("store schema version {found} is newer than this vigie ({known}); upgrade vigie")]
    TooNew { found: i64, known: i64 },
}

/// Schema migrations, applied in order; `PRAGMA user_version` records how
/// many have run. Never edit a released step: add one.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    external_id   TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT NOT NULL,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_external_id ON articles(external_id);
CREATE TABLE sentences (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    boilerplate  INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE mentions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx      INTEGER NOT NULL,
    source            TEXT,
    source_text       TEXT,
    target            TEXT,
    target_text       TEXT,
    cameo             TEXT NOT NULL,
    cameo_root        TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         REAL NOT NULL,
    factuality        TEXT NOT NULL,
    event_date        TEXT,
    date_precision    TEXT,
    historical        INTEGER NOT NULL,
    is_first          INTEGER NOT NULL,
    symmetric         INTEGER NOT NULL,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    rule              TEXT NOT NULL,
    language          TEXT NOT NULL,
    verb_start        INTEGER NOT NULL,
    verb_end          INTEGER NOT NULL,
    json              TEXT NOT NULL,
    FOREIGN KEY (article_id, sentence_idx) REFERENCES sentences(article_id, idx)
);
CREATE INDEX mentions_dyad ON mentions(source, target, event_date);
CREATE INDEX mentions_code ON mentions(cameo_root, cameo);
CREATE INDEX mentions_article ON mentions(article_id);
"#];

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
    pub articles_already_stored: usize,
    pub mentions_stored: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: u64,
    pub sentences: u64,
    pub mentions: u64,
}

pub struct Store {
    conn: Connection,
}

/// The key an article is stored under: the SHA-256 of its text.
pub fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Opens (creating it and its folder if needed) the store at `path`,
    /// in WAL mode so readers never see half a batch, and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder { path: dir.display().to_string(), source })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: path.display().to_string(), source })?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        Store::init(conn)
    }

    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew { found: version, known });
        }
        for (i, step) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(step)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores a batch in one transaction. Articles already in the store
    /// (same text) are skipped with everything coded from them.
    pub fn write_batch(&mut self, batch: &[ArticleRecord]) -> Result<BatchReport, StoreError> {
        let tx = self.conn.transaction()?;
        let mut report = BatchReport::default();
        {
            let mut insert_article = tx.prepare_cached(
                "INSERT INTO articles (external_id, content_hash, url, title, published, language, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(content_hash) DO NOTHING",
            )?;
            let mut insert_sentence = tx.prepare_cached(
                "INSERT INTO sentences (article_id, idx, start_char, end_char, text, boilerplate) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut insert_mention = tx.prepare_cached(
                "INSERT INTO mentions (article_id, sentence_idx, source, source_text, target, target_text, cameo, cameo_root,
                    quad_class, goldstein, factuality, event_date, date_precision, historical, is_first, symmetric,
                    location_name, location_country, lat, lon, rule, language, verb_start, verb_end, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
            )?;
            for rec in batch {
                let a = rec.article;
                let inserted = insert_article.execute(params![
                    a.id,
                    content_hash(&a.text),
                    a.url,
                    a.title,
                    a.date,
                    rec.language,
                    a.text
                ])?;
                if inserted == 0 {
                    report.articles_already_stored += 1;
                    continue;
                }
                report.articles_stored += 1;
                let article_id = tx.last_insert_rowid();
                for s in rec.sentences {
                    insert_sentence.execute(params![article_id, s.index as i64, s.span.0 as i64, s.span.1 as i64, s.text, s.boilerplate])?;
                }
                for m in rec.mentions {
                    let loc = m.location.as_ref();
                    insert_mention.execute(params![
                        article_id,
                        m.sentence_index as i64,
                        m.source,
                        m.source_text,
                        m.target,
                        m.target_text,
                        m.cameo,
                        m.cameo_root,
                        m.quad_class,
                        m.goldstein,
                        m.factuality.as_str(),
                        m.date,
                        m.date_precision.map(|p| p.as_str()),
                        m.historical,
                        m.first,
                        m.symmetric,
                        loc.map(|l| l.name.as_str()),
                        loc.map(|l| l.country.as_str()),
                        loc.map(|l| l.lat),
                        loc.map(|l| l.lon),
                        m.rule,
                        m.language,
                        m.spans.verb.0 as i64,
                        m.spans.verb.1 as i64,
                        serde_json::to_string(m)?,
                    ])?;
                    report.mentions_stored += 1;
                }
            }
        }
        tx.commit()?;
        Ok(report)
    }

    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            // Table names come from this function's callers, never from input.
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(Counts { articles: count("articles")?, sentences: count("sentences")?, mentions: count("mentions")? })
    }

    /// Whether an article with this exact text is stored.
    pub fn has_article_text(&self, text: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM articles WHERE content_hash = ?1", [content_hash(text)], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The mentions coded from the article stored with this text, in order.
    pub fn mentions_of_article_text(&self, text: &str) -> Result<Vec<Mention>, StoreError> {
        self.mentions_where(
            "SELECT m.json FROM mentions m JOIN articles a ON a.id = m.article_id
             WHERE a.content_hash = ?1 ORDER BY m.id",
            [content_hash(text)],
        )
    }

    /// Every stored mention, oldest first.
    pub fn all_mentions(&self) -> Result<Vec<Mention>, StoreError> {
        self.mentions_where("SELECT json FROM mentions ORDER BY id", [])
    }

    /// The mentions a query selects by their `json` column.
    fn mentions_where(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Mention>, StoreError> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params, |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            out.push(serde_json::from_str(&json?)?);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigie_model::{Factuality, MentionSpans, Span};

    fn mention(article: &str) -> Mention {
        Mention {
            article_id: article.into(),
            sentence_index: 0,
            sentence: "Russia attacked Ukraine.".into(),
            source: Some("RUS".into()),
            source_text: Some("Russia".into()),
            target: Some("UKR".into()),
            target_text: Some("Ukraine".into()),
            source_person: None,
            target_person: None,
            cameo: "190".into(),
            cameo_label: "Use conventional military force".into(),
            cameo_root: "19".into(),
            quad_class: 4,
            goldstein: -10.0,
            plover_event: Some("ASSAULT".into()),
            plover_mode: None,
            factuality: Factuality::Asserted,
            date: Some("2024".into()),
            date_precision: Some(vigie_model::DatePrecision::Year),
            date_source: None,
            historical: false,
            location: None,
            first: false,
            symmetric: false,
            rule: "en.test".into(),
            spans: MentionSpans { sentence: Span(0, 24), source: Some(Span(0, 6)), target: Some(Span(16, 23)), verb: Span(7, 15) },
            language: "en".into(),
        }
    }

    fn article(id: &str, text: &str) -> Article {
        Article { id: id.into(), text: text.into(), date: None, lang: None, title: None, url: None }
    }

    #[test]
    fn storing_the_same_text_twice_changes_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let a = article("a", "Russia attacked Ukraine.");
        let sentences = [SentenceRecord { index: 0, span: Span(0, 24), text: a.text.clone(), boilerplate: false }];
        let mentions = [mention("a")];
        let rec = ArticleRecord { article: &a, language: "en", sentences: &sentences, mentions: &mentions };
        let first = store.write_batch(&[rec]).unwrap();
        assert_eq!(first, BatchReport { articles_stored: 1, articles_already_stored: 0, mentions_stored: 1 });
        let rec = ArticleRecord { article: &a, language: "en", sentences: &sentences, mentions: &mentions };
        let second = store.write_batch(&[rec]).unwrap();
        assert_eq!(second.articles_already_stored, 1);
        assert_eq!(store.counts().unwrap(), Counts { articles: 1, sentences: 1, mentions: 1 });
        assert_eq!(store.mentions_of_article_text(&a.text).unwrap(), mentions.to_vec());
    }

    #[test]
    fn a_failing_batch_leaves_nothing_behind() {
        let mut store = Store::open_in_memory().unwrap();
        let good = article("good", "Russia attacked Ukraine.");
        let bad = article("bad", "Another text.");
        let sentences = [SentenceRecord { index: 0, span: Span(0, 24), text: good.text.clone(), boilerplate: false }];
        let good_mentions = [mention("good")];
        // A mention pointing at a sentence that does not exist breaks the foreign key.
        let mut orphan = mention("bad");
        orphan.sentence_index = 7;
        let bad_mentions = [orphan];
        let batch = [
            ArticleRecord { article: &good, language: "en", sentences: &sentences, mentions: &good_mentions },
            ArticleRecord { article: &bad, language: "en", sentences: &[], mentions: &bad_mentions },
        ];
        assert!(store.write_batch(&batch).is_err());
        assert_eq!(store.counts().unwrap(), Counts::default());
    }

    #[test]
    fn a_store_file_reopens_at_the_current_schema() {
        let dir = std::env::temp_dir().join(format!("vigie-store-test-{}", std::process::id()));
        let path = dir.join("nested/vigie.db");
        let _ = std::fs::remove_dir_all(&dir);
        {
            let store = Store::open(&path).unwrap();
            assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.counts().unwrap(), Counts::default());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
