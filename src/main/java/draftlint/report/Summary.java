package draftlint.report;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Severity;

/** Counts over a whole run, as the contract's {@code summary} object gives them. */
public final class Summary {
    private int files;
    private int failed;
    private int findings;
    private final int[] bySeverity = new int[Severity.values().length];

    public void add(FileReport report) {
        files++;
        if (report.failed()) failed++;
        for (Diagnostic d : report.diagnostics()) {
            findings++;
            bySeverity[d.severity().ordinal()]++;
        }
    }

    public int files() { return files; }
    public int failed() { return failed; }
    public int findings() { return findings; }
    public int count(Severity severity) { return bySeverity[severity.ordinal()]; }

    /** Findings at or above {@code threshold}. */
    public int atLeast(Severity threshold) {
        int n = 0;
        for (Severity s : Severity.values()) {
            if (s.compareTo(threshold) >= 0) n += count(s);
        }
        return n;
    }
}
