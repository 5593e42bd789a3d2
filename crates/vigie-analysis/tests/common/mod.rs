//! Shared by the tests: code articles with the real coder and lexicons and
//! store them in an in-memory store, through the public APIs only.
#![allow(dead_code)]

use vigie_analysis::{ActorNames, Cues, Dataset};
use vigie_coder::Coder;
use vigie_lexicon::Lexicon;
use vigie_model::Article;
use vigie_store::{ArticleRecord, Store};

pub fn store_of(articles: &[Article]) -> Store {
    let lexicon = Lexicon::embedded().expect("lexicons");
    let coder = Coder::new(&lexicon);
    let mut store = Store::open_in_memory().expect("store");
    for a in articles {
        let coded = coder.code(a).expect("coded");
        store
            .write_batch(&[ArticleRecord { article: a, language: &coded.language, sentences: &coded.sentences, mentions: &coded.mentions }])
            .expect("stored");
    }
    store
}

pub fn founding() -> Article {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seed/000_be29029dfbfb3d28.txt");
    let text = std::fs::read_to_string(path).expect("the founding article in ../shared/seed");
    Article { id: "seed/000_be29029dfbfb3d28.txt".into(), text, date: None, lang: None, title: None, url: None }
}

pub fn dataset(store: &Store) -> Dataset {
    Dataset::load(store, None).expect("dataset")
}

/// The cues with actor names from the lexicon files, as the CLI uses them.
pub fn cues() -> Cues {
    Cues::builtin().with_names(ActorNames::builtin().with_lexicon_files(vigie_lexicon::EMBEDDED.iter().copied()))
}
