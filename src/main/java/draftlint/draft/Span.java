package draftlint.draft;

/**
 * A stretch of source text: 1-based lines, 1-based columns counted in Unicode code points of the
 * line, end column exclusive. For a .docx a "line" is a paragraph in reading order.
 */
public record Span(int line, int column, int endLine, int endColumn) implements Comparable<Span> {

    public Span {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** The whole-document position: line 1, column 1. */
    public static Span documentStart() {
        return new Span(1, 1, 1, 1);
    }

    /** A caret between two chars: it covers nothing (a missing mark, a whole-document finding at 1:1). */
    public boolean isEmpty() {
        return line == endLine && column == endColumn;
    }

    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn);
    }

    @Override
    public int compareTo(Span o) {
        if (line != o.line) return Integer.compare(line, o.line);
        if (column != o.column) return Integer.compare(column, o.column);
        if (endLine != o.endLine) return Integer.compare(endLine, o.endLine);
        return Integer.compare(endColumn, o.endColumn);
    }

    /**
     * Written out, as is {@link #hashCode()}: a record's own methods build a chain of method handles
     * on their first call, which a short run pays on its critical path (findings deduplicated, facts
     * joined on their spans).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && line == s.line && column == s.column && endLine == s.endLine && endColumn == s.endColumn;
    }

    @Override
    public int hashCode() {
        return ((line * 31 + column) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
