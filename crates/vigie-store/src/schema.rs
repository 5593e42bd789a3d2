//! The schema, as the ordered list of migrations that build it.

/// Schema migrations, applied in order; `PRAGMA user_version` records how
/// many have run. Never edit a released step: add one.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: articles, sentences, mentions (with the mention's JSON).
    r#"
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
"#,
    // 2: events (one deduplicated happening, many mentions); every mention
    // field in its own column (the JSON copy goes); the keys that make an
    // article a duplicate (URL, normalised text) and its source; full-text
    // search over evidence sentences; actors, treaties and obligations.
    // Rows written by version 1 are converted here; their events, URL keys
    // and normalised-text hashes are filled in by the store on open.
    r#"
ALTER TABLE articles ADD COLUMN url_key TEXT;
ALTER TABLE articles ADD COLUMN norm_hash TEXT;
ALTER TABLE articles ADD COLUMN source_name TEXT;
CREATE INDEX articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_norm_hash ON articles(norm_hash);

CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    source            TEXT,
    target            TEXT,
    source_key        TEXT NOT NULL,
    target_key        TEXT NOT NULL,
    cameo             TEXT NOT NULL,
    cameo_label       TEXT NOT NULL,
    cameo_root        TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         REAL NOT NULL,
    plover_event      TEXT,
    plover_mode       TEXT,
    symmetric         INTEGER NOT NULL,
    historical        INTEGER NOT NULL,
    event_date        TEXT,
    date_precision    TEXT,
    day_lo            INTEGER,
    day_hi            INTEGER,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    place_id          TEXT,
    factuality        TEXT NOT NULL,
    confidence        REAL,
    num_mentions      INTEGER NOT NULL,
    num_sources       INTEGER NOT NULL,
    num_articles      INTEGER NOT NULL,
    first_seen        TEXT,
    last_seen         TEXT
);
CREATE INDEX events_dedup ON events(source_key, target_key, cameo_root, day_lo);
CREATE INDEX events_target ON events(target_key, day_lo);
CREATE INDEX events_day ON events(day_lo);

CREATE TABLE mentions_v2 (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx      INTEGER NOT NULL,
    event_id          INTEGER REFERENCES events(id),
    sentence_text     TEXT,
    source            TEXT,
    source_text       TEXT,
    target            TEXT,
    target_text       TEXT,
    source_person     TEXT,
    target_person     TEXT,
    cameo             TEXT NOT NULL,
    cameo_label       TEXT NOT NULL,
    cameo_root        TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         REAL NOT NULL,
    plover_event      TEXT,
    plover_mode       TEXT,
    factuality        TEXT NOT NULL,
    event_date        TEXT,
    date_precision    TEXT,
    date_source       TEXT,
    historical        INTEGER NOT NULL,
    is_first          INTEGER NOT NULL,
    symmetric         INTEGER NOT NULL,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    place_id          TEXT,
    rule              TEXT NOT NULL,
    language          TEXT NOT NULL,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    source_start      INTEGER,
    source_end        INTEGER,
    target_start      INTEGER,
    target_end        INTEGER,
    verb_start        INTEGER NOT NULL,
    verb_end          INTEGER NOT NULL,
    confidence        REAL,
    FOREIGN KEY (article_id, sentence_idx) REFERENCES sentences(article_id, idx)
);
INSERT INTO mentions_v2 (id, article_id, sentence_idx, event_id, sentence_text, source, source_text, target, target_text,
    source_person, target_person, cameo, cameo_label, cameo_root, quad_class, goldstein, plover_event, plover_mode,
    factuality, event_date, date_precision, date_source, historical, is_first, symmetric, location_name,
    location_country, lat, lon, place_id, rule, language, sentence_start, sentence_end, source_start, source_end,
    target_start, target_end, verb_start, verb_end, confidence)
