#!/usr/bin/env bash
# HTTP load test: the pricing simulation endpoint against the cheapest endpoint the Host has
# (/health/live), plus the simulation's p99 at a fixed ~500 requests/s. See bench/README.md.
#
#   bash bench/http/simulation-vs-health.sh                 # everything (simulation part skipped if the endpoint is missing)
#   bash bench/http/simulation-vs-health.sh --health-only   # dry run: /health/live only
#
# Builds the Host in Release, starts it on 127.0.0.1:5099 with its own embedded PostgreSQL in a
# temporary folder, and stops it and removes that folder on exit. Only 127.0.0.1 is ever loaded;
# every wait and every load run is bounded in time.
# Knobs (environment): BENCH_PORT (5099), BENCH_DURATION (15s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (50), BENCH_FIXED_RATE (500), BENCH_FIXED_CONNECTIONS (10), BENCH_SKIP_BUILD=1,
# BENCH_READY_PATH (/health/ready).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${BENCH_PORT:-5099}"
BASE="http://127.0.0.1:$PORT"
DURATION="${BENCH_DURATION:-15s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-50}"
FIXED_RATE="${BENCH_FIXED_RATE:-500}"
FIXED_CONNECTIONS="${BENCH_FIXED_CONNECTIONS:-10}"
READY_TIMEOUT=120
# Readiness probe waited for; override only to measure a Host whose /health/ready is broken.
READY_PATH="${BENCH_READY_PATH:-/health/ready}"
SIM_PATH="/api/pricing/simulations"
SIM_BODY='{"product":"LOA","customerType":"Individual","vehiclePrice":24800,"firstPayment":0,"residualValue":12800,"termMonths":36,"annualRatePercent":6,"annualMileageKm":12000,"serviceRatePerKm":0.04,"paymentTiming":"Arrears"}'
HEALTH_ONLY=0
[[ "${1:-}" == "--health-only" ]] && HEALTH_ONLY=1

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- tools -------------------------------------------------------------------------------------
install_apt() { # $1 = package; returns non-zero when apt has no such package
  [[ "$(id -u)" == 0 ]] || return 1
  if [[ -z "${APT_UPDATED:-}" ]]; then timeout 300 apt-get update -qq >/dev/null || true; APT_UPDATED=1; fi
  apt-cache show "$1" >/dev/null 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq "$1" >/dev/null
}
command -v curl >/dev/null || install_apt curl || die "curl is missing"
if ! command -v wrk >/dev/null; then
  log "installing wrk with apt"
  install_apt wrk || die "wrk is missing and could not be installed with apt (run as root)"
fi
# wrk2 (constant-rate wrk) is not packaged by Debian: try it, else emulate it with paced-simulation.lua.
WRK2=""
if command -v wrk2 >/dev/null || install_apt wrk2 2>/dev/null; then WRK2="$(command -v wrk2 || true)"; fi

