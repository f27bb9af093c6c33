package draftlint.filter;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of the user's unit that no rule flags: the configuration's {@code accept}. A unit's own
 * coinages ({@code 数据要素×}, {@code 人工智能+}) look like masks or stray marks to the rules, and
 * switching a rule off for them would lose it for the whole file.
 * <p>
 * A finding is dropped, whatever its rule, when its span lies wholly within an occurrence of an
 * accepted word on its line (for .docx, its paragraph). Within, not merely overlapping: a finding
 * that reaches past the word is about more than the word (a doubled {@code 推动推动} is still
 * reported when {@code 推动} is accepted). An empty span (a caret) is within a word only strictly
 * inside it: a caret at the word's edge is about what lies next to the word, and a whole-document
 * finding (line 1, column 1) is never dropped. Words are matched literally, character for
 * character: no pattern syntax, no folding of traditional to simplified or of full to half width,
 * and never across a line break.
 */
public final class AcceptedTerms {
    private AcceptedTerms() {
    }

    public static FileReport apply(FileReport report, List<String> terms) {
        if (report.failed() || terms.isEmpty() || report.diagnostics().isEmpty()) return report;
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            if (!accepted(d.span(), report.lines(), terms)) kept.add(d);
        }
        return kept.size() == report.diagnostics().size() ? report : report.withDiagnostics(kept);
    }

    /** Whether the span lies within an occurrence of one of the terms on its line. */
    static boolean accepted(Span span, List<String> lines, List<String> terms) {
        if (span.line() != span.endLine() || span.line() > lines.size()) return false;
        String line = lines.get(span.line() - 1);
        for (String term : terms) {
            for (int at = line.indexOf(term); at >= 0; at = line.indexOf(term, at + 1)) {
                // Columns count code points, 1-based; the term occupies [start, end).
                int start = line.codePointCount(0, at) + 1;
                int end = start + term.codePointCount(0, term.length());
                boolean within = span.isEmpty()
                        ? start < span.column() && span.column() < end
                        : start <= span.column() && span.endColumn() <= end;
                if (within) return true;
            }
        }
        return false;
    }
}
