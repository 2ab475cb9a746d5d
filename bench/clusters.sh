#!/usr/bin/env bash
# Benchmark: clustering every repository of a day (about 3,450) must take seconds, not minutes.
# Usage: bench/clusters.sh [DB] [DAY] [RUNS]. Without DB, the 211 shared snapshots are ingested
# into a temporary database first (about a minute). Prints the fastest and median time per phase.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-}"
day="${2:-2026-06-30}"
runs="${3:-5}"
cd "$root"
mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true test-compile \
    -pl reposignal-app -am >&2
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"; [[ -n "${tmpdir:-}" ]] && rm -rf "$tmpdir"' EXIT
mvn -q -B -ntp dependency:build-classpath -pl reposignal-app -am -DexcludeGroupIds=io.reposignal \
    -Dmdep.outputFile="$classpath_file" >&2
if [[ -z "$db" ]]; then
  tmpdir="$(mktemp -d)"
  db="$tmpdir/bench.duckdb"
  echo "bench: ingesting the shared snapshots into $db" >&2
  bin/reposignal --db "$db" ingest rankings "$root/../shared/data/github-ranking" >&2
fi
cp="reposignal-core/target/classes:reposignal-app/target/classes:reposignal-app/target/test-classes:$(cat "$classpath_file")"
java -Xmx1g -cp "$cp" io.reposignal.cluster.bench.ClusterBenchmark "$db" "$day" "$runs"
