package draftlint.report;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;

import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * {@code ::warning file=a.md,line=3,endLine=3,col=5,endColumn=7,title=text.doubled-word::message}.
 * Errors, warnings and infos become {@code ::error}, {@code ::warning} and {@code ::notice}. The
 * runner splits a command at line ends, {@code ::}, and (in properties) {@code ,} and {@code :},
 * so those are percent-escaped as the Actions toolkit does.
 */
public final class GithubReporter implements Reporter {
    private final PrintWriter out;
    private final Wording words;

    public GithubReporter(PrintWriter out, Language language) {
        this.out = out;
        this.words = new Wording(language);
    }

    @Override
    public void file(FileReport report) {
        String file = report.path().replace('\\', '/');
        if (report.failed()) {
            out.println("::error file=" + property(file) + ",title=draftlint::"
                    + data(words.word("cannot-check") + ": " + report.error()));
            return;
        }
        for (Diagnostic d : report.diagnostics()) {
            Span s = d.span();
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            String message = d.suggestion().isEmpty() ? d.message()
                    : d.message() + "\n" + words.word("suggestion") + ": " + d.suggestion();
            out.println("::" + command + " file=" + property(file) + ",line=" + s.line() + ",endLine=" + s.endLine()
                    + ",col=" + s.column() + ",endColumn=" + s.endColumn() + ",title=" + property(d.rule())
                    + "::" + data(message));
        }
    }

    @Override
    public void finish(Summary summary) {
        out.println(words.summary(summary));
        out.flush();
    }

    /** Escapes a command's message (toolkit {@code escapeData}). */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value (toolkit {@code escapeProperty}). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
