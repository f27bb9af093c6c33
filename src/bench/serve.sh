#!/usr/bin/env bash
# draftlint serve over HTTP: the time to the first line (the address, once the rules are loaded),
# then, warm, a 5 KB and a 200 KB draft posted to /api/check (median of many), and 20 clients at once.
# Usage: src/bench/serve.sh [RUNS]   (default 50 runs of the 5 KB draft; a third as many of 200 KB)
# The drafts are made from the seeds: the first 5 KB of one, and the five repeated to 200 KB.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-50}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

./draftlint rules >/dev/null # build the jar and the class-data archive before measuring

head -c 5200 fixtures/seeds/000_76c963bfc8d7165d.txt | sed '$d' > "$work/draft-5k.txt"
while [ "$(stat -c %s "$work/draft-200k.txt" 2>/dev/null || echo 0)" -lt 204800 ]; do
  cat fixtures/seeds/*.txt >> "$work/draft-200k.txt"
done
head -c 204800 "$work/draft-200k.txt" | sed '$d' > "$work/d" && mv "$work/d" "$work/draft-200k.txt"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
t0=$(date +%s%N)
./draftlint serve --port 0 > "$work/out" 2> "$work/err" &
pid=$!
for _ in $(seq 600); do
  [ -s "$work/out" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err"; exit 2; }
  sleep 0.05
done
url=$(head -1 "$work/out")
printf 'serve: address printed after           %d ms (rules compiled at build time)\n' $(( ($(date +%s%N) - t0) / 1000000 ))
java src/bench/ServeBench.java "$url" "$work/draft-5k.txt" "$work/draft-200k.txt" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
