//! A plain-text article: byte-order marks, legacy encodings, binary checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vigie_ingest::decode_text("fuzz.txt", data);
});
