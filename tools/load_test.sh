#!/usr/bin/env bash
# Load test of `vigie serve` on loopback: requests per second and latency
# percentiles (p50, p99) of event listings and dyad queries on a synthetic
# store of N events (default 1 million), measured by wrk.
#   tools/load_test.sh [EVENTS] [DB]      e.g. tools/load_test.sh 1000000 /tmp/vigie-synth-1000000.db
# The store is built by tools/bench_store.sh when DB does not exist (about
# 0.7 GB per million events). Needs wrk (Debian: apt-get install -y wrk).
# Knobs: VIGIE_LOAD_SECONDS (per URL, default 15), VIGIE_LOAD_CONNECTIONS
# (default 16), VIGIE_LOAD_THREADS (wrk threads, default 2).
# The load average is printed with each figure: on a shared machine, other
# work running at the same time lowers them.
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-1000000}"
db="${2:-${TMPDIR:-/tmp}/vigie-synth-${events}.db}"
seconds="${VIGIE_LOAD_SECONDS:-15}"
connections="${VIGIE_LOAD_CONNECTIONS:-16}"
threads="${VIGIE_LOAD_THREADS:-2}"

command -v wrk >/dev/null || { echo "load_test: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
[ -e "$db" ] || tools/bench_store.sh "$events" "$db"
cargo build --release -p vigie-cli >&2
bin="${CARGO_TARGET_DIR:-target}/release/vigie"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:${port}"
"$bin" serve --db "$db" --addr "127.0.0.1:${port}" --readers "${VIGIE_LOAD_READERS:-4}" 2>/tmp/vigie-load-server.log &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -fs "$base/api/health" >/dev/null 2>&1 && break
    sleep 0.2
done
health="$(curl -fs "$base/api/health")"
echo "store $db: $health"
echo "server: $bin serve --readers ${VIGIE_LOAD_READERS:-4}; wrk -t$threads -c$connections -d${seconds}s on loopback; $(nproc) cores"

# The synthetic store's countries: UAA and UAB are the two most frequent
# (the busiest dyad), UBO and UAH an ordinary pair (see crates/vigie-store/benches/store.rs).
urls=(
    "/api/events?limit=50"
    "/api/events?actor=UAD&quad=4&from=2020-01&to=2020-06&limit=50"
    "/api/events?q=UAF%20bombed%20UAC&limit=50"
    "/api/dyad?a=UAA&b=UAB"
    "/api/dyad?a=UBO&b=UAH&period=week"
)
printf '\n%-66s %9s %9s %9s %7s %s\n' "request" "req/s" "p50" "p99" "non2xx" "load average (1, 5, 15 min)"
for u in "${urls[@]}"; do
    # One request first: its answer size, and a warm page cache.
    bytes="$(curl -fs "$base$u" | wc -c)"
    out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$u")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    bad="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-66s %9s %9s %9s %7s %s   (%s bytes)\n' "$u" "$rps" "$p50" "$p99" "${bad:-0}" "$load" "$bytes"
done
