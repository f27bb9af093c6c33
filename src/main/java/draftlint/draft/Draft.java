package draftlint.draft;

import java.util.List;

/**
 * A draft as read: where it came from, how it was decoded, its source lines (for excerpts) and
 * its blocks (for the checks). Immutable; knows nothing of rules.
 */
public final class Draft {
    private final String path;
    private final SourceFormat format;
    private final String encoding;
    private final List<String> lines;
    private final List<Block> blocks;
    /**
     * The blocks that start with an automatic number, kept aside because every finding is tested
     * against them: testing against all blocks made a 10 MB draft spend half its time here.
     */
    private final List<Block> autoNumbered;
    private final WordLayout layout;

    /**
     * @param path     the path as the user gave it (or "-" for standard input), for reports
     * @param encoding the charset the bytes were decoded with, as reported in JSON
     * @param lines    the source lines without their line ends; for .docx, the paragraphs
     */
    public Draft(String path, SourceFormat format, String encoding, List<String> lines, List<Block> blocks) {
        this(path, format, encoding, lines, blocks, WordLayout.NONE);
    }

    /** @param layout how Word lays the draft out ({@link WordLayout#NONE} for text and Markdown) */
    public Draft(String path, SourceFormat format, String encoding, List<String> lines, List<Block> blocks,
                 WordLayout layout) {
        this.layout = layout;
        this.path = path;
        this.format = format;
        this.encoding = encoding;
        this.lines = List.copyOf(lines);
        this.blocks = List.copyOf(blocks);
        this.autoNumbered = this.blocks.stream().filter(b -> b.autoNumberLength() > 0).toList();
    }

    /**
     * This draft with {@code blocks} in place of its own (same count, same positions; see
     * {@link Block#withText}): a view of the draft, such as the one with page chrome masked.
     */
    public Draft withBlocks(List<Block> blocks) {
        if (blocks.size() != this.blocks.size()) throw new IllegalArgumentException("a view must keep every block");
        return new Draft(path, format, encoding, lines, blocks);
    }

    public String path() {
        return path;
    }

    public SourceFormat format() {
        return format;
    }

    public String encoding() {
        return encoding;
    }

    public List<String> lines() {
        return lines;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The layout Word shows; {@link WordLayout#NONE} for text inputs. */
    public WordLayout layout() {
        return layout;
    }

    /**
     * Whether a span overlaps a number that automatic numbering shows: such a number is nowhere in
     * the document's text, so no fix can replace it and a comment can only point at its paragraph.
     * An empty span (a caret, or the whole-document position) overlaps nothing.
     */
    public boolean touchesAutoNumber(Span span) {
        for (Block block : autoNumbered) {
            if (block.firstLine() <= span.endLine() && span.line() <= block.lastLine()) {
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
