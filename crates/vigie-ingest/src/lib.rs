//! Ingestion: turns bytes from files, folders or standard input into
//! [`Article`]s. It owns input formats — plain text, JSON Lines, HTML pages
//! (main-text extraction and page metadata), RSS/Atom feeds, any of them
//! gzip-compressed — their encodings, and the defence against bad input:
//! empty, binary, corrupted, oversized or hostile files are each reported as
//! an [`IngestError`] naming the file (and line), never a panic. It must not
//! know languages, lexicons, event coding or storage: what an article *says*
//! is not its business, only that it arrives intact and with its metadata.
//!
//! JSON Lines are streamed one line at a time, so memory does not grow with
//! the number of articles in a file; every other format is one bounded read.

mod decode;
pub mod feed;
pub mod html;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;
use vigie_model::Article;

pub use decode::{decode_markup, decode_text};

/// A text or HTML file larger than this is refused rather than read into memory.
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;
/// A feed larger than this is refused (real feeds are well under a megabyte).
pub const MAX_FEED_BYTES: u64 = 32 * 1024 * 1024;
/// A single JSONL line (one article) larger than this is refused.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: empty input, no article to code")]
    Empty { path: String },
    #[error("{path}: {what}, not text; skipped")]
    Binary { path: String, what: &'static str },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset}) yet not in one legacy encoding either; skipped")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: {size} bytes is over the {limit}-byte limit; skipped")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}:{line}: not a JSON article ({reason}); line skipped")]
    BadLine { path: String, line: usize, reason: String },
    #[error("{path}:{line}: article {id} has neither text nor title; skipped")]
    EmptyRecord { path: String, line: usize, id: String },
    #[error("{path}: HTML page skipped: {reason}")]
    Html { path: String, reason: html::HtmlProblem },
    #[error("{path}: not a readable RSS/Atom feed ({reason}); skipped")]
    NotAFeed { path: String, reason: String },
    #[error("{path}: the feed has no items")]
    EmptyFeed { path: String },
}

impl IngestError {
    /// True when the error concerns one record and the rest of the input was still read.
    pub fn is_record_level(&self) -> bool {
        matches!(self, IngestError::BadLine { .. } | IngestError::EmptyRecord { .. })
    }

    /// The kind of problem, as a stable name for reports and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Io { .. } => "io",
            IngestError::Empty { .. } => "empty",
            IngestError::Binary { .. } => "binary",
            IngestError::InvalidUtf8 { .. } => "invalid_utf8",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::BadLine { .. } => "bad_line",
            IngestError::EmptyRecord { .. } => "empty_record",
            IngestError::Html { .. } => "html",
            IngestError::NotAFeed { .. } => "not_a_feed",
            IngestError::EmptyFeed { .. } => "empty_feed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlainText,
    JsonLines,
    Html,
    Feed,
}

impl Format {
    /// The format a file name's extension announces (after any `.gz`), if it announces one.
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.strip_suffix(".gz").unwrap_or(name);
        let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jsonl" | "ndjson" => Format::JsonLines,
            "txt" | "text" => Format::PlainText,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "rss" | "atom" | "rdf" | "xml" | "feed" => Format::Feed,
            _ => return None,
        })
    }

    /// What the first bytes of a payload look like.
    fn sniff(head: &[u8]) -> Format {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head.iter().position(|b| !b.is_ascii_whitespace()).map_or(&head[..0], |i| &head[i..]);
        match start.first() {
            Some(b'{') => Format::JsonLines,
            Some(b'<') => {
                let lower: Vec<u8> = start[..start.len().min(2048)].iter().map(u8::to_ascii_lowercase).collect();
                let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
                if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
                    Format::Feed
                } else if has(b"<html") || has(b"<!doctype html") || has(b"<head") || has(b"<body") {
                    Format::Html
                } else if start.starts_with(b"<?xml") {
                    Format::Feed
                } else {
                    Format::Html
                }
            }
            _ => Format::PlainText,
        }
    }
}

