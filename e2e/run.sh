#!/usr/bin/env bash
# The dashboard's end-to-end tests, in Debian's headless Chromium driven by
# playwright-core (no browser download):
#   1. the release `vigie` binary (built here unless VIGIE_BIN names one),
#   2. a fresh store from the founding article,
#   3. `vigie serve` on a free loopback port, waited for on /api/health,
#   4. node's test runner over e2e/tests/*.test.mjs (screenshots in e2e/artifacts/),
#   5. the server stopped whatever happened; the exit status is the tests'.
# Needs: node >= 18 with `npm ci` done in e2e/, chromium (CHROMIUM_BIN, default
# /usr/bin/chromium), and ../shared beside the checkout.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
seed="$repo/../shared/seed/000_be29029dfbfb3d28.txt"

if [ ! -f "$seed" ]; then
    echo "e2e: the founding article $seed is missing (../shared must sit beside the checkout)" >&2
    exit 1
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
    echo "e2e: playwright-core is not installed: run 'npm ci' in $here" >&2
    exit 1
fi
export CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_BIN" ]; then
    echo "e2e: no Chromium at $CHROMIUM_BIN (apt-get install -y chromium, or set CHROMIUM_BIN)" >&2
    exit 1
fi

vigie="${VIGIE_BIN:-}"
if [ -z "$vigie" ]; then
    echo "e2e: building the release vigie binary" >&2
    (cd "$repo" && cargo build --release --quiet -p vigie-cli)
    vigie="${CARGO_TARGET_DIR:-$repo/target}/release/vigie"
    case "$vigie" in /*) ;; *) vigie="$repo/$vigie" ;; esac
fi
if [ ! -x "$vigie" ]; then
    echo "e2e: no vigie binary at $vigie" >&2
    exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/vigie-e2e.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$vigie" ingest "$seed" --db "$work/e2e.db" >"$work/ingest.log" 2>&1 || {
    cat "$work/ingest.log" >&2
    echo "e2e: ingesting the founding article failed" >&2
    exit 1
}

# A free port: the kernel picks one for a socket that is then closed.
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
base="http://127.0.0.1:$port"
"$vigie" serve --db "$work/e2e.db" --addr "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 100); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$base/api/health" 2>/dev/null; then
        ready=1
        break
    fi
    sleep 0.2
done
if [ -z "$ready" ]; then
    echo "e2e: vigie serve did not answer on $base/api/health" >&2
    cat "$work/server.log" >&2
    exit 1
fi
echo "e2e: vigie serve is up on $base" >&2

mkdir -p "$here/artifacts"
status=0
(
    cd "$here"
    VIGIE_URL="$base" VIGIE_SEED_ARTICLE="$seed" \
        node --test --test-reporter=spec tests/*.test.mjs
) || status=$?
if [ "$status" -ne 0 ]; then
    echo "e2e: failed; server log:" >&2
    tail -n 50 "$work/server.log" >&2
fi
echo "e2e: screenshots in $here/artifacts/" >&2
exit "$status"
