package draftlint.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HanCharactersTest {
    /**
     * One test of Han, wider than the \u4e00-\u9fff it replaced in several patterns: Extension A
     * (㐀), a compatibility ideograph (﨑), the ideographic zero 〇 and the iteration mark 々 are
     * Han; punctuation, kana, Hangul, digits and the mask of page chrome are not.
     */
    @Test
    void testsHanOneWayInCodeAndInPatterns() {
        Pattern han = Pattern.compile("^" + HanCharacters.HAN + "$");
        for (String c : new String[]{"中", "國", "㐀", "﨑", "〇", "々", "鿼", "𠀀"}) {
            assertThat(HanCharacters.isHan(c.codePointAt(0))).as(c).isTrue();
            assertThat(han.matcher(c).matches()).as(c).isTrue();
            if (c.length() == 1) assertThat(HanCharacters.isHan(c.charAt(0))).as(c).isTrue();
        }
        for (String c : new String[]{"。", "，", "○", "ア", "한", "1", "１", "a", "\uFFFF"}) {
            assertThat(HanCharacters.isHan(c.codePointAt(0))).as(c).isFalse();
            assertThat(han.matcher(c).matches()).as(c).isFalse();
        }
    }
}
