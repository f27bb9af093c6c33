#!/usr/bin/env bash
# Numbering at scale: check time of drafts with 5,000, 10,000 and 20,000 headings (made by
# make-numbered.sh), with the built-in rules and with the built-in rules plus the quadratic
# counterpart in src/bench/quadratic/. Linear rules grow about 2x per doubling (plus JVM start);
# the quadratic join grows about 4x. Usage: src/bench/numbering-scale.sh [RUNS] (default 3).
# Prints medians; the machine is shared and noisy, so compare runs made one after the other.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./draftlint rules >/dev/null # build the jar and the class-data archive before measuring

source src/bench/timing.sh

printf '%-9s %-8s %10s %12s\n' headings style built-in +quadratic
for style in restart carry; do
  for n in 5000 10000 20000; do
    src/bench/make-numbered.sh "$n" "$style" >"$work/draft.txt"
    linear=$(for _ in $(seq "$runs"); do seconds ./draftlint check "$work/draft.txt"; done | median)
    quadratic=$(for _ in $(seq "$runs"); do seconds ./draftlint check --rules src/bench/quadratic "$work/draft.txt"; done | median)
    printf '%-9s %-8s %9ss %11ss\n' "$n" "$style" "$linear" "$quadratic"
  done
done
