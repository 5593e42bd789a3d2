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
# Measure once the start-up warm-up (counts, actors, places: passes over the
# whole store) is done, so that it does not compete with the requests timed.
for _ in $(seq 600); do
    grep -q "ready in\|warming up" /tmp/vigie-load-server.log && break
    sleep 1
done
grep "ready in\|warming up" /tmp/vigie-load-server.log || true
health="$(curl -fs "$base/api/health")"
echo "store $db: $health"
echo "server: $bin serve --readers ${VIGIE_LOAD_READERS:-4}; wrk -t$threads -c$connections -d${seconds}s on loopback; $(nproc) cores"

# The synthetic store's countries: UAA and UAB are the two most frequent
# (the busiest dyad: 30 000 events each way on 1 M), UBO and UAH an ordinary
# pair (see crates/vigie-store/benches/store.rs). A repeated dyad query is
# answered from the server's cache (kept until the store changes); the
# "random" rows draw a new pair (or actor) for every request, so nearly all
# of them are computed from the store.
lua="$(mktemp -d)"
cat >"$lua/common.lua" <<'LUA'
local letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
local function l(n) local k = (n % 26) + 1; return letters:sub(k, k) end
function country(i) return l(math.floor(i / 676) + 20) .. l(math.floor(i / 26)) .. l(i) end
local seeded = false
function seed() if not seeded then math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)); seeded = true end end
LUA
cat >"$lua/random_dyad.lua" <<LUA
dofile("$lua/common.lua")
request = function()
    seed()
    return wrk.format("GET", "/api/dyad?a=" .. country(math.random(0, 199)) .. "&b=" .. country(math.random(0, 199)))
end
LUA
cat >"$lua/random_actor.lua" <<LUA
dofile("$lua/common.lua")
request = function()
    seed()
    return wrk.format("GET", "/api/events?limit=50&actor=" .. country(math.random(0, 199)) .. "&quad=" .. math.random(1, 4))
end
LUA
rows=(
    "/api/events?limit=50|"
    "/api/events?actor=UAD&quad=4&from=2020-01&to=2020-06&limit=50|"
    "/api/events?q=UAF%20bombed%20UAC&limit=50|"
    "/api/events?limit=50&actor=(random)&quad=(random)|$lua/random_actor.lua"
    "/api/dyad?a=UBO&b=UAH&period=week|"
    "/api/dyad?a=UAA&b=UAB|"
    "/api/dyad?a=(random)&b=(random)|$lua/random_dyad.lua"
)
printf '\n%-60s %8s %9s %9s %9s %7s %s\n' "request" "req/s" "p50" "p99" "first" "non2xx" "load average (1, 5, 15 min)"
for row in "${rows[@]}"; do
    u="${row%%|*}"
    script="${row#*|}"
    if [ -n "$script" ]; then
        first="-"
        out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency --timeout 60s -s "$script" "$base")"
    else
        # The first request alone: what an analyst waits for before any cache.
        first="$(curl -fs -o /dev/null -w '%{time_total}' "$base$u")s"
        out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency --timeout 60s "$base$u")"
    fi
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    bad="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
    timeouts="$(awk '/Socket errors/ {print}' <<<"$out")"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-60s %8s %9s %9s %9s %7s %s %s\n' "$u" "$rps" "$p50" "$p99" "$first" "${bad:-0}" "$load" "$timeouts"
done
rm -rf "$lua"
