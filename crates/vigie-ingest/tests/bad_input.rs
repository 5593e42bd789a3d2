//! The bad-input corpus (`tests/bad_input/`): each file gets a clear error or
//! a clear skip, never a panic, and what can be read is read. Beyond the
//! outcome table, the checks below pin what matters about the hostile ones:
//! entities never expanded, files never read through XXE, legacy encodings
//! decoded, and inputs too large for memory refused while streaming.

use std::collections::BTreeMap;
use std::io::{BufReader, Read};
use std::path::PathBuf;

use vigie_ingest::{open, IngestError};
use vigie_model::Article;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad_input")
}

fn outcomes(path: &str) -> Vec<Result<Article, IngestError>> {
    open(path).collect()
}

fn only_article(name: &str) -> Article {
    let mut items = outcomes(corpus().join(name).to_str().unwrap());
    assert_eq!(items.len(), 1, "{name}");
    items.remove(0).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_file_has_its_expected_outcomes() {
    let table = std::fs::read_to_string(corpus().join("EXPECTED.tsv")).unwrap();
    let expected: BTreeMap<String, String> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (file, outcome) = l.split_once('\t').expect("file<TAB>outcomes");
            (file.to_string(), outcome.to_string())
        })
        .collect();
    let mut seen = 0;
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if name == "EXPECTED.tsv" {
            continue;
        }
        let want = expected.get(&name).unwrap_or_else(|| panic!("{name} has no line in EXPECTED.tsv"));
        let got: Vec<String> = outcomes(path.to_str().unwrap())
            .iter()
            .map(|r| match r {
                Ok(_) => "ok".to_string(),
                Err(e) => {
                    assert!(e.to_string().contains(&name), "the message names the file: {e}");
                    e.kind().to_string()
                }
            })
            .collect();
        assert_eq!(&got.join(","), want, "{name}");
        seen += 1;
    }
    assert_eq!(seen, expected.len(), "EXPECTED.tsv lists files that are missing");
}

#[test]
fn xml_entities_are_never_expanded_nor_fetched() {
    for name in ["billion_laughs.rss", "xxe.rss", "xxe_parameter.rss"] {
        let article = only_article(name);
        assert!(article.text.len() < 100, "{name}: {} chars", article.text.len());
        assert!(!article.text.contains("lollol") && !article.text.contains("root:"), "{name}: {}", article.text);
    }
}

#[test]
fn legacy_encodings_are_decoded() {
    let page = only_article("latin1_page.html");
    assert!(page.text.contains("Le président français a reçu à l'Élysée"), "{}", page.text);
    assert_eq!(page.title.as_deref(), Some("Président"));
    let plain = only_article("windows1252_plain.txt");
    assert_eq!(plain.text, "Le ministre a déclaré « non » — l’accord est suspendu.");
}

#[test]
fn feed_items_without_dates_are_kept_undated() {
    let items: Vec<Article> = outcomes(corpus().join("items_without_dates.rss").to_str().unwrap())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|a| a.date.is_none()));
    assert_eq!(items[0].text, "Séoul a convoqué l'ambassadeur de Russie.");
}

#[test]
fn ten_thousand_nested_divs_are_refused_quickly() {
    let page = format!("<html><body>{}<p>deep</p>{}</body></html>", "<div>".repeat(10_000), "</div>".repeat(10_000));
    let items: Vec<_> = vigie_ingest::from_reader("nested.html", Box::new(std::io::Cursor::new(page.into_bytes())), None).collect();
    assert!(matches!(&items[..], [Err(IngestError::Html { .. })]), "{items:?}");
}

/// A reader that yields `len` bytes of one repeated line without holding them.
struct Endless {
    left: u64,
    line: &'static [u8],
    pos: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut n = 0;
        while n < buf.len() && self.left > 0 {
            buf[n] = self.line[self.pos];
            self.pos = (self.pos + 1) % self.line.len();
            self.left -= 1;
            n += 1;
        }
        Ok(n)
    }
}

#[test]
fn a_gigabyte_is_refused_or_streamed_never_held() {
    const GIB: u64 = 1 << 30;
    // A 1 GiB file on disk (sparse, so the test costs no disk): refused from its size.
    let dir = std::env::temp_dir().join(format!("vigie-ingest-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.txt");
    std::fs::File::create(&big).unwrap().set_len(GIB).unwrap();
    let items = outcomes(big.to_str().unwrap());
    assert!(matches!(&items[..], [Err(IngestError::TooLarge { size: GIB, .. })]), "{items:?}");
    std::fs::remove_dir_all(&dir).unwrap();
    // The same gigabyte arriving on a stream as one text: refused after the limit, not read to the end.
    let stream = Endless { left: GIB, line: b"Seoul warned Moscow. ", pos: 0 };
    let items: Vec<_> = vigie_ingest::from_reader("-", Box::new(BufReader::new(stream)), None).collect();
    assert!(matches!(&items[..], [Err(IngestError::TooLarge { .. })]), "{items:?}");
    // JSON Lines are streamed: a 20 MB line is skipped without stopping the stream.
    let mut jsonl = br#"{"id":"a","text":""#.to_vec();
    jsonl.extend(std::iter::repeat_n(b'x', 20 << 20));
    jsonl.extend_from_slice(b"\"}\n{\"id\":\"b\",\"text\":\"NATO condemned the visit.\"}\n");
    let items: Vec<_> = vigie_ingest::from_reader("-", Box::new(std::io::Cursor::new(jsonl)), None).collect();
    assert!(matches!(&items[..], [Err(IngestError::BadLine { line: 1, .. }), Ok(_)]), "{items:?}");
}
