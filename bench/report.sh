#!/usr/bin/env bash
# Benchmark: generating one trend article (reposignal report) from the real snapshots.
#
# Whole process (JVM start included), median of RUNS each:
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

# One whole-process report of $day on database $1; appends "wall cpu" (seconds) to file $2.
report() {
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    java -jar "$app/reposignal.jar" --db "$1" report --as-of "$day" --out "$work/out" >/dev/null 2>&1
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/time" >>"$2"
}

median() {
  sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'
}

: >"$work/first"
: >"$work/later"
for ((i = 1; i <= runs; i++)); do
  echo "bench/report.sh: first article of $day, run $i of $runs..." >&2
  cp "$work/ingested.duckdb" "$work/first.duckdb"
  report "$work/first.duckdb" "$work/first"
done
# The last first-article run left its calls in the ledger: every run now is a later article.
for ((i = 1; i <= runs; i++)); do
  echo "bench/report.sh: later article of $day, run $i of $runs..." >&2
  report "$work/first.duckdb" "$work/later"
done
first_wall=$(cut -d' ' -f1 "$work/first" | median)
first_cpu=$(cut -d' ' -f2 "$work/first" | median)
later_wall=$(cut -d' ' -f1 "$work/later" | median)
later_cpu=$(cut -d' ' -f2 "$work/later" | median)

echo "| report of $day ($(nproc) cores, load $load_before) | compute s | write s | total s |"
echo "|---|---|---|---|"
echo "| whole process, first article of the day: makes and records the calls (median of $runs; CPU $first_cpu s) | | | $first_wall |"
echo "| whole process, later article: calls from the ledger (median of $runs; CPU $later_cpu s) | | | $later_wall |"
java -cp "$app/classes:$app/test-classes:$app/lib/*" io.reposignal.report.bench.ReportBench \
  "$work/first.duckdb" "$day" "$work/bench-out" "$runs"
echo "(load average after: $(cut -d' ' -f1-3 /proc/loadavg); whole-process runs: first $(tr '\n' ';' <"$work/first") later $(tr '\n' ';' <"$work/later"))"
