#!/usr/bin/env bash
# Runs every test of the solution and ends with one line "N passed, N failed" summed over all test projects.
# On a fresh machine it first installs what the tests need and the machine lacks (as root, through apt):
# PostgreSQL's server binaries (the tests start a throwaway cluster), Debian's Chromium (the admin is tested in it)
# and the DejaVu fonts (embedded in offer PDFs).
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then need_apt+=(postgresql); fi
if [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
# The offer PDF embeds DejaVu Sans from the system fonts.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then need_apt+=(fonts-dejavu-core); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing ${need_apt[*]} (apt)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || {
      echo "apt-get install ${need_apt[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Missing: ${need_apt[*]}. Install them with: sudo apt-get install -y ${need_apt[*]}"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

if ! dotnet build Leasing.sln -nologo -v:q; then
  echo "The build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
# One test project at a time: on 2 cores, parallel projects (each with its PostgreSQL, Host and Chromium) starve each other.
dotnet test Leasing.sln --no-build -nologo -m:1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test project prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (or "Failed!  - ...").
read -r passed failed skipped < <(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | sed -E 's/.*Failed:\s+([0-9]+), Passed:\s+([0-9]+), Skipped:\s+([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
projects=$(grep -cE '(Passed|Failed)!\s+-\s+Failed:' "$log")
expected=$(ls tests/*/*.Tests.csproj | wc -l)
rm -f "$log"

# A test host that crashed prints no summary: count it as a failure rather than report a green run.
if [ "$projects" -lt "$expected" ]; then failed=$((failed + expected - projects)); fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
