#!/usr/bin/env bash
# Benchmark of the suspicious-star detectors on a day of GH Archive-sized hours.
# Usage: bench/suspicious.sh [HOURS] [EVENTS_PER_HOUR]   (default 24 x 150000)
# Generates synthetic hours (dev plan's fake burst moved onto the day) into /tmp, ingests them, then
# runs `reposignal suspicious` (which derives the tables: the detectors) under /usr/bin/time -v.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
hours="${1:-24}"
events="${2:-150000}"
work="${BENCH_DIR:-/tmp/reposignal-bench-suspicious}"
shared="${REPOSIGNAL_SHARED:-$here/../shared}"
mkdir -p "$work"
plan="$work/plan.json"
cat >"$plan" <<'JSON'
{"repos": [
 {"name": "bench/fresh-burst", "pattern": "fake-burst", "day": "2026-03-01", "hour": 9, "stars": 2000},
 {"name": "bench/farm-one", "pattern": "fake-burst", "day": "2026-03-01", "hour": 3, "stars": 800, "farm": "benchfarm"},
 {"name": "bench/farm-two", "pattern": "fake-burst", "day": "2026-03-01", "hour": 17, "stars": 800, "farm": "benchfarm"},
 {"name": "bench/viral", "pattern": "spike", "start": "2026-03-01", "daily": [3000]}
]}
JSON
data="$work/hours-$hours-$events"
if [ ! -f "$data/.done" ]; then
  rm -rf "$data"
  echo "generating $hours hours x $events events into $data" >&2
  python3 "$shared/tools/gharchive-synth" --out "$data" --start 2026-03-01T00 --hours "$hours" \
    --events "$events" --repos 200000 --seed 11 --plan "$plan" 2>/dev/null
  touch "$data/.done"
fi
db="$work/bench.duckdb"
rm -f "$db" "$db.wal"
jar="$here/reposignal-app/target/reposignal.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B -ntp -DskipTests package)
echo "ingesting" >&2
# Exit code 1 (a partial or rejected file) still leaves a usable store; anything else is a failure,
# which this script used to hide.
status=0
/usr/bin/time -v java -jar "$jar" --db "$db" ingest gharchive "$data" >"$work/ingest.out" 2>"$work/ingest.err" || status=$?
grep -E "Elapsed|Maximum resident" "$work/ingest.err" >&2
if [ "$status" -gt 1 ]; then
  echo "bench: the ingest failed (exit $status); see $work/ingest.err" >&2
  grep -v "^gharchive: \[" "$work/ingest.err" | head -5 >&2
  exit 1
fi
# The ingest leaves the tables to the first reader: time the detectors alone (--rebuild runs them
# even when they are current).
echo "detectors" >&2
/usr/bin/time -v java -jar "$jar" --db "$db" suspicious --rebuild >"$work/suspicious.out" 2>"$work/suspicious.err"
cat "$work/suspicious.out"
grep -E "Elapsed|Maximum resident" "$work/suspicious.err"
