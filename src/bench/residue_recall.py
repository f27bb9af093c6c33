#!/usr/bin/env python3
"""Block recall and precision of the residue family on fixtures/corpus/web-copies.

Ground truth: a line of web-copies/web-gzbg2026-X.txt whose text (stripped) does not occur as a line
of published/provincial-gov-reports-2026/gzbg2026-X.txt is page chrome; a maximal run of consecutive
such lines is one block.  A block counts as found when a residue finding covers at least one of its
lines ("touched") and, stricter, when residue findings cover all of its lines ("covered").  A residue
finding on a line that does occur in the published file is a false alarm.

Usage (from the worktree root):  python3 src/bench/residue_recall.py [-v]
"""
import json, os, subprocess, sys, collections

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WEB = os.path.join(ROOT, "fixtures/corpus/web-copies")
PUB = os.path.join(ROOT, "fixtures/corpus/published/provincial-gov-reports-2026")
verbose = "-v" in sys.argv

out = subprocess.run(["./draftlint", "check", "--format", "json", "--fail-on", "never", WEB],
                     cwd=ROOT, capture_output=True, text=True).stdout
report = json.loads(out)
by_file = {os.path.basename(f["path"]): f["findings"] for f in report["files"]}

tot_blocks = tot_touched = tot_covered = tot_false = 0
other = []
for name in sorted(os.listdir(WEB)):
    if not name.startswith("web-"):
        continue
    web = open(os.path.join(WEB, name), encoding="utf-8").read().split("\n")
    pub = set(l.strip() for l in open(os.path.join(PUB, name[4:]), encoding="utf-8").read().split("\n"))
    chrome = [i + 1 for i, l in enumerate(web) if l.strip() and l.strip() not in pub]
    blocks = []
    for n in chrome:
        if blocks and blocks[-1][-1] == n - 1:
            blocks[-1].append(n)
        else:
            blocks.append([n])
    findings = by_file.get(name, [])
    residue_lines = set()
    false = []
    for f in findings:
        lines = range(f["line"], f["endLine"] + 1)
        if f["family"] == "residue":
            residue_lines.update(lines)
            bad = [n for n in lines if n not in chrome and web[n - 1].strip()]
            if bad:
                false.append((bad, f["excerpt"][:40]))
        elif any(n in chrome for n in lines):
            other.append((name, f["line"], f["rule"], f["excerpt"][:40]))
    touched = [b for b in blocks if any(n in residue_lines for n in b)]
    covered = [b for b in blocks if all(n in residue_lines for n in b)]
    tot_blocks += len(blocks); tot_touched += len(touched); tot_covered += len(covered); tot_false += len(false)
    print(f"{name:32} blocks {len(blocks):2}  touched {len(touched):2}  covered {len(covered):2}  false {len(false)}")
    if verbose:
        for b in blocks:
            mark = "ok " if b in covered else "part" if b in touched else "MISS"
            print(f"    {mark} {b[0]}-{b[-1]}: " + " | ".join(web[n - 1][:30] for n in b[:6]))
        for bad, ex in false:
            print(f"    FALSE lines {bad}: {ex}")
print(f"TOTAL blocks {tot_blocks}  touched {tot_touched} ({100*tot_touched/tot_blocks:.1f}%)  "
      f"covered {tot_covered} ({100*tot_covered/tot_blocks:.1f}%)  false {tot_false}")
print(f"non-residue findings on chrome lines: {len(other)}")
for o in other:
    print("   ", *o, sep="\t")
