//! An RSS/Atom document, already decoded.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(xml) = vigie_ingest::decode_markup("fuzz.xml", data) {
        let _ = vigie_ingest::feed::parse("fuzz.xml", &xml);
    }
});
