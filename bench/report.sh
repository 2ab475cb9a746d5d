#!/usr/bin/env bash
# Benchmark: generating one trend article (reposignal report) from the real snapshots, both as the
# whole process (JVM start included) and inside a running JVM (cold first run, then warm), split
# into computing the article and writing its files. Prints a Markdown table for docs/report.md.
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
"$root/bin/reposignal" --db "$work/bench.duckdb" ingest rankings "$data" >/dev/null 2>&1

app="$root/reposignal-app/target"
process=()
for ((i = 1; i <= runs; i++)); do
  /usr/bin/time -f "%e" -o "$work/time" \
    java -jar "$app/reposignal.jar" --db "$work/bench.duckdb" report --as-of "$day" --out "$work/out" \
    >/dev/null 2>&1
  process+=("$(cat "$work/time")")
done
median=$(printf '%s\n' "${process[@]}" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}')

echo "| report of $day ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)) | compute s | write s | total s |"
echo "|---|---|---|---|"
java -cp "$app/classes:$app/test-classes:$app/lib/*" io.reposignal.report.bench.ReportBench \
  "$work/bench.duckdb" "$day" "$work/bench-out" "$runs"
echo "| whole process: java -jar reposignal.jar report (median of $runs) | | | $median |"