SELECT m.id, m.article_id, m.sentence_idx, NULL,
    CASE WHEN json_extract(m.json, '$.sentence') IS s.text THEN NULL ELSE json_extract(m.json, '$.sentence') END,
    m.source, m.source_text, m.target, m.target_text,
    json_extract(m.json, '$.source_person'), json_extract(m.json, '$.target_person'),
    m.cameo, COALESCE(json_extract(m.json, '$.cameo_label'), ''), m.cameo_root, m.quad_class, m.goldstein,
    json_extract(m.json, '$.plover_event'), json_extract(m.json, '$.plover_mode'),
    m.factuality, m.event_date, m.date_precision, json_extract(m.json, '$.date_source'),
    m.historical, m.is_first, m.symmetric, m.location_name, m.location_country, m.lat, m.lon,
    json_extract(m.json, '$.location.place_id'), m.rule, m.language,
    COALESCE(json_extract(m.json, '$.spans.sentence[0]'), s.start_char), COALESCE(json_extract(m.json, '$.spans.sentence[1]'), s.end_char),
    json_extract(m.json, '$.spans.source[0]'), json_extract(m.json, '$.spans.source[1]'),
    json_extract(m.json, '$.spans.target[0]'), json_extract(m.json, '$.spans.target[1]'),
    m.verb_start, m.verb_end, NULL
FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx;
DROP TABLE mentions;
ALTER TABLE mentions_v2 RENAME TO mentions;
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_event ON mentions(event_id);

-- The evidence sentence of each mention, for text search; rowid = mentions.id.
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2');
INSERT INTO evidence_fts (rowid, text)
SELECT m.id, COALESCE(m.sentence_text, s.text) FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx;

-- Actor codes seen in mentions, with the first words that named them.
CREATE TABLE actors (
    code        TEXT PRIMARY KEY,
    country     TEXT NOT NULL,
    first_text  TEXT,
    person      TEXT
);
-- For the analysis: treaties and the obligations their clauses create.
CREATE TABLE treaties (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    signed      TEXT,
    in_force    TEXT,
    parties     TEXT NOT NULL DEFAULT '[]',
    article_id  INTEGER REFERENCES articles(id)
);
CREATE TABLE obligations (
    id            INTEGER PRIMARY KEY,
    treaty_id     INTEGER NOT NULL REFERENCES treaties(id) ON DELETE CASCADE,
    obligor       TEXT,
    beneficiary   TEXT,
    cameo         TEXT,
    text          TEXT NOT NULL,
    article_id    INTEGER REFERENCES articles(id),
    sentence_idx  INTEGER
);
CREATE INDEX obligations_treaty ON obligations(treaty_id);
"#,
    // 3: indexes for the analysts' queries: a dyad's time series read from
    // the index alone, and an actor's events by date as source.
    r#"
CREATE INDEX events_dyad_series ON events(source_key, target_key, day_lo, quad_class, goldstein, num_mentions, symmetric);
CREATE INDEX events_source_day ON events(source_key, day_lo);
"#,
    // 4: a dyad's monthly figures kept as the events change (in the
    // transaction that changes them), so that a dyad's time series reads
    // a few hundred rows instead of every event of the dyad; the covering
    // index it replaces cost every insert.
    r#"
CREATE TABLE dyad_months (
    source_key     TEXT NOT NULL,
    target_key     TEXT NOT NULL,
    month          TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    symmetric      INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    mentions       INTEGER NOT NULL,
    goldstein_sum  REAL NOT NULL,
    PRIMARY KEY (source_key, target_key, month, quad_class, symmetric)
) WITHOUT ROWID;
INSERT INTO dyad_months
SELECT source_key, target_key, strftime('%Y-%m', day_lo * 86400, 'unixepoch'), quad_class, symmetric != 0, COUNT(*),
    SUM(num_mentions), SUM(goldstein)
FROM events WHERE day_lo IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
-- The store adds each batch's changes itself (summed per row, cheaper than
-- triggers, which make SQLite journal every statement); a deleted event
-- (none is deleted today) still leaves the figures right.
CREATE TRIGGER events_dyad_months_delete AFTER DELETE ON events WHEN OLD.day_lo IS NOT NULL BEGIN
    UPDATE dyad_months SET events = events - 1, mentions = mentions - OLD.num_mentions, goldstein_sum = goldstein_sum - OLD.goldstein
    WHERE source_key = OLD.source_key AND target_key = OLD.target_key
        AND month = strftime('%Y-%m', OLD.day_lo * 86400, 'unixepoch') AND quad_class = OLD.quad_class
        AND symmetric = (OLD.symmetric != 0);
