package draftlint.draft;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The run-length position map answers exactly what the plain per-char arrays it replaces did. */
class PositionMapTest {
    @Test
    void answersLikeThePlainArraysForWrappedLinesSurrogatesAndSharedColumns() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            int[] lines = new int[n];
            int[] columns = new int[n];
            int line = 1 + random.nextInt(5);
            int column = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                lines[i] = line;
                columns[i] = column;
                switch (random.nextInt(12)) {
                    case 0 -> { line++; column = 1 + random.nextInt(3); } // the paragraph goes on on the next line
                    case 1 -> { } // the second char of a surrogate pair, or a joining space: the same column
                    case 2 -> column += 2 + random.nextInt(4); // markup left out (** of emphasis)
                    default -> column++;
                }
            }
            PositionMap map = new PositionMap(lines, columns);
            for (int i = 0; i < n; i++) {
                assertThat(map.line(i)).as("line of char %d", i).isEqualTo(lines[i]);
                assertThat(map.column(i)).as("column of char %d", i).isEqualTo(columns[i]);
            }
            assertThatThrownBy(() -> map.line(n)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> map.column(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void blockSpansComeFromTheMap() {
        // "ab" on line 3 from column 5, then "c" on line 4 at column 1, then a surrogate pair at 4:2
        String text = "abc\uD840\uDC00";
        Block block = new Block(0, text, new int[]{3, 3, 4, 4, 4}, new int[]{5, 6, 1, 2, 2}, BlockType.PARAGRAPH, 0);
        assertThat(block.span(0, 2)).isEqualTo(new Span(3, 5, 3, 7));
        assertThat(block.span(1, 5)).isEqualTo(new Span(3, 6, 4, 3));
        assertThat(block.span(5, 5)).isEqualTo(new Span(4, 3, 4, 3));
        assertThat(block.firstLine()).isEqualTo(3);
        assertThat(block.lastLine()).isEqualTo(4);
    }
}
