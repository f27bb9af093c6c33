package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.BlockType;

import java.util.Arrays;

/** Collects the chars of one block together with the source position of each. */
final class BlockBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] columns = new int[64];

    /** Appends {@code s}, whose first char stands at {@code line}:{@code column} and which runs on that line. */
    void appendRun(String s, int line, int column) {
        int col = column;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            push(c, line, col);
            if (!Character.isHighSurrogate(c)) col++;
        }
    }

    /** Appends a char that stands for something not in the source (a joining space), placed at a position. */
    void appendVirtual(char c, int line, int column) {
        push(c, line, column);
    }

    /**
     * Appends the space that a line break between two Latin words stands for. A line end has no
     * column of its own, so the space shares the place of the char before it: one past it would
     * lie outside the line, and a finding over it could not be shown or annotated.
     */
    void appendJoiningSpace() {
        push(' ', lastLine(), lastColumn());
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    /** The text collected from {@code start} on. */
    String textFrom(int start) {
        return text.substring(start);
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    int lastLine() {
        return lines[text.length() - 1];
    }

    int lastColumn() {
        return columns[text.length() - 1];
    }

    Block build(int index, BlockType type, int level) {
        return build(index, type, level, 0);
    }

    /** @param autoNumberLength chars at the start that automatic numbering shows (see {@link Block}) */
    Block build(int index, BlockType type, int level, int autoNumberLength) {
        int n = text.length();
        return new Block(index, text.toString(), Arrays.copyOf(lines, n), Arrays.copyOf(columns, n), type, level,
                autoNumberLength);
    }

    private void push(char c, int line, int column) {
        int n = text.length();
        if (n == lines.length) {
            lines = Arrays.copyOf(lines, n * 2);
            columns = Arrays.copyOf(columns, n * 2);
        }
        lines[n] = line;
        columns[n] = column;
        text.append(c);
    }
}
