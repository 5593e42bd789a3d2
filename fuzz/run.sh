#!/usr/bin/env bash
# A short, reproducible fuzzing run of every ingestion entry point, seeded
# with the bad-input corpus and real pages and feeds from ../shared/corpus.
# Usage: fuzz/run.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
cp ../crates/vigie-ingest/tests/bad_input/* "$seeds/"
shared=../../shared/corpus
if [ -d "$shared" ]; then
    cp "$shared"/feeds/*/* "$seeds/" 2>/dev/null || true
    for page in "$shared"/html/readability/*/source.html; do
        cp "$page" "$seeds/$(basename "$(dirname "$page")").html"
    done
fi
for target in any_input html_page feed jsonl plain_text; do
    mkdir -p "corpus/$target"
    echo "== $target ($seconds s)"
    # -seed fixes libFuzzer's random choices so that a run can be replayed.
    cargo +nightly fuzz run "$target" "corpus/$target" "$seeds" -- \
        -seed=1 -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -timeout=10
done
