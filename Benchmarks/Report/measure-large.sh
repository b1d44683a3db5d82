#!/usr/bin/env bash
# Peak resident memory of `frtext report` on one large single-line document (1, 10 and 60 MB made of
# the Corpus/ texts joined on one line), as bytes of memory per byte of input (goal: ≤ 12 at 60 MB).
# Usage: Benchmarks/Report/measure-large.sh [FRTEXT] [DIR] [SIZES_MB…]   (make bench-large runs it)
set -euo pipefail
FRTEXT=${1:-.build/release/frtext}
DIR=${2:-/tmp/frtext-large}
shift $(( $# > 2 ? 2 : $# ))
SIZES=${*:-1 10 60}
mkdir -p "$DIR"
for mb in $SIZES; do
  doc="$DIR/single-${mb}mb.txt"
  [ -f "$doc" ] || python3 - "$doc" "$mb" <<'PY'
import glob, sys
path, mb = sys.argv[1], int(sys.argv[2])
texts = [open(f, encoding="utf-8").read().replace("\n", " ").strip() for f in sorted(glob.glob("Corpus/*.txt"))]
blob = (" ".join(texts) + " ").encode()
data = (blob * (mb * 1_000_000 // len(blob) + 1))[: mb * 1_000_000]
open(path, "wb").write(data[: data.rfind(b" ")] + b"\n")
PY
  bytes=$(stat -c %s "$doc")
  /usr/bin/time -v "$FRTEXT" report "$doc" --format jsonl --output "$DIR/out-${mb}.jsonl" --quiet 2> "$DIR/time-${mb}.txt" || true
  rss=$(grep 'Maximum resident set size' "$DIR/time-${mb}.txt" | awk '{print $NF}')
  secs=$(grep 'Elapsed (wall clock)' "$DIR/time-${mb}.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  awk -v m="$mb" -v b="$bytes" -v r="$rss" -v t="$secs" 'BEGIN {
    printf "%3d MB single line: peak RSS %7.1f MB = %5.1f bytes per input byte, wall %6.1f s\n", m, r/1024, r*1024/b, t }'
done