/// Articles read from one input, in order. Errors are yielded in place of the
/// article they concern; after a record-level error the stream goes on.
pub struct ArticleStream {
    name: String,
    inner: StreamKind,
}

enum StreamKind {
    Queue(std::vec::IntoIter<Result<Article, IngestError>>),
    Lines { reader: Box<dyn BufRead>, line_no: usize, seen_any: bool, done: bool },
}

/// Opens `path` (`-` is standard input) and streams its articles.
pub fn open(path: &str) -> ArticleStream {
    if path == "-" {
        return from_reader("-", Box::new(BufReader::new(io::stdin())), None);
    }
    let io_error = |source| ArticleStream::failed(path, IngestError::Io { path: path.into(), source });
    let file = match File::open(path) {
        Ok(f) => f,
        Err(source) => return io_error(source),
    };
    let announced = Format::from_name(path);
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            return io_error(io::Error::new(io::ErrorKind::InvalidInput, "is a folder (use it as a path to ingest every file in it)"));
        }
        let limit = announced.map_or(MAX_TEXT_BYTES, limit_of);
        // A compressed file is judged after decompression; anything else by its size on disk.
        if announced != Some(Format::JsonLines) && !path.ends_with(".gz") && meta.len() > limit {
            return ArticleStream::failed(path, IngestError::TooLarge { path: path.into(), size: meta.len(), limit });
        }
    }
    from_reader(path, Box::new(BufReader::new(file)), announced)
}

fn limit_of(format: Format) -> u64 {
    match format {
        Format::Feed => MAX_FEED_BYTES,
        _ => MAX_TEXT_BYTES,
    }
}

/// Streams articles from any reader. gzip input is decompressed on the fly;
/// without a `format`, the first bytes decide (JSON Lines, feed, HTML or text).
pub fn from_reader(name: &str, mut reader: Box<dyn BufRead>, format: Option<Format>) -> ArticleStream {
    let io_error = |source| ArticleStream::failed(name, IngestError::Io { path: name.into(), source });
    let is_gzip = match reader.fill_buf() {
        Ok(head) => head.starts_with(b"\x1f\x8b"),
        Err(source) => return io_error(source),
    };
    if is_gzip {
        reader = Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(reader)));
    }
    let sniffed = match reader.fill_buf() {
        Ok(head) => {
            if let Some(what) = decode::binary_signature(head) {
                return ArticleStream::failed(name, IngestError::Binary { path: name.into(), what });
            }
            Format::sniff(head)
        }
        Err(source) => return io_error(source),
    };
    // The extension is trusted for text and JSONL; markup is what it looks like
    // (a `.xml` file holding an HTML page is a page, a `.html` feed a feed).
    let format = match format {
        Some(Format::Html | Format::Feed) if matches!(sniffed, Format::Html | Format::Feed) => sniffed,
        Some(f) => f,
        None => sniffed,
    };
    match format {
        Format::JsonLines => ArticleStream {
            name: name.into(),
            inner: StreamKind::Lines { reader, line_no: 0, seen_any: false, done: false },
        },
        Format::PlainText | Format::Html | Format::Feed => {
            let results = match read_bounded(name, reader, limit_of(format)) {
                Err(e) => vec![Err(e)],
                Ok(bytes) => match format {
                    Format::Feed => read_feed(name, &bytes),
                    Format::Html => vec![read_html(name, &bytes)],
                    _ => vec![decode_text(name, &bytes).map(|text| Article {
                        id: name.to_string(),
                        text,
                        date: None,
                        lang: None,
                        title: None,
                        url: None,
                    })],
                },
            };
            ArticleStream { name: name.into(), inner: StreamKind::Queue(results.into_iter()) }
        }
    }
}