# --- Host ----------------------------------------------------------------------------------------
HOST_PID=""
DATA_DIR=""
HOST_LOG=""
cleanup() {
  local status=$?
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    log "stopping the Host (pid $HOST_PID)"
    kill -TERM "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$HOST_PID" 2>/dev/null && kill -KILL "$HOST_PID" 2>/dev/null || true
  fi
  # The Host stops its PostgreSQL on a clean shutdown; after a hard kill stop the one it left, by pid.
  local pidfile="$DATA_DIR/data/postmaster.pid"
  if [[ -n "$DATA_DIR" && -f "$pidfile" ]]; then
    local pg_pid; pg_pid="$(head -n1 "$pidfile" 2>/dev/null || true)"
    if [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
      kill -TERM "$pg_pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 1; done
    fi
  fi
  [[ -n "$DATA_DIR" && -d "$DATA_DIR" ]] && rm -rf "$DATA_DIR"
  if [[ -n "$HOST_LOG" && -f "$HOST_LOG" ]]; then
    if (( status == 0 )); then rm -f "$HOST_LOG"
    else log "Host log kept in $HOST_LOG; its last lines:"; tail -n 15 "$HOST_LOG" >&2; fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if curl -s -o /dev/null --max-time 2 "$BASE/health/live"; then
  die "something already listens on $BASE; set BENCH_PORT"
fi

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building the Host in Release"
  (cd "$ROOT" && timeout 900 dotnet build src/Host -c Release -nologo -v quiet) >&2
fi
HOST_DIR="$ROOT/src/Host/bin/Release/net10.0"
[[ -f "$HOST_DIR/Leasing.Host.dll" ]] || die "no $HOST_DIR/Leasing.Host.dll"

DATA_DIR="$(mktemp -d /tmp/leasing-bench-XXXXXX)"
chmod 755 "$DATA_DIR"   # as root the embedded PostgreSQL runs as 'postgres', who must reach it
HOST_LOG="$(mktemp /tmp/leasing-bench-host-XXXXXX.log)"
log "starting the Host on $BASE (data in $DATA_DIR)"
# Started from its build output folder so that its appsettings.json is the content root's.
(
  cd "$HOST_DIR"
  export Urls="$BASE" \
         Leasing__DataDirectory="$DATA_DIR" \
         Leasing__RateLimits__SimulationsPerMinute=100000000 \
         Leasing__RateLimits__PublicPerMinute=100000000 \
         Serilog__MinimumLevel__Default=Warning
  exec dotnet Leasing.Host.dll
) >"$HOST_LOG" 2>&1 </dev/null &
HOST_PID=$!

ready=0
for _ in $(seq 1 "$READY_TIMEOUT"); do
  kill -0 "$HOST_PID" 2>/dev/null || die "the Host exited before it was ready"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE$READY_PATH" || true)"
  if [[ "$code" == 200 ]]; then ready=1; break; fi
  sleep 1
done
(( ready )) || die "$READY_PATH not 200 within ${READY_TIMEOUT}s"
log "Host ready ($READY_PATH = 200)"

# --- is the simulation endpoint there? -------------------------------------------------------------
SIM=0
if (( ! HEALTH_ONLY )); then
  sim_code="$(curl -s -o /tmp/leasing-bench-sim.json -w '%{http_code}' --max-time 10 \
    -H 'Content-Type: application/json' -d "$SIM_BODY" "$BASE$SIM_PATH" || true)"
  case "$sim_code" in
    200) SIM=1; log "simulation endpoint answers 200: $(head -c 200 /tmp/leasing-bench-sim.json)";;
    404|405) log "POST $SIM_PATH answers $sim_code: endpoint not there yet, measuring /health/live only";;
    *) log "POST $SIM_PATH answers '$sim_code': $(head -c 300 /tmp/leasing-bench-sim.json)"; rm -f /tmp/leasing-bench-sim.json
       die "the simulation endpoint does not answer 200";;
  esac
  rm -f /tmp/leasing-bench-sim.json
fi

