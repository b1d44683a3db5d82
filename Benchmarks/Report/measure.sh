#!/usr/bin/env bash
# Measures `frtext report` on the synthetic corpora (1x and 10x): files/s, MB/s, peak memory.
# Usage: Benchmarks/Report/measure.sh [FRTEXT] [CORPUS_ROOT]   (make bench-report runs it)
set -euo pipefail
FRTEXT=${1:-.build/release/frtext}
ROOT=${2:-/tmp/frtext-bench}
for size in 1x 10x; do
  dir="$ROOT/$size"
  [ -d "$dir" ] || { echo "missing $dir (run make bench-corpus)"; exit 1; }
  files=$(find "$dir" -name '*.txt' | wc -l)
  bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  for format in jsonl html; do
    out="$ROOT/out-$size.$format"
    /usr/bin/time -v "$FRTEXT" report "$dir" --format "$format" --output "$out" --quiet 2> "$ROOT/time-$size-$format.txt" || true
    secs=$(grep 'Elapsed (wall clock)' "$ROOT/time-$size-$format.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep 'Maximum resident set size' "$ROOT/time-$size-$format.txt" | awk '{print $NF}')
    cpu=$(grep 'Percent of CPU' "$ROOT/time-$size-$format.txt" | awk '{print $NF}')
    user=$(grep 'User time' "$ROOT/time-$size-$format.txt" | awk '{print $NF}')
    sys=$(grep 'System time' "$ROOT/time-$size-$format.txt" | awk '{print $NF}')
    # Wall-clock figures depend on what else runs on the machine; per CPU-second figures do not.
    awk -v s="$size" -v f="$format" -v n="$files" -v b="$bytes" -v t="$secs" -v r="$rss" -v c="$cpu" -v u="$user" -v y="$sys" 'BEGIN {
      cs = u + y
      printf "%-4s %-5s %6d files %5.1f MB  wall %6.2f s: %7.1f files/s %5.2f MB/s  |  CPU %6.2f s (%s): %6.1f files/CPU-s %5.2f MB/CPU-s  |  peak RSS %5.1f MB\n", s, f, n, b/1e6, t, n/t, b/1e6/t, cs, c, n/cs, b/1e6/cs, r/1024 }'
  done
done
