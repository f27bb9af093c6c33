package draftlint.report;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.Severity;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text report on an 80-column terminal. */
class TextReporterTest {
    /** Issue 15: the carets of a span from line 12 to line 25 went on past the edge (`… 至第 25` then `行`). */
    @Test
    void theCaretLineOfASpanOverSeveralLinesStaysInsideEightyColumns() {
        String line = "附件：" + "关于进一步加强和改进教育工作的若干意见".repeat(6);
        for (Language language : Language.values()) {
            for (int column : List.of(1, 4, 30)) {
                Diagnostic d = new Diagnostic("residue.web-page-text", "residue", Severity.WARNING,
                        new Span(12, column, 25, 3), "网页残留", "删去", null, line);
                String report = print(new FileReport("draft.txt", "UTF-8", "report", false, null, List.of(d)), language);
                for (String shown : report.split("\n")) {
                    if (shown.startsWith("draft.txt")) continue; // the file and message lines wrap like prose
                    assertThat(DisplayWidth.of(shown)).as(language + " at column " + column + ": " + shown)
                            .isLessThanOrEqualTo(80);
                }
                assertThat(report).contains(language == Language.ZH ? "至第 25 行\n" : "to line 25\n").contains("^…");
            }
        }
    }

    private static String print(FileReport report, Language language) {
        StringWriter out = new StringWriter();
        TextReporter reporter = new TextReporter(new PrintWriter(out), language, false);
        reporter.file(report);
        Summary summary = new Summary();
        summary.add(report);
        reporter.finish(summary);
        return out.toString();
    }
}
