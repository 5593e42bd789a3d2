//! The dashboard's files are embedded by `include_dir!`, which cargo does not
//! watch: rebuild this crate whenever anything under `assets/` changes.
fn main() {
    println!("cargo:rerun-if-changed=assets");
}
