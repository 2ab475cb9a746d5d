#!/usr/bin/env bash
# Benchmark: generating one trend article (reposignal report) from the real snapshots.
#
# Whole process (JVM start included), median of RUNS each, started as `java -jar reposignal.jar` (the
# JVM's defaults) and as bin/reposignal (the launcher's JVM options: for report, the quick compiler
# alone):
#   - the first article of a day: the forecast ledger holds no calls for the day yet, so the article
#     makes and records them (a forecast: the engine on every training day); every run starts from a
#     fresh copy of the freshly ingested database;
#   - a later article of the same day: the calls are read from the ledger.
# In a running JVM (harness io.reposignal.report.bench.ReportBench, test sources), a later article
# split into computing it and writing its files: the first run (cold JVM), then the median of the rest.
# Prints a Markdown table for docs/benchmarks.md and docs/report.md, with the load average, and the
# CPU time (user + system) of the whole-process runs, which tells a loaded machine from a slow run.
#
# Usage: bench/report.sh [DAY] [RUNS] [SNAPSHOT_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
day="${1:-2026-02-27}"
runs="${2:-5}"
data="${3:-$root/../shared/data/github-ranking}"
[[ -d "$data" ]] || { echo "bench/report.sh: no snapshot folder at $data" >&2; exit 2; }
"$root/bin/reposignal" --version >/dev/null   # builds the jar first if needed
(cd "$root" && mvn -q -B -ntp -o test-compile -pl reposignal-app -am >/dev/null 2>&1 \
  || mvn -q -B -ntp test-compile -pl reposignal-app -am >/dev/null)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bench/report.sh: ingesting the snapshots into a scratch database..." >&2
"$root/bin/reposignal" --db "$work/ingested.duckdb" ingest rankings "$data" >/dev/null 2>&1

app="$root/reposignal-app/target"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# One whole-process report of $day on database $1, appending "wall cpu" (seconds) to file $2, run
# by the command $3... (java -jar JAR, or the launcher).
report() {
  local database="$1" results="$2"
  shift 2
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    "$@" --db "$database" report --as-of "$day" --out "$work/out" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time" >>"$results"
}

median() {
  sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'
}

# Runs the first and the later article RUNS times each with the command "$2..."; results in
# $work/$1-first and $work/$1-later. Each first article starts from a fresh copy of the ingested
# database (an empty ledger); the last one leaves its calls in the ledger for the later articles.
measure() {
  local name="$1"
  shift
  : >"$work/$name-first"
  : >"$work/$name-later"
  for ((i = 1; i <= runs; i++)); do
    echo "bench/report.sh: $name, first article of $day, run $i of $runs..." >&2
    cp "$work/ingested.duckdb" "$work/first.duckdb"
    report "$work/first.duckdb" "$work/$name-first" "$@"
  done
  for ((i = 1; i <= runs; i++)); do
    echo "bench/report.sh: $name, later article of $day, run $i of $runs..." >&2
    report "$work/first.duckdb" "$work/$name-later" "$@"
  done
}

# One table row: the median wall and CPU time of results file $2, described by $1.
row() {
  echo "| $1 (median of $runs; CPU $(cut -d' ' -f2 "$2" | median) s) | | | $(cut -d' ' -f1 "$2" | median) |"
}

measure jar java -jar "$app/reposignal.jar"
measure launcher "$root/bin/reposignal"

echo "| report of $day ($(nproc) cores, load $load_before) | compute s | write s | total s |"
echo "|---|---|---|---|"
row "whole process, \`java -jar\`, first article of the day: makes and records the calls" "$work/jar-first"
row "whole process, \`java -jar\`, later article: calls from the ledger" "$work/jar-later"
row "whole process, bin/reposignal, first article of the day" "$work/launcher-first"
row "whole process, bin/reposignal, later article" "$work/launcher-later"
java -cp "$app/classes:$app/test-classes:$app/lib/*" io.reposignal.report.bench.ReportBench \
  "$work/first.duckdb" "$day" "$work/bench-out" "$runs"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg). Each run, wall and CPU seconds:"
for name in jar-first jar-later launcher-first launcher-later; do
  echo "- $name: $(tr '\n' ';' <"$work/$name" | sed 's/;$//; s/;/; /g')"
done