END;
DROP INDEX events_dyad_series;
"#,
    // 5: a bulk load in progress (see `Store::set_bulk_load`): while this
    // row exists, the indexes of `BULK_DEFERRED_INDEXES` may be missing and
    // `dyad_months` is not kept; finishing the load rebuilds both.
    r#"
CREATE TABLE bulk_load (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"#,
    // 6: an actor's events by date, with the end of their dates and their
    // quad class in the index: a listing by actor, dates and quad class
    // reads only the rows it returns (on 10 M events, a busy actor's six
    // months meant 23,000 rows read for 3,300 kept).
    r#"
DROP INDEX IF EXISTS events_source_day;
DROP INDEX IF EXISTS events_target;
CREATE INDEX IF NOT EXISTS events_source_span ON events(source_key, day_lo, day_hi, quad_class);
CREATE INDEX IF NOT EXISTS events_target_span ON events(target_key, day_lo, day_hi, quad_class);
"#,
    // 7: an article's content hash unique through a named index instead of
    // the column's UNIQUE constraint, so that a bulk load can drop it and
    // build it at its end (where duplicates would fail the build): inserting
    // random hashes into it made every batch rewrite most of its pages, as
    // many bytes as the batch's own rows on 10 M events. The table is
    // rebuilt (run with foreign keys off, see `Store::migrate`; ids kept).
    r#"
CREATE TABLE articles_v7 (
    id            INTEGER PRIMARY KEY,
    external_id   TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT NOT NULL,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    url_key       TEXT,
    norm_hash     TEXT,
    source_name   TEXT
);
INSERT INTO articles_v7 (id, external_id, content_hash, url, title, published, language, text, ingested_at, url_key, norm_hash,
    source_name)
SELECT id, external_id, content_hash, url, title, published, language, text, ingested_at, url_key, norm_hash, source_name
FROM articles ORDER BY id;
DROP TABLE articles;
ALTER TABLE articles_v7 RENAME TO articles;
CREATE INDEX articles_external_id ON articles(external_id);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL;
CREATE INDEX articles_norm_hash ON articles(norm_hash);
"#,
    // 8: sentences keyed by (article, index) alone, without a rowid (one
    // B-tree written per sentence instead of a table and its index), and
    // their text only when it is not the article's text between their
    // character offsets (it always is for the coder's sentences: each
    // sentence was stored twice). Readers take the text from the article
    // then (`sentence_text_sql!`). Run with foreign keys off, like 7. The
    // full-text index loses its document sizes (`columnsize=0`).
    r#"
CREATE TABLE sentences_v8 (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    text         TEXT,
    boilerplate  INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO sentences_v8 (article_id, idx, start_char, end_char, text, boilerplate)
SELECT s.article_id, s.idx, s.start_char, s.end_char,
    CASE WHEN s.start_char >= 0 AND s.end_char >= s.start_char
        AND s.text IS substr(a.text, s.start_char + 1, s.end_char - s.start_char) THEN NULL ELSE s.text END,
    s.boilerplate
FROM sentences s LEFT JOIN articles a ON a.id = s.article_id ORDER BY s.article_id, s.idx;
DROP TABLE sentences;
ALTER TABLE sentences_v8 RENAME TO sentences;
-- The evidence index without each document's size (kept for ranking,
-- which no query does): one B-tree row less per mention.
DROP TABLE evidence_fts;
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='', columnsize=0, tokenize='unicode61 remove_diacritics 2');
INSERT INTO evidence_fts (rowid, text)
SELECT m.id, COALESCE(m.sentence_text, s.text, substr(a.text, s.start_char + 1, s.end_char - s.start_char))
FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx
ORDER BY m.id;
"#,
    // 9: the full-text index leaves the store for a file of its own beside
    // it (`<store>.fts`, see `evidence_index`), written by its own
    // connection — during a bulk load on a helper thread, off the writer's.
    // Opening the store indexes there what the old table held.
    r#"
DROP TABLE IF EXISTS evidence_fts;
"#,
    // 10: no index on the articles' external ids: no query looks an
    // article up by it (`vigie show` and the exports read it from the row),
    // and a bulk load sorted it again at its end for nothing.
    r#"