impl ArticleStream {
    fn failed(name: &str, err: IngestError) -> ArticleStream {
        ArticleStream { name: name.into(), inner: StreamKind::Queue(vec![Err(err)].into_iter()) }
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Iterator for ArticleStream {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            StreamKind::Queue(items) => items.next(),
            StreamKind::Lines { reader, line_no, seen_any, done } => {
                if *done {
                    return None;
                }
                let mut buf = Vec::new();
                loop {
                    buf.clear();
                    *line_no += 1;
                    let read = reader
                        .by_ref()
                        .take(MAX_LINE_BYTES as u64 + 1)
                        .read_until(b'\n', &mut buf);
                    match read {
                        Err(source) => {
                            *done = true;
                            return Some(Err(IngestError::Io { path: self.name.clone(), source }));
                        }
                        Ok(0) => {
                            *done = true;
                            if !*seen_any {
                                return Some(Err(IngestError::Empty { path: self.name.clone() }));
                            }
                            return None;
                        }
                        Ok(_) => {}
                    }
                    if buf.len() > MAX_LINE_BYTES {
                        if let Err(source) = skip_line(reader.as_mut()) {
                            *done = true;
                            return Some(Err(IngestError::Io { path: self.name.clone(), source }));
                        }
                        *seen_any = true;
                        return Some(Err(IngestError::BadLine {
                            path: self.name.clone(),
                            line: *line_no,
                            reason: format!("line longer than {MAX_LINE_BYTES} bytes"),
                        }));
                    }
                    if buf.iter().all(|b| b.is_ascii_whitespace()) {
                        continue;
                    }
                    *seen_any = true;
                    return Some(parse_jsonl_line(&self.name, *line_no, &buf));
                }
            }
        }
    }
}

/// Discards the rest of a line without holding it in memory.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|b| *b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

