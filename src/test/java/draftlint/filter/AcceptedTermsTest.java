package draftlint.filter;

import draftlint.draft.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which spans an accepted word covers: within it, on its own line, counted in code points. */
class AcceptedTermsTest {
    // 人工智能+ is at columns 3..8 (exclusive) of line 1.
    private static final List<String> LINES = List.of("推进人工智能+行动，人工智能+", "人工智能");
    private static final List<String> TERMS = List.of("人工智能+");

    private static boolean accepted(int line, int column, int endLine, int endColumn) {
        return AcceptedTerms.accepted(new Span(line, column, endLine, endColumn), LINES, TERMS);
    }

    @Test
    void aSpanWithinAnOccurrenceIsAcceptedOneReachingPastItIsNot() {
        assertThat(accepted(1, 7, 1, 8)).as("the +").isTrue();
        assertThat(accepted(1, 3, 1, 8)).as("the whole word").isTrue();
        assertThat(accepted(1, 7, 1, 9)).as("the + and the next character").isFalse();
        assertThat(accepted(1, 15, 1, 16)).as("the + of the second occurrence, at the line's end").isTrue();
        assertThat(accepted(1, 7, 2, 1)).as("across a line break").isFalse();
        assertThat(accepted(2, 1, 2, 5)).as("the word without its +").isFalse();
    }

    @Test
    void aCaretIsAcceptedOnlyStrictlyInsideAnOccurrence() {
        assertThat(accepted(1, 5, 1, 5)).isTrue();
        assertThat(accepted(1, 3, 1, 3)).as("before the word").isFalse();
        assertThat(accepted(1, 8, 1, 8)).as("after the word").isFalse();
        assertThat(AcceptedTerms.accepted(Span.documentStart(), List.of("人工智能+"), TERMS)).as("the whole document").isFalse();
    }

    @Test
    void columnsCountCodePointsNotCharsOfTheLine() {
        // 𠀀 (U+20000) is one column but two Java chars: the word starts at column 2.
        List<String> lines = List.of("𠀀数据要素×");
        assertThat(AcceptedTerms.accepted(new Span(1, 6, 1, 7), lines, List.of("数据要素×"))).isTrue();
        assertThat(AcceptedTerms.accepted(new Span(1, 7, 1, 8), lines, List.of("数据要素×"))).isFalse();
    }
}
