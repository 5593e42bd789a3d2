//! Ingestion: turns bytes from files or standard input into [`Article`]s.
//! It owns input formats (plain text, JSON Lines; HTML and feeds later) and
//! the defence against bad input — empty, binary, invalid UTF-8, oversized
//! files, JSONL lines that are not JSON — each reported as an [`IngestError`]
//! that names the file and line, never a panic. It must not know languages,
//! lexicons, event coding or storage: what an article *says* is not its
//! business, only that it arrives intact.
//!
//! JSON Lines are streamed one line at a time, so memory does not grow with
//! the number of articles in a file.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use serde_json::Value;
use vigie_model::Article;

/// Files larger than this are refused rather than read into memory.
pub const MAX_TEXT_BYTES: u64 = 64 * 1024 * 1024;
/// A single JSONL line (one article) larger than this is refused.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: empty input, no article to code")]
    Empty { path: String },
    #[error("{path}: looks like a binary file (NUL bytes), not text; skipped")]
    Binary { path: String },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset}); skipped")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: {size} bytes is over the {limit}-byte limit; skipped")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}:{line}: not a JSON article ({reason}); line skipped")]
    BadLine { path: String, line: usize, reason: String },
}

impl IngestError {
    /// True when the error concerns one record and the rest of the input was still read.
    pub fn is_record_level(&self) -> bool {
        matches!(self, IngestError::BadLine { .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    PlainText,
    JsonLines,
}

impl Format {
    /// The format a path's extension announces; anything unknown is read as text.
    pub fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()) {
            Some(ext) if ext == "jsonl" || ext == "ndjson" => Format::JsonLines,
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
    Single(Option<Result<Article, IngestError>>),
    Lines { reader: Box<dyn BufRead>, line_no: usize, seen_any: bool, done: bool },
}

/// Opens `path` (`-` is standard input) and streams its articles.
pub fn open(path: &str) -> ArticleStream {
    if path == "-" {
        return from_reader("-", Box::new(BufReader::new(io::stdin())), None);
    }
    let p = Path::new(path);
    let file = match File::open(p) {
        Ok(f) => f,
        Err(source) => return ArticleStream::failed(path, IngestError::Io { path: path.into(), source }),
    };
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            let source = io::Error::new(io::ErrorKind::InvalidInput, "is a directory");
            return ArticleStream::failed(path, IngestError::Io { path: path.into(), source });
        }
        if Format::from_path(p) == Format::PlainText && meta.len() > MAX_TEXT_BYTES {
            return ArticleStream::failed(
                path,
                IngestError::TooLarge { path: path.into(), size: meta.len(), limit: MAX_TEXT_BYTES },
            );
        }
    }
    from_reader(path, Box::new(BufReader::new(file)), Some(Format::from_path(p)))
}

/// Streams articles from any reader. Without a `format`, the first bytes decide:
/// input starting with `{` is JSON Lines, anything else one plain-text article.
pub fn from_reader(name: &str, mut reader: Box<dyn BufRead>, format: Option<Format>) -> ArticleStream {
    let format = match format {
        Some(f) => f,
        None => match sniff(&mut reader) {
            Ok(f) => f,
            Err(source) => return ArticleStream::failed(name, IngestError::Io { path: name.into(), source }),
        },
    };
    match format {
        Format::JsonLines => ArticleStream {
            name: name.into(),
            inner: StreamKind::Lines { reader, line_no: 0, seen_any: false, done: false },
        },
        Format::PlainText => {
            let result = read_text_article(name, reader);
            ArticleStream { name: name.into(), inner: StreamKind::Single(Some(result)) }
        }
    }
}

impl ArticleStream {
    fn failed(name: &str, err: IngestError) -> ArticleStream {
        ArticleStream { name: name.into(), inner: StreamKind::Single(Some(Err(err))) }
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Iterator for ArticleStream {
    type Item = Result<Article, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            StreamKind::Single(slot) => slot.take(),
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
                        // Skip the rest of the oversized line before going on.
                        let mut sink = Vec::new();
                        let _ = reader.read_until(b'\n', &mut sink);
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

fn sniff(reader: &mut Box<dyn BufRead>) -> io::Result<Format> {
    let buf = reader.fill_buf()?;
    let start = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(buf);
    Ok(match start.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => Format::JsonLines,
        _ => Format::PlainText,
    })
}

fn read_text_article(name: &str, reader: Box<dyn BufRead>) -> Result<Article, IngestError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Io { path: name.into(), source })?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(IngestError::TooLarge { path: name.into(), size: bytes.len() as u64, limit: MAX_TEXT_BYTES });
    }
    let text = decode_text(name, &bytes)?;
    Ok(Article { id: name.to_string(), text, date: None, lang: None, title: None, url: None })
}

/// Checks and decodes one text payload: refuses binary and invalid UTF-8,
/// drops a byte-order mark and normalises line ends to `\n`.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::Binary { path: name.into() });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| IngestError::InvalidUtf8 { path: name.into(), offset: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: name.into() });
    }
    if looks_binary(text) {
        return Err(IngestError::Binary { path: name.into() });
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Control characters other than line breaks and tabs are rare in prose; a
/// text made of many of them is a binary file that happens to be valid UTF-8.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let controls = sample.iter().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    controls * 10 > sample.len()
}

fn parse_jsonl_line(path: &str, line: usize, bytes: &[u8]) -> Result<Article, IngestError> {
    let bad = |reason: String| IngestError::BadLine { path: path.into(), line, reason };
    let text = std::str::from_utf8(bytes).map_err(|e| bad(format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let value: Value = serde_json::from_str(text.trim()).map_err(|e| bad(e.to_string()))?;
    let obj = value.as_object().ok_or_else(|| bad("a JSON value but not an object".into()))?;
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(bad("missing \"id\" (string or number)".into())),
    };
    let text = match obj.get("text") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.replace("\r\n", "\n"),
        Some(Value::String(_)) => return Err(bad(format!("article {id}: empty \"text\""))),
        _ => return Err(bad(format!("article {id}: missing \"text\" string"))),
    };
    let opt = |key: &str| obj.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
    Ok(Article { id, text, date: opt("date"), lang: opt("lang"), title: opt("title"), url: opt("url") })
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
            stream(b"caf\xE9 au lait", Some(Format::PlainText))[0],
            Err(IngestError::InvalidUtf8 { offset: 3, .. })
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
    fn empty_jsonl_is_an_error() {
        let out = stream(b"\n\n", Some(Format::JsonLines));
        assert!(matches!(out[0], Err(IngestError::Empty { .. })));
    }
}
