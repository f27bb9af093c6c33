package draftlint.draft;

import java.util.List;

/**
 * A draft as read: where it came from, how it was decoded, its source lines (for excerpts) and
 * its blocks (for the checks). Immutable; knows nothing of rules.
 *
 * @param path     the path as the user gave it (or "-" for standard input), for reports
 * @param encoding the charset the bytes were decoded with, as reported in JSON
 * @param lines    the source lines without their line ends; for .docx, the paragraphs
 */
public record Draft(String path, SourceFormat format, String encoding, List<String> lines, List<Block> blocks) {

    public Draft {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
    }

    /**
     * Whether a span overlaps a number that automatic numbering shows: such a number is nowhere in
     * the document's text, so no fix can replace it and a comment can only point at its paragraph.
     * An empty span (a caret, or the whole-document position) overlaps nothing.
     */
    public boolean touchesAutoNumber(Span span) {
        for (Block block : blocks) {
            if (block.autoNumberLength() > 0 && block.firstLine() <= span.endLine() && span.line() <= block.lastLine()) {
                Span number = block.span(0, block.autoNumberLength());
                if (before(span.line(), span.column(), number.endLine(), number.endColumn())
                        && before(number.line(), number.column(), span.endLine(), span.endColumn())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean before(int line, int column, int otherLine, int otherColumn) {
        return line < otherLine || line == otherLine && column < otherColumn;
    }

    /** Source line {@code n} (1-based), or "" past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
