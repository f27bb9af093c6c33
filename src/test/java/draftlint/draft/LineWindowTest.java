package draftlint.draft;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's excerpt: the line, or a window of at most 200 code points with … at each cut. */
class LineWindowTest {
    @Test
    void aShortLineIsShownWhole() {
        String line = "关于推动推动教育现代化工作的调研报告";
        assertThat(LineWindow.excerpt(line, new Span(1, 3, 1, 7))).isEqualTo(line);
    }

    @Test
    void aLongLineIsCutAroundTheSpanWithAMarkAtEachCut() {
        String line = "甲".repeat(1000) + "**" + "乙".repeat(1000);
        String shown = LineWindow.excerpt(line, new Span(1, 1001, 1, 1003));
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(LineWindow.MAX);
        assertThat(shown).startsWith("…甲").endsWith("乙…").contains("甲".repeat(LineWindow.LEAD) + "**");
    }

    @Test
    void aSpanNearEitherEndIsCutOnlyOnTheOtherSide() {
        String line = "**" + "甲".repeat(500) + "××";
        String atStart = LineWindow.excerpt(line, new Span(1, 1, 1, 3));
        String atEnd = LineWindow.excerpt(line, new Span(1, 503, 1, 505));
        assertThat(atStart).startsWith("**甲").endsWith("…").hasSize(LineWindow.MAX);
        assertThat(atEnd).startsWith("…").endsWith("甲××").hasSize(LineWindow.MAX);
    }

    @Test
    void codePointsBeyondTheBasicPlaneCountOnce() {
        String line = "𠀀".repeat(300) + "推进推进";
        String shown = LineWindow.excerpt(line, new Span(1, 301, 1, 305));
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(LineWindow.MAX);
        assertThat(shown).endsWith("推进推进").startsWith("…𠀀");
    }
}
