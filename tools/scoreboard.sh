#!/usr/bin/env bash
# One line per gold set: the figures the closing notes quote (issue 6).
# Usage: tools/scoreboard.sh [path/to/vigie]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
vigie=${1:-${CARGO_TARGET_DIR:-target}/release/vigie}
shared=../shared/eval
for set in "$shared/petrarch2_validation.jsonl" "$shared/plover_gsr_cameo.jsonl" eval/sentences/fr.jsonl eval/sentences/en.jsonl; do
    "$vigie" eval --records "$set" | awk -v set="$(basename "$set")" '
        /records exactly right/ { exact = $(NF-4) }
        /source, target, root/ && !done { printf "%-28s TP %4s FP %4s FN %4s  P %s R %s F1 %s  exact records %s\n", set, $4, $5, $6, $7, $8, $9, exact; done = 1 }'
done
"$vigie" eval | grep -E "^  (precision|recall|asserted where)"
