//! HTML main-text extraction on real news pages with a known article body
//! (`../shared/corpus/html/`). Floors sit just under the figures measured
//! when they were set (see README): a drop below them is a regression.

use std::path::PathBuf;

use vigie_eval::extraction::score_folder;

fn corpus(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/html").join(set)
}

fn check(set: &str, floor: f64) {
    let report = score_folder(&corpus(set)).expect("the corpus set is readable");
    eprintln!("{}", report.render(8));
    assert!(report.pages >= 30, "{} pages only", report.pages);
    assert!(report.mean_f1 >= floor, "{set}: mean F1 {:.3} fell below {floor}", report.mean_f1);
}

#[test]
fn readability_test_pages() {
    check("readability", 0.99);
}

#[test]
fn scrapinghub_benchmark_pages() {
    check("scrapinghub-aeb", 0.95);
}
