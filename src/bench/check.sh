#!/usr/bin/env bash
# The per-draft cost of a check, warm and in-process (src/bench/CheckBench.java): the rule base is
# built once, then the 5 KB draft, the 300 × 1 KB files and the 200 KB file of the bench corpus are
# each checked ROUNDS times; the median CPU time per phase and per recognizer is printed.
# Usage: src/bench/check.sh [ROUNDS] [CLASSES]   (default 30 rounds; CLASSES: a target/classes to
#        measure instead of this tree's, e.g. a copy of another commit's, for alternating runs)
# CORPUS= the bench corpus (default /tmp/bench-corpus, made by ../shared/bench/make-corpus.sh);
# WORKLOADS= the workloads: names in the corpus or folders (default "draft-5k many-300x1k concat-200k").
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-30}
classes=${2:-target/classes}
corpus=${CORPUS:-/tmp/bench-corpus}
cp=target/bench-classpath.txt
if [ "$classes" = target/classes ]; then ./draftlint rules >/dev/null; fi # builds target/classes when the sources changed
[ -s "$cp" ] && [ "$cp" -nt pom.xml ] || mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
dirs=()
for w in ${WORKLOADS:-draft-5k many-300x1k concat-200k}; do
  case $w in */*) dirs+=("$w") ;; *) dirs+=("$corpus/txt/$w") ;; esac # a workload name, or a folder
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); classes: $classes"
# The flags of 'draftlint serve' (the launcher's): the JVM's own compilers, the serial collector.
java -XX:+UseSerialGC -Xss4m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$classes:$(cat "$cp")" src/bench/CheckBench.java "$rounds" "${dirs[@]}"
