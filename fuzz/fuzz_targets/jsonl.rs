//! JSON Lines, read as such whatever the bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vigie_ingest::Format;

fuzz_target!(|data: &[u8]| {
    let reader = std::io::BufReader::new(std::io::Cursor::new(data.to_vec()));
    for _ in vigie_ingest::from_reader("fuzz.jsonl", Box::new(reader), Some(Format::JsonLines)) {}
});
