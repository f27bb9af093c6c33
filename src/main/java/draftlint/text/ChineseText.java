package draftlint.text;

/**
 * What counts as Chinese text around a mark: Han characters and the punctuation Chinese typesetting
 * uses. A recognizer asks it to tell whether a half-width mark stands in Chinese (你好,世界) or in
 * Latin text (a, b), or where a masked name's Chinese neighbours end.
 */
public final class ChineseText {
    private ChineseText() {
    }

    /**
     * Whether {@code c} is CJK punctuation or a full-width form: the CJK symbols and punctuation block
     * (、。〈〉「」【】〔〕 and the ideographic space), the full-width forms (，：；（）！？ and the full-width
     * letters and digits typed with them), and the curly quotes, ellipsis, dash and middle dot that
     * Chinese shares with other scripts (“”‘’…—·).
     */
    public static boolean isCjkPunctuation(char c) {
        return c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF' || "“”‘’…—·".indexOf(c) >= 0;
    }

    /** Whether {@code c} is Chinese text: a Han character or CJK punctuation. */
    public static boolean isChinese(char c) {
        return HanCharacters.isHan(c) || isCjkPunctuation(c);
    }
}
