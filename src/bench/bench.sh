#!/usr/bin/env bash
# draftlint's own benchmark: cold start on one draft, throughput over a folder of drafts, and the
# workloads of the side-by-side benchmark (../shared/bench: one 5 KB draft, 300 x 1 KB, 200 KB,
# 100 KB / 1 MB / 10 MB) with CPU time, peak RSS and how 10 MB scales against 1 MB.
# Usage: src/bench/bench.sh [RUNS] [COPIES]   (defaults: 5 runs, 300 copies of the seeds)
#   CORPUS=/tmp/bench-corpus   the workloads, made by ../shared/bench/make-corpus.sh (run if missing)
#   WORKLOADS="draft-5k many-300x1k concat-200k scale-100k scale-1m scale-10m"; empty skips them
# Prints medians; the machine is shared and noisy, so compare runs made one after the other, and
# compare CPU time (user + sys) rather than wall time.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
copies=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./draftlint rules >/dev/null # build the jar and the class-data archive before measuring

source src/bench/timing.sh

draft=fixtures/seeds/000_76c963bfc8d7165d.txt
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

for _ in $(seq "$runs"); do
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check "$draft"
done | median | xargs printf 'one draft, built-in rules (usual case, compiled at build time): %s s\n'

for _ in $(seq "$runs"); do
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check --no-cache "$draft"
done | median | xargs printf 'one draft, rules compiled from their texts (--no-cache; a user rule folder the first time): %s s\n'

# A user's rule folder: compiled with the built-in rules at the first run, then read from the cache.
mkdir -p "$work/mine"
cat >"$work/mine/mine.drl" <<'DRL'
package mine;
dialect "mvel"
import draftlint.fact.Heading;
import draftlint.fact.Finding;
rule "mine.long-heading"
    @description("A heading longer than 40 characters")
    @message_zh("标题过长")
when
    $h : Heading( text.length() > 40 )
then
    insert(Finding.of(drools.getRule(), $h.span));
end
DRL
DRAFTLINT_CACHE="$work/cache" ./draftlint check --rules "$work/mine" "$draft" >/dev/null 2>&1 || true
for _ in $(seq "$runs"); do
  DRAFTLINT_CACHE="$work/cache" seconds ./draftlint check --rules "$work/mine" "$draft"
done | median | xargs printf 'one draft, built-in and user rules, cached (--rules DIR): %s s\n'

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

# --- the workloads of the side-by-side benchmark ------------------------------------------------
corpus=${CORPUS:-/tmp/bench-corpus}
workloads=${WORKLOADS-draft-5k many-300x1k concat-200k scale-100k scale-1m scale-10m}
[ -n "$workloads" ] || exit 0
if [ ! -f "$corpus/MANIFEST.tsv" ]; then
  maker=../shared/bench/make-corpus.sh
  [ -x "$maker" ] || { echo "no corpus in $corpus and no $maker to make one: workloads skipped"; exit 0; }
  CORPUS="$corpus" "$maker" >/dev/null
fi

measure() { # "wall cpu rss_mb" of one check of a workload, with JSON output as the side-by-side run asks
  local out t0 t1
  out=$(mktemp)
  t0=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$out" ./draftlint check --format json --fail-on never "$corpus/txt/$1" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" '{printf "%.3f %.2f %.0f\n", (b - a) / 1e9, $1 + $2, $3 / 1024}' "$out"
  rm -f "$out"
}
echo
printf '| workload | bytes | wall (median) | CPU user+sys (median) | peak RSS (max) |\n|---|---|---|---|---|\n'
declare -A wall
for w in $workloads; do
  [ -d "$corpus/txt/$w" ] || { echo "| $w | missing | | | |"; continue; }
  bytes=$(awk -v w="$w" '$1 == w {print $3}' "$corpus/MANIFEST.tsv")
  rows=$(for _ in $(seq "$runs"); do measure "$w"; done)
  wall[$w]=$(awk '{print $1}' <<<"$rows" | median)
  cpu=$(awk '{print $2}' <<<"$rows" | median)
  rss=$(awk '{print $3}' <<<"$rows" | sort -n | tail -1)
  printf '| %s | %s | %s s | %s s | %s MB |\n' "$w" "$bytes" "${wall[$w]}" "$cpu" "$rss"
done
if [ -n "${wall[scale-1m]:-}" ] && [ -n "${wall[scale-10m]:-}" ]; then
  awk -v a="${wall[scale-1m]}" -v b="${wall[scale-10m]}" \
    'BEGIN {printf "\nscaling: 10 MB takes %.1f x the 1 MB time (linear: at most 11 x)\n", b / a}'
fi