# --- load ----------------------------------------------------------------------------------------
export BENCH_LUA_DIR="$HERE"
cd "$HERE"
run_wrk() { # $1 = label, rest = wrk arguments; prints the RESULT line
  local label="$1" out; shift
  out="$(timeout 120 "$@" 2>&1)" || { printf '%s\n' "$out" >&2; die "$label: wrk failed"; }
  local result; result="$(grep '^RESULT ' <<<"$out" | tail -n1)"
  [[ -n "$result" ]] || { printf '%s\n' "$out" >&2; die "$label: no RESULT line from wrk"; }
  if ! grep -q 'non2xx3xx=0 ' <<<"$result"; then log "$label: WARNING, some answers were not 2xx/3xx: $result"; fi
  printf '%s\n' "$result"
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# Warm-up: three rounds of both endpoints under the measured load, each followed by a quiet moment. The runtime starts
# counting a method's calls only once its compiler has been idle for a while and optimises it in the background, so
# after one short round much of a request's path is still unoptimised and would be compiled during the measurement,
# on the cores being measured (bench/Shared/JitSettling.cs says the same of the in-process benchmarks).
WARM_UP_ROUNDS="${BENCH_WARM_UP_ROUNDS:-3}"
for round in $(seq 1 "$WARM_UP_ROUNDS"); do
  log "warm-up round $round of $WARM_UP_ROUNDS"
  run_wrk warm-up-health wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s health.lua "$BASE/health/live" >/dev/null
  (( SIM )) && run_wrk warm-up-simulation wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s simulation.lua "$BASE$SIM_PATH" >/dev/null
  sleep 3 # lets the background compiler finish what the round queued
done

log "GET /health/live: $DURATION, $THREADS threads, $CONNECTIONS connections"
health="$(run_wrk health wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s health.lua "$BASE/health/live")"
h_rps="$(field "$health" rps)"; h_p99="$(field "$health" p99_ms)"

echo
echo "== HTTP load, 127.0.0.1, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(date -u +%Y-%m-%d) =="
printf '%-34s %12s req/s   p99 %8s ms\n' "GET /health/live" "$h_rps" "$h_p99"

if (( SIM )); then
  log "POST $SIM_PATH: $DURATION, $THREADS threads, $CONNECTIONS connections"
  sim="$(run_wrk simulation wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s simulation.lua "$BASE$SIM_PATH")"
  s_rps="$(field "$sim" rps)"; s_p99="$(field "$sim" p99_ms)"
  printf '%-34s %12s req/s   p99 %8s ms\n' "POST $SIM_PATH" "$s_rps" "$s_p99"
  ratio="$(awk -v s="$s_rps" -v h="$h_rps" 'BEGIN { printf "%.2f", s / h }')"
  verdict="$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "met" : "MISSED") }')"
  echo "ratio simulation/health: $ratio (target >= 0.5: $verdict)"

  # Fixed rate: wrk2 when there is one, else wrk paced by paced-simulation.lua (see that file).
  if [[ -n "$WRK2" ]]; then
    log "fixed rate with wrk2: $FIXED_RATE req/s"
    fixed="$(run_wrk fixed-rate "$WRK2" -t"$THREADS" -c"$FIXED_CONNECTIONS" -d"$DURATION" -R"$FIXED_RATE" --latency -s simulation.lua "$BASE$SIM_PATH")"
    how="wrk2 -R$FIXED_RATE"
  else
    log "fixed rate, wrk2 not installable: wrk paced by paced-simulation.lua at $FIXED_RATE req/s"
    fixed="$(run_wrk fixed-rate wrk -t"$THREADS" -c"$FIXED_CONNECTIONS" -d"$DURATION" --latency -s paced-simulation.lua "$BASE$SIM_PATH" -- "$FIXED_RATE" "$THREADS")"
    how="wrk + paced-simulation.lua, $FIXED_CONNECTIONS connections"
  fi
  f_rps="$(field "$fixed" rps)"; f_p99="$(field "$fixed" p99_ms)"
  f_verdict="$(awk -v p="$f_p99" 'BEGIN { print (p < 10 ? "met" : "MISSED") }')"
  printf '%-34s %12s req/s   p99 %8s ms (target < 10 ms: %s; %s)\n' "POST $SIM_PATH @ ~$FIXED_RATE/s" "$f_rps" "$f_p99" "$f_verdict" "$how"
else
  echo "POST $SIM_PATH: not measured ($( (( HEALTH_ONLY )) && echo '--health-only' || echo 'endpoint not there yet'))"
  # Dry run of the fixed-rate pacing on /health/live, so the pacing script is exercised too.
  log "paced dry run on /health/live at $FIXED_RATE req/s"
  paced="$(run_wrk paced-health wrk -t"$THREADS" -c"$FIXED_CONNECTIONS" -d"$DURATION" --latency -s paced-simulation.lua "$BASE/health/live" -- "$FIXED_RATE" "$THREADS" 2>/dev/null || true)"
  [[ -n "$paced" ]] && printf '%-34s %12s req/s   p99 %8s ms (dry run of the pacing only)\n' "paced POST /health/live @ ~$FIXED_RATE/s" "$(field "$paced" rps)" "$(field "$paced" p99_ms)"
fi