DROP INDEX IF EXISTS articles_external_id;
"#,
    // 11: no row per sentence. An article's sentences are packed in its
    // row (`articles.sentences`, a JSON array of `[index, start, end,
    // boilerplate, text or null]`, the text null when it is the article's
    // text between the offsets, as in 8): one B-tree insert per sentence
    // was the largest cost of a bulk load left after the indexes. A
    // mention's evidence is now its own text only when it is not the
    // article's text between the mention's sentence offsets (readers:
    // `sentence_text_sql!`), and `mentions` is rebuilt without its foreign
    // key to `sentences` (the writer checks each mention's sentence
    // instead). Run with foreign keys off, like 7 and 8.
    r#"
ALTER TABLE articles ADD COLUMN sentences TEXT;
UPDATE articles SET sentences = (
    SELECT json_group_array(json_array(s.idx, s.start_char, s.end_char, s.boilerplate, s.text) ORDER BY s.idx)
    FROM sentences s WHERE s.article_id = articles.id);
CREATE TABLE mentions_v11 (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_idx      INTEGER NOT NULL,
    event_id          INTEGER REFERENCES events(id),
    sentence_text     TEXT,
    source            TEXT,
    source_text       TEXT,
    target            TEXT,
    target_text       TEXT,
    source_person     TEXT,
    target_person     TEXT,
    cameo             TEXT NOT NULL,
    cameo_label       TEXT NOT NULL,
    cameo_root        TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         REAL NOT NULL,
    plover_event      TEXT,
    plover_mode       TEXT,
    factuality        TEXT NOT NULL,
    event_date        TEXT,
    date_precision    TEXT,
    date_source       TEXT,
    historical        INTEGER NOT NULL,
    is_first          INTEGER NOT NULL,
    symmetric         INTEGER NOT NULL,
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    place_id          TEXT,
    rule              TEXT NOT NULL,
    language          TEXT NOT NULL,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    source_start      INTEGER,
    source_end        INTEGER,
    target_start      INTEGER,
    target_end        INTEGER,
    verb_start        INTEGER NOT NULL,
    verb_end          INTEGER NOT NULL,
    confidence        REAL
);
INSERT INTO mentions_v11 (
    id, article_id, sentence_idx, event_id, sentence_text, source, source_text, target, target_text,
    source_person, target_person, cameo, cameo_label, cameo_root, quad_class, goldstein, plover_event,
    plover_mode, factuality, event_date, date_precision, date_source, historical, is_first, symmetric,
    location_name, location_country, lat, lon, place_id, rule, language, sentence_start, sentence_end,
    source_start, source_end, target_start, target_end, verb_start, verb_end, confidence)
SELECT
    m.id, m.article_id, m.sentence_idx, m.event_id,
    CASE WHEN m.sentence_text IS NULL AND m.old_evidence IS NOT m.new_evidence THEN m.old_evidence ELSE m.sentence_text END,
    m.source, m.source_text, m.target, m.target_text, m.source_person, m.target_person, m.cameo,
    m.cameo_label, m.cameo_root, m.quad_class, m.goldstein, m.plover_event, m.plover_mode, m.factuality,
    m.event_date, m.date_precision, m.date_source, m.historical, m.is_first, m.symmetric, m.location_name,
    m.location_country, m.lat, m.lon, m.place_id, m.rule, m.language, m.sentence_start, m.sentence_end,
    m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end, m.confidence
