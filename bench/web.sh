#!/usr/bin/env bash
# Load test of the web API on loopback: starts `reposignal serve` on a database holding the daily
# snapshots, then drives it with wrk (Debian's package) at 100 concurrent connections, bounded in
# time, against the signal window (rotating over 30 days x 3 windows) and /api/v1/repos/{owner}/{name}
# (rotating over the 300 repositories of the latest windows). Prints a Markdown table for docs/web.md.
#
# Usage: bench/web.sh [DATABASE] [SECONDS]
#   DATABASE defaults to a scratch file ingested from ../shared/data/github-ranking (211 days).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${2:-20}"
connections=100
port=17070
command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing: apt-get install -y wrk" >&2; exit 2; }
work="$(mktemp -d)"
server=""
# The server dies of the TERM sent here: its status (143) is not the script's.
cleanup() {
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

db="${1:-}"
if [[ -z "$db" ]]; then
  db="$work/bench.duckdb"
  echo "bench/web.sh: ingesting the snapshots into $db" >&2
  "$root/bin/reposignal" --db "$db" ingest rankings "$root/../shared/data/github-ranking" >/dev/null
fi
"$root/bin/reposignal" --db "$db" serve --host 127.0.0.1 --port "$port" --reports "$work/reports" \
  2>"$work/serve.log" &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$base/healthz" >/dev/null || { cat "$work/serve.log" >&2; exit 1; }

# The paths each benchmark rotates over, as Lua tables.
python3 - "$base" "$work" <<'PY'
import json, sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
days = json.load(urllib.request.urlopen(base + "/api/v1/days"))
last = days["last"]
window = json.load(urllib.request.urlopen(base + "/api/v1/signals?size=300&window=30d"))
repos = sorted({r["repo"] for r in window["repos"]})
from datetime import date, timedelta
missing = set(days["missing"])
signal_paths = []
d = date.fromisoformat(last)
while len(signal_paths) < 90:
    if d.isoformat() not in missing:
        for w in ("24h", "7d", "30d"):
            signal_paths.append(f"/api/v1/signals?as_of={d.isoformat()}&window={w}")
    d -= timedelta(days=1)
def lua(paths, name):
    with open(f"{work}/{name}.lua", "w") as f:
        f.write("paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n")
        f.write("counter = 0\nrequest = function()\n  counter = counter + 1\n"
                "  return wrk.format('GET', paths[(counter % #paths) + 1])\nend\n")
lua(signal_paths, "signals")
repo_paths = ["/api/v1/repos/" + r for r in repos]
lua(repo_paths, "repos")
# One cold pass over every path, one request at a time: computes and caches each answer, as the
# first visitors after an ingest would; its time is reported apart from the steady state.
import time
for name, paths in (("signals", signal_paths), ("repos", repo_paths)):
    start = time.monotonic()
    for p in paths:
        urllib.request.urlopen(base + p).read()
    took = time.monotonic() - start
    with open(f"{work}/cold-{name}", "w") as f:
        f.write(f"{len(paths)} cold requests in {took:.1f} s ({1000 * took / len(paths):.0f} ms each)")
PY

run() { # name script -> one Markdown row
  local name="$1" script="$2" out
  wrk -t2 -c"$connections" -d5s -s "$script" "$base" >/dev/null   # warm-up: JIT and caches
  out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$base")"
  echo "$out" >&2
  local rps p50 p99 errors non2xx total
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "| $name | $total | $rps | $p50 | $p99 | ${errors:-0} socket, ${non2xx:-0} non-2xx |"
}

echo "| endpoint ($connections connections, ${seconds} s, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)) | requests | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
run "/api/v1/signals (90 day x window combinations)" "$work/signals.lua"
run "/api/v1/repos/{owner}/{name} (300 repositories)" "$work/repos.lua"
echo
echo "Cold pass before the runs (computing and caching each answer, one request at a time):"
echo "signals: $(cat "$work/cold-signals"); repos: $(cat "$work/cold-repos")."
