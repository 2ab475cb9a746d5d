#!/usr/bin/env bash
# Benchmark: ingesting all daily star snapshots with the whole process (JVM start included), a
# re-run that has nothing to ingest, and the everyday job (the newest file into a database holding
# all the others), against a baseline measured in the same run: `zcat` of the same files (the cost
# of just reading them). Prints a Markdown table for docs/benchmarks.md.
#
# Usage: bench/rankings.sh [SNAPSHOT_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/data/github-ranking}"
runs="${2:-3}"
[[ -d "$data" ]] || { echo "bench/rankings.sh: no snapshot folder at $data" >&2; exit 2; }
"$root/bin/reposignal" --version >/dev/null   # builds the jar first if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { # runs a command, prints its wall time in seconds and its peak RSS in MB
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.0f\n", $1, $2/1024}' "$work/time"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

files=$(find "$data" -maxdepth 1 -name 'github-ranking-*.csv*' | wc -l)
zcat_times=(); ingest_times=(); rerun_times=(); peak=0
for ((i = 1; i <= runs; i++)); do
  read -r t _ < <(seconds bash -c "zcat -f '$data'/github-ranking-*.csv* > /dev/null")
  zcat_times+=("$t")
  rm -f "$work/bench.duckdb" "$work/bench.duckdb.wal"
  read -r t m < <(seconds "$root/bin/reposignal" --db "$work/bench.duckdb" ingest rankings "$data")
  ingest_times+=("$t"); ((m > peak)) && peak=$m
  read -r t _ < <(seconds "$root/bin/reposignal" --db "$work/bench.duckdb" ingest rankings "$data")
  rerun_times+=("$t")
done
# The daily update: every file but the newest ingested once, then the newest into copies of that.
mkdir -p "$work/older"
newest=$(find "$data" -maxdepth 1 -name 'github-ranking-*.csv*' | sort | tail -1)
find "$data" -maxdepth 1 -name 'github-ranking-*.csv*' | sort | head -n -1 \
  | while read -r f; do ln -s "$f" "$work/older/"; done
"$root/bin/reposignal" --db "$work/older.duckdb" ingest rankings "$work/older" >/dev/null 2>&1
daily_times=()
for ((i = 1; i <= runs; i++)); do
  cp "$work/older.duckdb" "$work/daily.duckdb"
  read -r t _ < <(seconds "$root/bin/reposignal" --db "$work/daily.duckdb" ingest rankings "$newest")
  daily_times+=("$t")
done
z=$(printf '%s\n' "${zcat_times[@]}" | median)
daily=$(printf '%s\n' "${daily_times[@]}" | median)
in=$(printf '%s\n' "${ingest_times[@]}" | median)
re=$(printf '%s\n' "${rerun_times[@]}" | median)
echo "| measure ($files files, median of $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)) | seconds | ratio to zcat |"
echo "|---|---|---|"
echo "| zcat of the same files (baseline) | $z | 1.0 |"
echo "| reposignal ingest rankings, fresh database (whole process) | $in | $(awk -v a="$in" -v b="$z" 'BEGIN{printf "%.1f", a/b}') |"
echo "| reposignal ingest rankings, re-run (nothing to ingest) | $re | $(awk -v a="$re" -v b="$z" 'BEGIN{printf "%.1f", a/b}') |"
echo "| reposignal ingest rankings, daily update: the newest file into the other $((files - 1)) | $daily | $(awk -v a="$daily" -v b="$z" 'BEGIN{printf "%.1f", a/b}') |"
echo "| peak resident memory of the fresh ingest | ${peak} MB | |"
