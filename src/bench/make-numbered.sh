#!/usr/bin/env bash
# Prints a numbered draft with N headings (一、 > （一） > 1.), each item followed by a sentence
# with an 一是/二是/三是 enumeration, for timing the numbering rules at scale:
#
#   src/bench/make-numbered.sh 20000 > /tmp/20k.txt && time ./draftlint check /tmp/20k.txt
#
# STYLE chooses how items are numbered across sections:
#   restart  1. restarts under each （一） (the default)
#   carry    items run on across sections (1.–21. across 一、…五、, as in a 工作要点)
#   mixed    items run on, but every tenth section restarts: each restart is a finding of
#            numbering.mixed-continuation, so this case times the one rule that joins a heading
#            with headings of other sections (by level, not by range)
# src/bench/numbering-scale.sh times 5k/10k/20k headings with and without a quadratic rule.
set -euo pipefail
n="${1:?usage: make-numbered.sh N [restart|carry|mixed]}"
style="${2:-restart}"
awk -v n="$n" -v style="$style" '
function cn(k,   d, t, o) {
    split("一 二 三 四 五 六 七 八 九", d, " ")
    if (k < 10) return d[k]
    t = int(k / 10); o = k % 10
    return (t == 1 ? "" : d[t]) "十" (o == 0 ? "" : d[o])
}
BEGIN {
    print "2025年全市教育工作要点"
    print ""
    tops = 99; seconds = 10
    rest = n - tops * (1 + seconds)
    per = rest > 0 ? int((rest + tops * seconds - 1) / (tops * seconds)) : 1
    count = 0; item = 0; section = 0
    for (t = 1; t <= tops && count < n; t++) {
        print cn(t) "、深化教育改革，推进第" cn(t) "项重点任务"; count++
        for (s = 1; s <= seconds && count < n; s++) {
            print "（" cn(s) "）完善工作机制。统筹推进各项工作，确保任务落实到位。"; count++
            section++
            if (style == "restart" || (style == "mixed" && section % 10 == 0)) item = 0
            for (i = 1; i <= per && count < n; i++) {
                item++
                print item ".加强组织领导。一是压实主体责任；二是健全工作台账；三是强化督导考核，确保落实。"; count++
            }
        }
    }
}'
