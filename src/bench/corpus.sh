#!/usr/bin/env bash
# The corpus run (docs/accuracy.md): checks the real documents of fixtures/corpus, or the folder
# given, and prints findings per 10,000 characters by source, rule, severity and verdict, and how
# much page chrome the residue family flags in web copies. Arguments go to draftlint.corpus.CorpusRun:
#   src/bench/corpus.sh                    fixtures/corpus against its triage ledger
#   src/bench/corpus.sh --update-ledger    rewrite the ledger: verdicts kept, new rows marked '?'
#   src/bench/corpus.sh DIR                any folder of documents, e.g. a set kept aside
set -euo pipefail
cd "$(dirname "$0")/../.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cp=target/test-classpath.txt
if ! { mvn -q -B test-compile && { [ -f "$cp" ] && [ "$cp" -nt pom.xml ] ||
      mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp"; }; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 2
fi
exec java -cp "target/classes:target/test-classes:$(cat "$cp")" draftlint.corpus.CorpusRun "$@"
