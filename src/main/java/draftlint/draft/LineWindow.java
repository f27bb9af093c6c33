package draftlint.draft;

/**
 * The part of a source line a report shows for a span: a window of at most {@link #MAX} code
 * points around it, with {@code …} where the line is cut (the contract's {@code excerpt}). A draft
 * may hold one line of millions of characters with a finding every few of them, so each finding
 * must cost its window, not its line: the line's code points are decoded once and kept while
 * the findings on it are reported one after another.
 */
public final class LineWindow {
    /** Code points in an excerpt, the {@code …} marks included. */
    public static final int MAX = 200;
    /** Code points shown before the span when the line must be cut. */
    static final int LEAD = 40;

    private static final ThreadLocal<Decoded> LAST = new ThreadLocal<>();

    /** One line's code points; kept for the next finding, which is most often on the same line. */
    private record Decoded(String line, int[] codePoints) {
    }

    private LineWindow() {
    }

    /** The code points of a line; decoded again only when asked for another line than the last. */
    public static int[] codePoints(String line) {
        Decoded last = LAST.get();
        // Identity, not equality: the findings of one line share its String, and comparing two
        // 2-million-character lines would cost what decoding costs.
        if (last != null && last.line == line) return last.codePoints;
        int[] cps = line.codePoints().toArray();
        LAST.set(new Decoded(line, cps));
        return cps;
    }

    /**
     * The excerpt for {@code span} in {@code line}, the line its span starts on: the whole line when
     * it has at most {@link #MAX} code points, else a window that starts a little before the span
     * ({@link #LEAD} code points) and holds as much of it as fits, {@code …} marking each cut.
     */
    public static String excerpt(String line, Span span) {
        if (line.length() <= MAX) return line; // at most MAX chars, so at most MAX code points
        int[] cps = codePoints(line);
        if (cps.length <= MAX) return line;
        int start = Math.min(span.column() - 1, cps.length);
        int from = Math.max(0, start - LEAD);
        int to;
        if (from == 0) {
            to = MAX - 1; // one cut, after
        } else if (from + MAX - 2 < cps.length) {
            to = from + MAX - 2; // a cut on each side
        } else {
            to = cps.length; // one cut, before: the window slides left to show MAX - 1 code points
            from = cps.length - (MAX - 1);
        }
        StringBuilder shown = new StringBuilder();
        if (from > 0) shown.append('…');
        // Without surrogate pairs code points are chars: the window is a substring, not a re-encoding.
        if (cps.length == line.length()) shown.append(line, from, to);
        else shown.append(new String(cps, from, to - from));
        if (to < cps.length) shown.append('…');
        return shown.toString();
    }
}
