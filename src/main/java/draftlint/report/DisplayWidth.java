package draftlint.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** Terminal columns a text takes: East Asian wide and full-width characters take two. */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(int codePoint) {
        if (codePoint == '\t') return 4;
        if (Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.ENCLOSING_MARK
                || codePoint == 0x200B || codePoint == 0xFEFF) {
            return 0;
        }
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }
}
