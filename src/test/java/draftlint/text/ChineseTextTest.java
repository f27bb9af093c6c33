package draftlint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTest {
    @Test
    void tellsCjkPunctuationFromHalfWidthMarks() {
        for (char c : "，。、；：？！（）《》「」【】〔〕“”‘’…—·\u3000".toCharArray()) {
            assertThat(ChineseText.isCjkPunctuation(c)).as("%s", c).isTrue();
            assertThat(ChineseText.isChinese(c)).as("%s", c).isTrue();
        }
        for (char c : ",.;:?!()\"' a1".toCharArray()) {
            assertThat(ChineseText.isCjkPunctuation(c)).as("%s", c).isFalse();
            assertThat(ChineseText.isChinese(c)).as("%s", c).isFalse();
        }
        assertThat(ChineseText.isCjkPunctuation('中')).isFalse();
        assertThat(ChineseText.isChinese('中')).isTrue();
        assertThat(ChineseText.isChinese('㐀')).isTrue();
    }
}
