#!/usr/bin/env bash
# Checks the bin/reposignal launcher on the real GH Archive hour, after `mvn verify` built the jar:
# with --json, standard output is one JSON document whether the run records the command's class
# archive (the first run after a build) or maps it (every later run), and the archive is recorded.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
hour="$root/../shared/data/gharchive-sample"
[[ -d "$hour" ]] || { echo "launcher.sh: the sample hour $hour is missing (a checkout beside ../shared)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="$root/reposignal-app/target/cds/ingest-gharchive.jsa"
rm -f "$archive"

check_run() { # label: ingests the hour into a fresh database and checks the output
  "$root/bin/reposignal" --db "$work/$1.duckdb" ingest gharchive --json "$hour" >"$work/$1.out" 2>"$work/$1.err" \
    || { echo "launcher.sh: $1 run failed:" >&2; cat "$work/$1.err" >&2; exit 1; }
  python3 - "$work/$1.out" "$1" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))  # fails on anything but one JSON document
assert summary["events"] == 8273, f"{sys.argv[2]} run: {summary['events']} events, expected 8273"
PY
  if grep -q '\[warning\]' "$work/$1.err"; then
    echo "launcher.sh: $1 run warned:" >&2; head -20 "$work/$1.err" >&2; exit 1
  fi
}

check_run recording
[[ -s "$archive" ]] || { echo "launcher.sh: no class archive at $archive after the first run" >&2; exit 1; }
check_run mapping
echo "launcher.sh: ok (records the class archive once, maps it after; stdout stays pure JSON)"
