package draftlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies edits to a file's text as it was decoded, line ends and all. Spans count lines as the
 * readers do (a line ends at CRLF, CR or LF) and columns in code points, so each span is first
 * turned into UTF-16 offsets of this text. Edits that overlap one already taken are left for the
 * next pass, as ESLint does: after the first pass the file is checked again.
 */
final class TextEdits {
    /** The new text, and how many edits went into it. */
    record Result(String text, int applied) {
    }

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    TextEdits(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') lineStarts.add(i + 1);
        }
    }

    Result apply(List<Edit> edits) {
        record Placed(int start, int end, String replacement) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Edit e : edits) {
            int start = offset(e.span().line(), e.span().column());
            int end = offset(e.span().endLine(), e.span().endColumn());
            if (start >= 0 && end >= start) placed.add(new Placed(start, end, e.replacement()));
        }
        placed.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::end));
        List<Placed> taken = new ArrayList<>();
        for (Placed p : placed) {
            Placed last = taken.isEmpty() ? null : taken.get(taken.size() - 1);
            if (last != null && (p.start < last.end || p.start == last.start)) continue;
            taken.add(p);
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = taken.size() - 1; i >= 0; i--) {
            Placed p = taken.get(i);
            out.replace(p.start, p.end, p.replacement);
        }
        return new Result(out.toString(), taken.size());
    }

    /** UTF-16 offset of a 1-based line and code-point column, or -1 when it is not in the text. */
    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.size()) return -1;
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? contentEnd(lineStarts.get(line)) : text.length();
        try {
            int at = text.offsetByCodePoints(start, column - 1);
            return at <= end ? at : -1;
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** Where the content of a line ends, given where the next line starts (before its line end). */
    private int contentEnd(int nextStart) {
        int end = nextStart - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') end--;
        return end;
    }
}
