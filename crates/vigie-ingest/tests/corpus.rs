//! Real inputs from `../shared/corpus/`: the 16 RSS/Atom feeds captured from
//! live sites, Le Monde's international feed, and all of Reuters-21578.

use std::path::PathBuf;

use vigie_ingest::open;

fn shared(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(rel)
}

#[test]
fn the_sixteen_real_feeds_are_read_without_error() {
    let mut feeds = 0;
    let mut items = 0;
    for dir in ["feeds/rss-parser", "feeds/feed-rs"] {
        for entry in std::fs::read_dir(shared(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.display().to_string();
            let articles: Vec<_> = open(&name).collect();
            assert!(!articles.is_empty(), "{name}: no item");
            for a in &articles {
                let a = a.as_ref().unwrap_or_else(|e| panic!("{e}"));
                assert!(!a.text.trim().is_empty() && !a.id.is_empty(), "{name}");
            }
            feeds += 1;
            items += articles.len();
        }
    }
    assert_eq!(feeds, 16);
    assert!(items >= 150, "{items} items");
}

#[test]
fn le_monde_international_feed_items_carry_link_date_and_language() {
    let path = shared("feeds/lemonde/lemonde_international_rss_full_20240327.xml");
    let items: Vec<_> = open(path.to_str().unwrap()).map(Result::unwrap).collect();
    assert_eq!(items.len(), 20);
    for a in &items {
        assert!(a.url.as_deref().is_some_and(|u| u.starts_with("https://www.lemonde.fr/")), "{:?}", a.url);
        assert!(a.date.as_deref().is_some_and(|d| d.starts_with("2024-03-2")), "{:?}", a.date);
        assert_eq!(a.lang.as_deref(), Some("fr"));
        assert!(a.title.is_some());
    }
}

#[test]
fn all_of_reuters_is_read_and_its_one_empty_record_named() {
    let path = shared("en/reuters21578.jsonl");
    let (mut articles, mut dated, mut skipped) = (0, 0, Vec::new());
    for item in open(path.to_str().unwrap()) {
        match item {
            Ok(a) => {
                dated += usize::from(a.date.is_some());
                articles += 1;
            }
            Err(e) => skipped.push(e.kind()),
        }
    }
    assert_eq!(articles, 21_577);
    assert_eq!(dated, 21_576, "one story in the file has a null date");
    assert_eq!(skipped, ["empty_record"], "the one story with neither text nor title");
}
