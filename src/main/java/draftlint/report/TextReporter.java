package draftlint.report;

import draftlint.draft.LineWindow;
import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.Severity;
import draftlint.read.DraftReader;

import java.io.PrintWriter;

/**
 * The report for people, shaped like rustc's: a {@code path:line:col: severity[rule] message}
 * line, the source line cut to a window around the span with the span underlined (CJK chars are
 * two columns wide), then the suggestion. Colour only when asked for (on a terminal).
 */
public final class TextReporter implements Reporter {
    /** Display columns of source shown per finding; drafts have paragraphs of 500 chars on one line. */
    private static final int WINDOW = 64;
    private static final int LEAD = 20;
    /** The terminal's width that no line of source or carets passes. */
    private static final int EDGE = 80;

    private final PrintWriter out;
    private final Wording words;
    private final boolean colour;

    public TextReporter(PrintWriter out, Language language, boolean colour) {
        this.out = out;
        this.words = new Wording(language);
        this.colour = colour;
    }

    @Override
    public void file(FileReport report) {
        if (report.failed()) {
            out.println(paint(report.path() + ": " + words.word("cannot-check") + ": " + report.error(), "1;31"));
            out.println();
            return;
        }
        out.println(paint(report.path(), "1") + paint("  " + words.word("kind") + ": "
                + words.kind(report.kind()) + String.format(words.word("aside"),
                words.word(report.kindAssumed() ? "assumed" : "given"))
                + (DraftReader.isWord(report.path()) ? "" : " · " + words.word("encoding") + ": " + report.encoding()), "2"));
        if (report.diagnostics().isEmpty()) {
            out.println("  " + words.word("no-findings"));
            out.println();
            return;
        }
        out.println();
        for (Diagnostic d : report.diagnostics()) {
            print(report.path(), d);
        }
    }

    private void print(String path, Diagnostic d) {
        Span s = d.span();
        out.println(path + ":" + s.line() + ":" + s.column() + ": "
                + paint(words.severity(d.severity()) + "[" + d.rule() + "]", severityColour(d.severity()))
                + " " + paint(d.message(), "1"));
        String gutter = " ".repeat(String.valueOf(s.line()).length());
        int[] cps = LineWindow.codePoints(d.excerpt());
        int start = Math.min(s.column() - 1, cps.length);
        int end = s.endLine() == s.line() ? Math.min(s.endColumn() - 1, cps.length) : cps.length;
        int from = start;
        int lead = 0;
        while (from > 0 && lead + DisplayWidth.of(cps[from - 1]) <= LEAD) {
            from--;
            lead += DisplayWidth.of(cps[from]);
        }
        // The window holds the start of the span and what fits after it. A span longer than the window
        // (a line full of pinyin annotations) is shown and underlined as far as the window goes.
        int to = start;
        int width = lead;
        while (to < cps.length && (to == start || width + DisplayWidth.of(cps[to]) <= WINDOW)) {
            width += DisplayWidth.of(cps[to]);
            to++;
        }
        String before = from > 0 ? "…" : "";
        String after = to < cps.length ? "…" : "";
        StringBuilder shown = new StringBuilder(before);
        for (int i = from; i < to; i++) shown.append(cps[i] == '\t' ? "    " : new String(Character.toChars(cps[i])));
        shown.append(after);
        int pad = DisplayWidth.of(before) + widthOf(cps, from, start);
        int carets = Math.max(1, widthOf(cps, start, Math.min(end, to)));
        out.println(paint(gutter + " |", "34"));
        out.println(paint(s.line() + " | ", "34") + shown);
        // A span over several lines says where it ends after its carets; both stay inside the
        // terminal's 80 columns, the carets cut (and marked …) to leave the note room.
        String note = s.endLine() > s.line() ? " " + String.format(words.word("to-line"), s.endLine()) : "";
        int room = EDGE - DisplayWidth.of(gutter + " | ") - pad - DisplayWidth.of(note) - 1;
        boolean cut = end > to || carets > room;
        carets = Math.max(1, Math.min(carets, room));
        String underline = " ".repeat(pad) + "^".repeat(carets) + (cut ? "…" : "") + note;
        out.println(paint(gutter + " | ", "34") + paint(underline, severityColour(d.severity())));
        if (!d.suggestion().isEmpty()) {
            out.println(paint(gutter + " = ", "34") + words.word("suggestion") + ": " + d.suggestion());
        }
        if (d.inAutoNumber()) {
            out.println(paint(gutter + " = ", "34") + words.word("note") + ": " + words.word("auto-number"));
        }
        out.println();
    }

    private static int widthOf(int[] cps, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) w += DisplayWidth.of(cps[i]);
        return w;
    }

    @Override
    public void finish(Summary summary) {
        out.println(paint(words.summary(summary), "1"));
        out.flush();
    }

    private String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        };
    }

    private String paint(String text, String code) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
