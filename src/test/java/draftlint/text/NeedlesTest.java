package draftlint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeedlesTest {
    @Test
    void findsAnyOfItsChars() {
        Needles dashes = Needles.chars("-－–");
        assertThat(dashes.in("3－5人")).isTrue();
        assertThat(dashes.in("3至5人")).isFalse();
        assertThat(dashes.in("")).isFalse();
    }

    @Test
    void findsAnyOfItsWords() {
        Needles truncation = Needles.words("全文共", "当前仅显示");
        assertThat(truncation.in("（未完，全文共4299字）")).isTrue();
        assertThat(truncation.in("当前仅显示500字")).isTrue();
        // The chars alone are in most paragraphs, and are not the words.
        assertThat(truncation.in("全面推进当前工作")).isFalse();
    }

    @Test
    void refusesNoNeedles() {
        assertThatThrownBy(() -> Needles.chars("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Needles.words("全文共", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
