#!/usr/bin/env bash
# draftlint's own benchmark: cold start on one draft and throughput over a folder of drafts.
# Usage: src/bench/bench.sh [RUNS] [COPIES]   (defaults: 5 runs, 300 copies of the seeds)
# Prints medians; the machine is shared and noisy, so compare runs made one after the other.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
copies=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./draftlint rules >/dev/null # build the jar and the class-data archive before measuring

median() { sort -n | awk '{a[NR]=$1} END {m=int((NR+1)/2); print a[m]}'; }
seconds() { # wall seconds of one command, output discarded
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", (b - a) / 1e9}'
}

draft=fixtures/seeds/000_76c963bfc8d7165d.txt
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

for _ in $(seq "$runs"); do
  rm -rf "$work/cache"
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check "$draft"
done | median | xargs printf 'one draft, rules compiled (no cache):  %s s\n'

DRAFTLINT_CACHE="$work/cache" ./draftlint check "$draft" >/dev/null 2>&1 || true
for _ in $(seq "$runs"); do
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check "$draft"
done | median | xargs printf 'one draft, cached rules (usual case):   %s s\n'

mkdir -p "$work/many"
i=0
while [ "$i" -lt "$copies" ]; do
  for f in fixtures/seeds/*.txt; do
    [ "$i" -lt "$copies" ] || break
    cp "$f" "$work/many/$i.txt"
    i=$((i + 1))
  done
done
for _ in $(seq "$runs"); do
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check "$work/many"
done | median | awk -v n="$copies" '{printf "%d drafts in one run:                  %s s (%.0f drafts/s)\n", n, $1, n / $1}'
