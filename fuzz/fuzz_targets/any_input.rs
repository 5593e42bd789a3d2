//! Whatever arrives on stdin: gzip, sniffing, then the format it looks like.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = std::io::BufReader::new(std::io::Cursor::new(data.to_vec()));
    for _ in vigie_ingest::from_reader("fuzz", Box::new(reader), None) {}
});
