#!/usr/bin/env bash
# Benchmarks the whole `reposignal ingest gharchive` process against its baselines, in one run:
#   zcat of the files, a plain Java inflate-only pass, DuckDB's read_json doing per-repo-hour counts,
#   and the ingest itself (JVM start included) into a fresh database. Two floors beside them: the
#   ingest's reader alone in a fresh JVM with no store (`reader`), and the same reader fed by ISA-L's
#   igzip instead of zlib (`reader_igzip`, when igzip is installed: apt-get install isal).
# Prints wall times, events/s, CPU seconds (user + sys: a fairer measure when others share the
# machine), ratios of wall times and peak RSS. Results belong in docs/benchmarks.md.
#
# Usage: bench/ingest.sh [HOURS] [EVENTS_PER_HOUR]     (default 6 hours of 150,000 events)
# Environment: BENCH_CACHE (default /tmp/reposignal-bench), THREADS (default: nproc).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
hours="${1:-6}"
events="${2:-150000}"
cache="${BENCH_CACHE:-/tmp/reposignal-bench}"
threads="${THREADS:-$(nproc)}"
data="$cache/hours-$((events / 1000))k"
[[ "$hours" == 6 ]] || data="$data-$hours"
db="$cache/bench.duckdb"

command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is missing: apt-get install time" >&2; exit 3; }

if [[ "$(ls "$data"/*.json.gz 2>/dev/null | wc -l)" -ne "$hours" ]]; then
  echo "bench: generating $hours synthetic hours of $events events into $data (takes minutes, once)" >&2
  rm -rf "$data"
  "$root/../shared/tools/gharchive-synth" --out "$data" --start 2026-02-01T00 --hours "$hours" \
      --events "$events" >&2
fi
files=("$data"/*.json.gz)

echo "bench: building" >&2
(cd "$root" && mvn -q -B -ntp -DskipTests -Dspotless.check.skip=true package) >&2
cp="$root/reposignal-bench/target/reposignal-bench.jar:$root/reposignal-bench/target/lib/*"

# The launcher records a command's class archive on its first run after a build (bin/reposignal):
# do that run now, on one file into a scratch database, so that the measured run is an everyday one.
rm -f "$cache/warm-up.duckdb" "$cache/warm-up.duckdb.wal"
"$root/bin/reposignal" --db "$cache/warm-up.duckdb" ingest gharchive --json "${files[0]}" >/dev/null 2>&1
rm -f "$cache/warm-up.duckdb" "$cache/warm-up.duckdb.wal"

# warm the page cache so every contender reads from memory
cat "${files[@]}" > /dev/null

measure() { # label, command...: prints "label wall_seconds peak_rss_kb cpu_seconds"
  local label="$1"; shift
  local log; log="$(mktemp)"
  /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" > "$cache/$label.out" 2> "$cache/$label.err"
  read -r wall rss user sys < "$log"; rm -f "$log"
  echo "$label $wall $rss $(python3 -c "print(round($user + $sys, 2))")"
}

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), ${#files[@]} files," \
     "$(du -cb "${files[@]}" | tail -1 | cut -f1) bytes gzipped" >&2
zcat_line=$(measure zcat sh -c 'zcat "$@" > /dev/null' sh "${files[@]}")
inflate_line=$(measure inflate java -cp "$cp" io.reposignal.bench.InflateBaseline "$threads" "${files[@]}")
read_json_line=$(measure read_json java -cp "$cp" io.reposignal.bench.ReadJsonBaseline "$threads" "$data/*.json.gz")
floor_lines=("$(measure reader java -XX:+UseSerialGC -cp "$cp" io.reposignal.bench.ReaderBaseline "$threads" zlib "${files[@]}")")
if command -v igzip >/dev/null; then
  floor_lines+=("$(measure reader_igzip java -XX:+UseSerialGC -cp "$cp" io.reposignal.bench.ReaderBaseline "$threads" igzip "${files[@]}")")
else
  echo "bench: igzip is not installed (apt-get install isal): the reader_igzip floor is left out" >&2
fi
rm -f "$db" "$db.wal"
ingest_line=$(measure ingest "$root/bin/reposignal" --db "$db" ingest gharchive --json --threads "$threads" "${files[@]}")
events_total=$(grep -o '"events" : [0-9]*' "$cache/ingest.out" | head -1 | grep -o '[0-9]*$')

python3 - "$events_total" "$zcat_line" "$inflate_line" "$read_json_line" "${floor_lines[@]}" "$ingest_line" <<'PY'
import sys
events = int(sys.argv[1])
rows = [line.split() for line in sys.argv[2:]]
t = {label: float(wall) for label, wall, _, _ in rows}
print(f"events: {events:,}")
print(f"{'contender':<12} {'wall s':>7} {'events/s':>11} {'CPU s':>6} {'peak RSS MB':>12} {'x zcat':>7} {'x read_json':>11} {'x inflate':>9}")
for label, wall, rss, cpu in rows:
    w = float(wall)
    print(f"{label:<12} {w:>7.2f} {events / w:>11,.0f} {float(cpu):>6.2f} {int(rss) / 1024:>12.0f} {w / t['zcat']:>7.2f} {w / t['read_json']:>11.2f} {w / t['inflate']:>9.2f}")
print(f"targets: ingest <= 0.6 x zcat ({t['ingest'] / t['zcat']:.2f}), faster than read_json "
      f"({t['ingest'] / t['read_json']:.2f}), peak RSS < 400 MB; stretch <= 1.5 x inflate ({t['ingest'] / t['inflate']:.2f})")
for floor in ("reader", "reader_igzip"):
    if floor in t:
        print(f"floor: {floor} (no store) is {t[floor] / t['read_json']:.2f} x read_json; the ingest is {t['ingest'] / t[floor]:.2f} x {floor}")
PY
