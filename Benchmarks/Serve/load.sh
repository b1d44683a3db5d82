#!/bin/sh
# Load test of `frtext serve`: wrk POSTs a 2,000-character release to /analyze on loopback.
# Usage: Benchmarks/Serve/load.sh FRTEXT [SECONDS] [CONNECTIONS]   (wrk: apt-get install wrk)
set -eu
bin=$1
duration=${2:-20}
connections=${3:-16}
here=$(cd "$(dirname "$0")" && pwd)
body=${FRTEXT_BODY:-$here/../../Corpus/23-depeche-besancon-fromagerie.txt}
log=$(mktemp)
"$bin" serve --port 0 2>"$log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "serving on" "$log" && break; sleep 0.1; done
url=$(sed -n 's/.*serving on \(http[^ ]*\).*/\1/p' "$log")/analyze
echo "$(wc -m <"$body") characters, $connections connections, ${duration}s, $(nproc) cores, server and wrk on the same machine"
FRTEXT_BODY=$body wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/post.lua" "$url"
kill -TERM $pid
wait $pid && echo "server stopped cleanly on SIGTERM"
