//! Storing coded articles: the one path `vigie ingest` and `POST
//! /api/articles` share, so an article stored through the API is stored
//! exactly as the command would store it (one transaction per batch,
//! duplicates skipped and counted, mentions folded into events).

use vigie_coder::{CodedArticle, Coder};
use vigie_model::Article;
use vigie_store::{ArticleRecord, BatchReport, Store, StoreError};

/// Codes one article; the error is the reason to report for skipping it.
pub fn code_article(coder: &Coder, article: &Article) -> Result<CodedArticle, String> {
    coder.code(article).map_err(|e| e.to_string())
}

/// Writes coded articles to the store in one transaction.
pub fn store_coded(
    store: &mut Store,
    batch: &[(Article, CodedArticle)],
) -> Result<BatchReport, StoreError> {
    let records: Vec<ArticleRecord> = batch
        .iter()
        .map(|(a, c)| ArticleRecord {
            article: a,
            language: &c.language,
            sentences: &c.sentences,
            mentions: &c.mentions,
        })
        .collect();
    store.write_batch(&records)
}
