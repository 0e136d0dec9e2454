#!/usr/bin/env bash
# The Host's own CPU time per request (user + system, from /proc) for /health/live and the simulation, in alternating
# rounds under the same wrk load as simulation-vs-health.sh. Requests/s on this shared machine move with its neighbours;
# the Host's CPU per request moves much less, so this is what tells two versions of the simulator apart. See bench/README.md.
#
#   bash bench/http/host-cpu-per-request.sh          # after simulation-vs-health.sh built the Host (or BENCH_BUILD=1)
#
# Knobs: BENCH_PORT (5096), BENCH_ROUNDS (3), BENCH_SECONDS (8), BENCH_BUILD=1.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${BENCH_PORT:-5096}"; BASE="http://127.0.0.1:$PORT"
ROUNDS="${BENCH_ROUNDS:-3}"; SECONDS_EACH="${BENCH_SECONDS:-8}"
command -v wrk >/dev/null || { echo "wrk is missing: run simulation-vs-health.sh once (it installs it)" >&2; exit 1; }
[[ "${BENCH_BUILD:-0}" == 1 ]] && (cd "$ROOT" && timeout 900 dotnet build src/Host -c Release -nologo -v quiet >&2)
HOST_DIR="$ROOT/src/Host/bin/Release/net10.0"
[[ -f "$HOST_DIR/Leasing.Host.dll" ]] || { echo "no Release Host: set BENCH_BUILD=1" >&2; exit 1; }

DATA_DIR="$(mktemp -d /tmp/leasing-cpu-XXXXXX)"; chmod 755 "$DATA_DIR"
HOST_PID=""
cleanup() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -TERM "$HOST_PID"; for _ in $(seq 1 30); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT
(
  cd "$HOST_DIR"
  export Urls="$BASE" Leasing__DataDirectory="$DATA_DIR" Leasing__RateLimits__PublicPerMinute=100000000 Serilog__MinimumLevel__Default=Warning
  exec dotnet Leasing.Host.dll
) >/dev/null 2>&1 </dev/null &
HOST_PID=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null --max-time 2 "$BASE/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/health/ready" || { echo "the Host did not get ready" >&2; exit 1; }

cd "$HERE"
SIM="$BASE/api/pricing/simulations"; HEALTH="$BASE/health/live"
for _ in 1 2 3; do # warm-up, as simulation-vs-health.sh
  timeout 60 wrk -t2 -c50 -d5s -s health.lua "$HEALTH" >/dev/null
  timeout 60 wrk -t2 -c50 -d5s -s simulation.lua "$SIM" >/dev/null
  sleep 3
done
host_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$HOST_PID/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
measure() { # $1 label, $2 lua, $3 url
  local before after out requests rps
  before="$(host_cpu_ticks)"
  out="$(timeout 120 wrk -t2 -c50 -d"${SECONDS_EACH}s" -s "$2" "$3")"
  after="$(host_cpu_ticks)"
  requests="$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' <<<"$out")"
  rps="$(sed -n 's/^RESULT .* rps=\([0-9.]*\).*/\1/p' <<<"$out")"
  awk -v l="$1" -v t=$((after - before)) -v hz="$ticks_per_second" -v n="$requests" -v r="$rps" \
    'BEGIN { printf "%-24s %9.0f req/s   Host %6.1f µs CPU per request\n", l, r, t / hz * 1e6 / n }'
}
echo "== Host CPU per request, wrk -t2 -c50 -d${SECONDS_EACH}s, $(nproc) cores, $(date -u +%Y-%m-%d) =="
for round in $(seq 1 "$ROUNDS"); do
  measure "GET /health/live" health.lua "$HEALTH"
  measure "POST simulations" simulation.lua "$SIM"
done
