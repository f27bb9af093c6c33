package draftlint.draft;

import java.util.Objects;

/**
 * One paragraph of a draft as the checks see it: its text, with every UTF-16 char of that text
 * mapped back to the source line and code-point column it came from. A paragraph that was
 * hard-wrapped over several source lines is one block; its chars keep their own lines.
 */
public final class Block {
    private final int index;
    private final String text;
    private final PositionMap positions;
    private final BlockType type;
    private final int markupLevel;
    private final int autoNumberLength;

    /** A block whose text is all the writer's own (no automatic numbering before it). */
    public Block(int index, String text, int[] lines, int[] columns, BlockType type, int markupLevel) {
        this(index, text, lines, columns, type, markupLevel, 0);
    }

    /**
     * @param lines   source line of each char of {@code text}
     * @param columns source code-point column of each char (both chars of a surrogate pair share one)
     * @param markupLevel heading level from the markup (Markdown #), list depth, or 0
     * @param autoNumberLength how many chars at the start of {@code text} a word processor's automatic
     *                    numbering shows ({@code 一、} rendered from a .docx list): they are checked as
     *                    text but are not text a writer, or a fix, can edit
     */
    public Block(int index, String text, int[] lines, int[] columns, BlockType type, int markupLevel,
                 int autoNumberLength) {
        if (lines.length != text.length() || columns.length != text.length()) {
            throw new IllegalArgumentException("position map does not fit the text");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty block");
        }
        this.index = index;
        this.text = text;
        this.positions = new PositionMap(lines, columns);
        this.type = Objects.requireNonNull(type);
        this.markupLevel = markupLevel;
        if (autoNumberLength < 0 || autoNumberLength > text.length()) {
            throw new IllegalArgumentException("automatic number longer than the text");
        }
        this.autoNumberLength = autoNumberLength;
    }

    private Block(Block of, String text) {
        this.index = of.index;
        this.text = text;
        this.positions = of.positions;
        this.type = of.type;
        this.markupLevel = of.markupLevel;
        this.autoNumberLength = of.autoNumberLength;
    }

    /**
     * This block with {@code text} in place of its own, every char at the position of the char it
     * replaces: a view in which some chars are masked keeps every span exact.
     *
     * @throws IllegalArgumentException when {@code text} is not as long as the block's text
     */
    public Block withText(String text) {
        if (text.length() != this.text.length()) {
            throw new IllegalArgumentException("a replacement text of " + text.length() + " chars for " + this.text.length());
        }
        return text.equals(this.text) ? this : new Block(this, text);
    }

    /** 0-based position of this block among the draft's blocks. */
    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    public BlockType type() {
        return type;
    }

    public int markupLevel() {
        return markupLevel;
    }

    /** Chars at the start of the text that automatic numbering shows; 0 for most blocks. */
    public int autoNumberLength() {
        return autoNumberLength;
    }

    public int firstLine() {
        return positions.line(0);
    }

    public int lastLine() {
        return positions.line(text.length() - 1);
    }

    /** Source line of the char at {@code offset}. */
    public int lineAt(int offset) {
        return positions.line(offset);
    }

    /** The source span of chars {@code [start, end)} of the text; an empty range is a caret before {@code start}. */
    public Span span(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + "," + end + ") of " + text.length());
        }
        if (start == text.length()) {
            int last = text.length() - 1;
            int line = positions.line(last);
            int column = positions.column(last) + 1;
            return new Span(line, column, line, column);
        }
        int line = positions.line(start);
        int column = positions.column(start);
        if (end == start) return new Span(line, column, line, column);
        int last = end - 1;
        return new Span(line, column, positions.line(last), positions.column(last) + 1);
    }

    /** The span of the whole block. */
    public Span span() {
        return span(0, text.length());
    }

    @Override
    public String toString() {
        return "Block#" + index + "@" + firstLine() + ":" + text;
    }
}
