//! A saved web page: encoding detection, then main-text extraction.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(markup) = vigie_ingest::decode_markup("fuzz.html", data) {
        let _ = vigie_ingest::html::extract(&markup, Some("https://example.org/a"));
    }
});
