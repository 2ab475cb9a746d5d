#!/usr/bin/env bash
# Times the signal engine on one day of real snapshots: bench/signals.sh [DB] [YYYY-MM-DD].
# Without DB, ingests ../shared/data/github-ranking into a temporary database first (about a minute).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-}"
day="${2:-2026-06-30}"
(cd "$root" && mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true \
    test-compile package -pl reposignal-app -am) 1>&2
if [[ -z "$db" ]]; then
  db="$(mktemp -d)/bench.duckdb"
  "$root/bin/reposignal" --db "$db" ingest rankings "$root/../shared/data/github-ranking" >/dev/null
fi
app="$root/reposignal-app/target"
exec java -cp "$app/test-classes:$app/classes:$app/lib/*" io.reposignal.bench.SignalsBench "$db" "$day"
