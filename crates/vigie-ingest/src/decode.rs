//! Bytes to text: encodings, byte-order marks and the checks that keep binary
//! files and corrupted text out of the coder.
//!
//! Plain text must be UTF-8, or wholly in one legacy 8-bit encoding (a
//! Windows-1252 file from a French site): a file mixing valid UTF-8 with stray
//! bytes is corrupted and refused, because guessing would silently garble
//! names. Markup (HTML, XML feeds) follows the browsers' order instead: a
//! byte-order mark, then the charset the document declares, then detection.

use encoding_rs::{Encoding, UTF_8};

use crate::IngestError;

/// What a file's first bytes say it is when it is not text at all.
pub(crate) fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a zip archive (or an office document)"),
        (b"PK\x05\x06", "an empty zip archive"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-zip archive"),
        (b"BZh", "a bzip2 archive"),
        (b"\xFD7zXZ\x00", "an xz archive"),
        (b"\x28\xB5\x2F\xFD", "a zstd archive"),
        (b"\x7FELF", "an executable"),
        (b"SQLite format 3\x00", "an SQLite database"),
        (b"RIFF", "a RIFF media file"),
        (b"OggS", "an Ogg media file"),
        (b"ID3", "an MP3 file"),
        (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
        (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, what)| *what)
}

/// Decodes a plain-text payload; see the module doc for the rule.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<String, IngestError> {
    if let Some(what) = binary_signature(bytes) {
        return Err(IngestError::Binary { path: name.into(), what });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            let offset = first_invalid_utf8(bytes).unwrap_or(bom_len);
            return Err(IngestError::InvalidUtf8 { path: name.into(), offset });
        }
        return finish(name, &text);
    }
    if bytes.contains(&0) {
        return Err(IngestError::Binary { path: name.into(), what: "a file with NUL bytes" });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => finish(name, text),
        Err(e) if has_utf8_multibyte(bytes) => Err(IngestError::InvalidUtf8 { path: name.into(), offset: e.valid_up_to() }),
        Err(_) => {
            let encoding = detect(bytes);
            let (text, _) = encoding.decode_without_bom_handling(bytes);
            finish(name, &text)
        }
    }
}

/// Decodes HTML or XML, honouring a byte-order mark and a declared charset.
pub fn decode_markup(name: &str, bytes: &[u8]) -> Result<String, IngestError> {
    if let Some(what) = binary_signature(bytes) {
        return Err(IngestError::Binary { path: name.into(), what });
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, &bytes[bom_len..]),
        None => {
            if bytes.contains(&0) {
                return Err(IngestError::Binary { path: name.into(), what: "a file with NUL bytes" });
            }
            let declared = declared_charset(bytes);
            // A page that declares UTF-8 but is not (a common server mistake) is detected instead.
            let trusted = declared.filter(|e| *e != UTF_8 || std::str::from_utf8(bytes).is_ok());
            (trusted.unwrap_or_else(|| detect(bytes)), bytes)
        }
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    finish(name, &text)
}

fn finish(name: &str, text: &str) -> Result<String, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: name.into() });
    }
    if looks_binary(text) {
        return Err(IngestError::Binary { path: name.into(), what: "a file of control characters" });
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// The charset named by `<meta charset>`, `<meta http-equiv … charset=…>` or
/// `<?xml … encoding="…"?>` in the first kilobytes, as the HTML prescan does.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let start = from + pos + key.len();
            let value: Vec<u8> = lower[start..]
                .iter()
                .copied()
                .skip_while(|b| *b == b'"' || *b == b'\'' || b.is_ascii_whitespace())
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect();
            if let Some(encoding) = Encoding::for_label(&value) {
                // UTF-16 cannot be declared from inside an ASCII-compatible prefix.
                return Some(if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE { UTF_8 } else { encoding });
            }
            from = start;
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// True when the bytes hold at least one well-formed multi-byte UTF-8 sequence.
fn has_utf8_multibyte(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => return !s.is_ascii(),
            Err(e) => {
                let valid = &rest[..e.valid_up_to()];
                if !valid.is_ascii() {
                    return true;
                }
                let skip = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[e.valid_up_to() + skip..];
            }
        }
    }
}

fn first_invalid_utf8(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// Control characters other than line breaks and tabs are rare in prose; a
/// text made of many of them is a binary file that happens to decode.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let controls = sample.iter().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    controls * 10 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_french_text_is_decoded_but_corrupted_utf8_refused() {
        assert_eq!(decode_text("t", b"caf\xE9 \xE0 Paris").unwrap(), "café à Paris");
        let mixed = "déjà vu, ".as_bytes().iter().copied().chain(*b"caf\xE9").collect::<Vec<u8>>();
        assert!(matches!(decode_text("t", &mixed), Err(IngestError::InvalidUtf8 { offset: 14, .. })));
    }

    #[test]
    fn declared_charset_wins_for_markup() {
        let page = b"<html><head><meta charset=\"iso-8859-15\"></head><body>\xA4 10, \xE9t\xE9</body></html>";
        let text = decode_markup("t", page).unwrap();
        assert!(text.contains("€ 10, été"), "{text}");
        let xml = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss>\x93Paris\x94</rss>";
        assert!(decode_markup("t", xml).unwrap().contains("“Paris”"));
    }

    #[test]
    fn a_page_lying_about_utf8_is_detected() {
        let page = b"<html><head><meta charset=utf-8></head><body>Le pr\xE9sident fran\xE7ais a d\xE9clar\xE9</body></html>";
        assert!(decode_markup("t", page).unwrap().contains("président français a déclaré"));
    }

    #[test]
    fn binary_files_are_named() {
        assert!(matches!(decode_text("t", b"\x89PNG\r\n\x1a\nxxxx"), Err(IngestError::Binary { what: "a PNG image", .. })));
        assert!(matches!(decode_markup("t", b"PK\x03\x04xx"), Err(IngestError::Binary { .. })));
        assert!(matches!(decode_text("t", b"abc\x00def"), Err(IngestError::Binary { .. })));
        assert!(matches!(decode_text("t", b"  \n "), Err(IngestError::Empty { .. })));
    }

    #[test]
    fn utf16_with_bom_is_text() {
        let bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Séoul".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode_text("t", &bytes).unwrap(), "Séoul");
    }
}
