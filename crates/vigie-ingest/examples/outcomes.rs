//! Prints what ingestion makes of each file named: one line per article or
//! error. Handy to see how a new bad-input file is handled before adding it
//! to `tests/bad_input/EXPECTED.tsv`.
fn main() {
    for path in std::env::args().skip(1) {
        for item in vigie_ingest::open(&path) {
            match item {
                Ok(a) => println!("{path}\tok\t{} chars\tdate={:?}\tlang={:?}\ttitle={:?}", a.text.len(), a.date, a.lang, a.title),
                Err(e) => println!("{path}\terr\t{e}"),
            }
        }
    }
}