FROM (
    SELECT m.*, COALESCE(s.text, substr(a.text, s.start_char + 1, s.end_char - s.start_char)) AS old_evidence,
        substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS new_evidence
    FROM mentions m JOIN articles a ON a.id = m.article_id
        LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx
) m ORDER BY m.id;
DROP TABLE mentions;
ALTER TABLE mentions_v11 RENAME TO mentions;
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_event ON mentions(event_id);
DROP TABLE sentences;
-- What the table was, for SQL users (sqlite3, DuckDB's sqlite scanner):
-- one row per sentence, its text read from the article where not stored.
CREATE VIEW sentences AS
SELECT a.id AS article_id, s.value ->> 0 AS idx, s.value ->> 1 AS start_char, s.value ->> 2 AS end_char,
    s.value ->> 3 AS boilerplate,
    COALESCE(s.value ->> 4, substr(a.text, (s.value ->> 1) + 1, (s.value ->> 2) - (s.value ->> 1))) AS text
FROM articles a, json_each(a.sentences) s;
"#,
    // 12: what the coder knew of each actor, the country it belongs to and
    // the organisation it is (`UNOMIL`: no country, organisation UNO), so
    // that exports need not read a country into an organisation's code.
    // Rows coded before keep the only reading their code allows, its first
    // three capitals as its country; re-coding them gives the organisations.
    r#"
ALTER TABLE mentions ADD COLUMN source_country TEXT;
ALTER TABLE mentions ADD COLUMN source_org TEXT;
ALTER TABLE mentions ADD COLUMN target_country TEXT;
ALTER TABLE mentions ADD COLUMN target_org TEXT;
UPDATE mentions SET
    source_country = CASE WHEN source GLOB '[A-Z][A-Z][A-Z]*' THEN substr(source, 1, 3) END,
    target_country = CASE WHEN target GLOB '[A-Z][A-Z][A-Z]*' THEN substr(target, 1, 3) END;
"#,
];

/// Migrations that rebuild a table others refer to: they run with foreign
/// keys off (SQLite's documented way), which only takes effect outside a
/// transaction.
pub(crate) const MIGRATIONS_WITHOUT_FOREIGN_KEYS: &[usize] = &[7, 8, 11];

/// The indexes a bulk load drops and rebuilds: each is keyed on values in
/// no relation to the insertion order, so that every batch would rewrite
/// pages all over them (on 1.5 M events, 20 KB written per event); a
/// mention folded into an older event, one in nine, lands anywhere in
/// `mentions_event`. During the load, the folding index stands in
/// for the three on `articles` and, knowing each event's sources, for
/// `mentions_event`; the content hash's uniqueness is checked when its
/// index is built again.
///
/// `mentions_event` stays deferred although its keys arrive nearly in
/// order: kept up during a load it cost the writer about 0.77 s per million
/// events against about 0.27 s to build it at the end (3 M events, A/B on
/// one binary), as SQLite seeks the index for every row it adds.
pub(crate) const BULK_DEFERRED_INDEXES: &[&str] = &[
    "CREATE UNIQUE INDEX IF NOT EXISTS articles_content_hash ON articles(content_hash)",
    "CREATE INDEX IF NOT EXISTS articles_url_key ON articles(url_key) WHERE url_key IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS articles_norm_hash ON articles(norm_hash)",
    "CREATE INDEX IF NOT EXISTS events_dedup ON events(source_key, target_key, cameo_root, day_lo)",
    "CREATE INDEX IF NOT EXISTS events_target_span ON events(target_key, day_lo, day_hi, quad_class)",
    "CREATE INDEX IF NOT EXISTS events_day ON events(day_lo)",
    "CREATE INDEX IF NOT EXISTS events_source_span ON events(source_key, day_lo, day_hi, quad_class)",
    "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id)",
];
pub(crate) const DROP_BULK_DEFERRED_INDEXES: &str = "DROP INDEX IF EXISTS articles_content_hash; DROP INDEX IF EXISTS articles_url_key; DROP INDEX IF EXISTS articles_norm_hash;
    DROP INDEX IF EXISTS events_dedup; DROP INDEX IF EXISTS events_target_span;
    DROP INDEX IF EXISTS events_day; DROP INDEX IF EXISTS events_source_span;
    DROP INDEX IF EXISTS mentions_event;";

/// Recomputes `dyad_months` from the events.
pub(crate) const REBUILD_DYAD_MONTHS: &str = "DELETE FROM dyad_months;
INSERT INTO dyad_months
SELECT source_key, target_key, strftime('%Y-%m', day_lo * 86400, 'unixepoch'), quad_class, symmetric != 0, COUNT(*),
    SUM(num_mentions), SUM(goldstein)
FROM events WHERE day_lo IS NOT NULL GROUP BY 1, 2, 3, 4, 5;";
