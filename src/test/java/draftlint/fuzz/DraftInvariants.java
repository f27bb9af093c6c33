package draftlint.fuzz;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;

/**
 * What must hold of any draft read and any report made, whatever the input: every position lies
 * inside the document, and every span ends at or after its start. A fuzz test that finds a
 * position outside has found a finding a user could not locate, or an annotator that would crash.
 */
final class DraftInvariants {
    private DraftInvariants() {
    }

    static void check(Draft draft) {
        for (Block block : draft.blocks()) {
            inside(draft, block.span(), "block " + block.index());
            for (int i = 0; i < block.text().length(); i++) inside(draft, block.span(i, i + 1), "char " + i + " of block " + block.index());
        }
    }

    static void check(Draft draft, FileReport report) {
        if (report.failed()) {
            if (report.error().isBlank() || report.error().contains("\n")) {
                throw new AssertionError("a reason must be one non-empty line: " + report.error());
            }
            return;
        }
        for (Diagnostic d : report.diagnostics()) inside(draft, d.span(), d.rule());
    }

    /** Lines 1..n; a column may stand one past the line's last code point (an end, or a caret at the end). */
    private static void inside(Draft draft, Span span, String what) {
        int lines = draft.lines().size();
        if (span.line() < 1 || span.endLine() > Math.max(lines, 1)) {
            throw new AssertionError(what + ": span " + span + " outside lines 1.." + lines);
        }
        if (span.endLine() < span.line() || span.endLine() == span.line() && span.endColumn() < span.column()) {
            throw new AssertionError(what + ": span " + span + " ends before it starts");
        }
        if (span.column() > width(draft, span.line()) + 1 || span.endColumn() > width(draft, span.endLine()) + 1) {
            throw new AssertionError(what + ": span " + span + " runs past the end of its line");
        }
    }

    private static int width(Draft draft, int line) {
        String text = draft.line(line);
        return text.codePointCount(0, text.length());
    }
}