fn read_bounded(name: &str, reader: Box<dyn BufRead>, limit: u64) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Io { path: name.into(), source })?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::TooLarge { path: name.into(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

fn read_html(name: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let markup = decode_markup(name, bytes)?;
    let page = html::extract(&markup, None).map_err(|reason| IngestError::Html { path: name.into(), reason })?;
    Ok(Article {
        id: page.url.clone().unwrap_or_else(|| name.to_string()),
        text: page.text,
        date: page.published,
        lang: page.lang,
        title: page.title,
        url: page.url,
    })
}

fn read_feed(name: &str, bytes: &[u8]) -> Vec<Result<Article, IngestError>> {
    let xml = match decode_markup(name, bytes) {
        Ok(xml) => xml,
        Err(e) => return vec![Err(e)],
    };
    match feed::parse(name, &xml) {
        Err(reason) => vec![Err(IngestError::NotAFeed { path: name.into(), reason })],
        Ok(items) if items.is_empty() => vec![Err(IngestError::EmptyFeed { path: name.into() })],
        Ok(items) => items.into_iter().map(Ok).collect(),
    }
}

/// One input to read: a file (found directly or inside a folder) or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: String,
}

/// What a list of command-line paths expands to: the inputs to read, in a
/// stable order, and the files inside folders that are not articles (images,
/// licences…), which are passed over and only counted.
#[derive(Debug, Default)]
pub struct Expansion {
    pub inputs: Vec<Input>,
    pub passed_over: Vec<PathBuf>,
    pub errors: Vec<IngestError>,
}

/// Expands folders recursively (hidden entries and symbolic links to folders
/// are not followed). A file named on the command line is always read, whatever
/// its name; inside folders only names with a known extension are.
pub fn expand(paths: &[String]) -> Expansion {
    let mut out = Expansion::default();
    for path in paths {
        if path != "-" && Path::new(path).is_dir() {
            walk(Path::new(path), &mut out);
        } else {
            out.inputs.push(Input { path: path.clone() });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Expansion) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            out.errors.push(IngestError::Io { path: dir.display().to_string(), source });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_none_or(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&child) else { continue };
        if meta.is_dir() {
            walk(&child, out);
        } else if Format::from_name(&child.to_string_lossy()).is_some() {
            out.inputs.push(Input { path: child.display().to_string() });
        } else {
            out.passed_over.push(child);
        }
    }
}

fn parse_jsonl_line(path: &str, line: usize, bytes: &[u8]) -> Result<Article, IngestError> {
    let bad = |reason: String| IngestError::BadLine { path: path.into(), line, reason };
    let text = std::str::from_utf8(bytes).map_err(|e| bad(format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let json = text.trim();
    // The record's fields straight from the line, other keys skipped unread;
    // a line that is not a well-formed object is parsed again as a `Value`
    // only to say what is wrong with it.
    let record = match serde_json::from_str::<JsonRecord>(json) {
        Ok(record) => record,
        Err(_) => {
            let value: Value = serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
            return Err(bad(if value.is_object() { "not a readable record".into() } else { "a JSON value but not an object".into() }));
        }
    };
    let id = match record.id {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(bad("missing \"id\" (string or number)".into())),
    };
    let opt = |field: &Option<LooseString>| match field {
        Some(LooseString::Text(s)) if !s.trim().is_empty() => Some(s.to_string()),
        _ => None,
    };
    // A wire item with only a headline is still news: its title is its text.
    let text = match record.text {
        Some(LooseString::Text(s)) if !s.trim().is_empty() => if s.contains('\r') { s.replace("\r\n", "\n") } else { s.into_owned() },
        Some(LooseString::Text(_)) | Some(LooseString::Null) => match opt(&record.title) {
            Some(title) => title,
            None => return Err(IngestError::EmptyRecord { path: path.into(), line, id }),
        },
        _ => return Err(bad(format!("article {id}: missing \"text\" string"))),
    };
    Ok(Article { id, text, date: opt(&record.date), lang: opt(&record.lang), title: opt(&record.title), url: opt(&record.url) })
}

/// The keys of a JSON Lines record that make an article. A `Value` tree of
/// the whole record cost as much as tokenising a short item: the agenda's
/// records carry a dozen other keys.
#[derive(Default)]
struct JsonRecord<'a> {
    id: Option<Value>,
    text: Option<LooseString<'a>>,
    date: Option<LooseString<'a>>,
    lang: Option<LooseString<'a>>,
    title: Option<LooseString<'a>>,
    url: Option<LooseString<'a>>,
}

/// A field that should be a string: borrowed from the line when it has no
/// escapes; `null` and other kinds of value are told apart, as the text's
/// fallback to the title needs.
enum LooseString<'a> {
    Text(std::borrow::Cow<'a, str>),
    Null,
    Other,
}

enum RecordKey {
    Id,
    Text,
    Date,
    Lang,
    Title,
    Url,
    Other,
}

impl<'de> serde::Deserialize<'de> for RecordKey {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = RecordKey;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<RecordKey, E> {
                Ok(match key {
                    "id" => RecordKey::Id,
                    "text" => RecordKey::Text,
                    "date" => RecordKey::Date,
                    "lang" => RecordKey::Lang,
                    "title" => RecordKey::Title,
                    "url" => RecordKey::Url,
                    _ => RecordKey::Other,
                })
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for LooseString<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseVisitor;
        impl<'de> serde::de::Visitor<'de> for LooseVisitor {
            type Value = LooseString<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(LooseString::Text(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(LooseString::Text(std::borrow::Cow::Owned(s.to_string())))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(LooseString::Text(std::borrow::Cow::Owned(s)))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(LooseString::Null)
            }
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(LooseString::Other)
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(LooseString::Other)
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(LooseString::Other)
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(LooseString::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(LooseString::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
                Ok(LooseString::Other)
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for JsonRecord<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RecordVisitor;
        impl<'de> serde::de::Visitor<'de> for RecordVisitor {
            type Value = JsonRecord<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                // As in a `Value` object, a repeated key's last value counts.
                let mut record = JsonRecord::default();
                while let Some(key) = map.next_key::<RecordKey>()? {
                    match key {
                        RecordKey::Id => record.id = Some(map.next_value()?),
                        RecordKey::Text => record.text = Some(map.next_value()?),
                        RecordKey::Date => record.date = Some(map.next_value()?),
                        RecordKey::Lang => record.lang = Some(map.next_value()?),
                        RecordKey::Title => record.title = Some(map.next_value()?),
                        RecordKey::Url => record.url = Some(map.next_value()?),
                        RecordKey::Other => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(record)
            }
        }
        deserializer.deserialize_map(RecordVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(bytes: &'static [u8], format: Option<Format>) -> Vec<Result<Article, IngestError>> {
        from_reader("t", Box::new(io::Cursor::new(bytes)), format).collect()
    }

    #[test]
    fn plain_text_is_one_article_with_normalised_line_ends() {
        let out = stream(b"\xEF\xBB\xBFLine one.\r\nLine two.", Some(Format::PlainText));
        let art = out[0].as_ref().unwrap();
        assert_eq!(art.text, "Line one.\nLine two.");
        assert_eq!(art.id, "t");
    }

    #[test]
    fn bad_inputs_are_named_errors() {
        assert!(matches!(stream(b"  \n ", Some(Format::PlainText))[0], Err(IngestError::Empty { .. })));
        assert!(matches!(stream(b"abc\x00def", Some(Format::PlainText))[0], Err(IngestError::Binary { .. })));
        assert!(matches!(
            stream(b"d\xC3\xA9j\xC3\xA0 caf\xE9 au lait", Some(Format::PlainText))[0],
            Err(IngestError::InvalidUtf8 { offset: 10, .. })
        ));
        assert!(matches!(stream(b"\x01\x02\x03\x04\x05\x06", Some(Format::PlainText))[0], Err(IngestError::Binary { .. })));
    }

    #[test]
    fn jsonl_bad_lines_are_skipped_and_the_rest_read() {
        let input = b"{\"id\":\"a\",\"text\":\"Un.\"}\nnot json\n\n{\"id\":2,\"text\":\"Deux.\",\"date\":\"2024-06-20\"}\n{\"id\":\"c\"}\n";
        let out = stream(input, None);
        assert_eq!(out.len(), 4);
        assert_eq!(out[0].as_ref().unwrap().id, "a");
        assert!(matches!(out[1], Err(IngestError::BadLine { line: 2, .. })));
        let second = out[2].as_ref().unwrap();
        assert_eq!((second.id.as_str(), second.date.as_deref()), ("2", Some("2024-06-20")));
        assert!(matches!(out[3], Err(IngestError::BadLine { line: 5, .. })));
    }

    #[test]
    fn jsonl_records_read_their_fields_as_a_json_object_says_them() {
        // Other keys of any shape are skipped; a repeated key's last value
        // counts; an escaped key is its unescaped name; a title that is not
        // a string is no title; a null text falls back to the title.
        let input = concat!(
            r#"{"id":"a","extra":{"deep":[1,{"x":null}],"n":1.5e3},"text":"First.","text":"Un\u00e9.","t\u0069tle":"Titre","lang":7}"#, "\n",
            r#"{"id":12,"text":null,"title":"Seul titre","url":"  "}"#, "\n",
            r#"[1,2]"#, "\n",
            r#"{"id":"d","text":{"a":1}}"#, "\n",
            r#"{"id":"e","text":"A\r\nB","date":"2024-06-20","extra":"x"#, "\n",
        );
        let out = stream(Box::leak(input.to_string().into_boxed_str()).as_bytes(), Some(Format::JsonLines));
        let first = out[0].as_ref().unwrap();
        assert_eq!((first.text.as_str(), first.title.as_deref(), first.lang.as_deref()), ("Uné.", Some("Titre"), None));
        let second = out[1].as_ref().unwrap();
        assert_eq!((second.id.as_str(), second.text.as_str(), second.url.as_deref()), ("12", "Seul titre", None));
        assert!(matches!(&out[2], Err(IngestError::BadLine { reason, .. }) if reason == "a JSON value but not an object"));
        assert!(matches!(&out[3], Err(IngestError::BadLine { reason, .. }) if reason == "article d: missing \"text\" string"));
        assert!(matches!(&out[4], Err(IngestError::BadLine { reason, .. }) if reason.contains("EOF")), "{:?}", out[4]);
    }

    #[test]
    fn empty_jsonl_is_an_error() {
        let out = stream(b"\n\n", Some(Format::JsonLines));
        assert!(matches!(out[0], Err(IngestError::Empty { .. })));
    }
}
