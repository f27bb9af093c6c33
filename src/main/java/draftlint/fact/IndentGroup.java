package draftlint.fact;

import draftlint.draft.Span;

import java.util.Locale;

/**
 * The body paragraphs of a Word draft that Word indents one way, other than the two characters of
 * the first line that GB/T 9704-2012 7.3.3 asks (每个自然段左空二字，回行顶格). A rule reports a group
 * once, at its first paragraph: a body with no first-line indent anywhere is one finding that says
 * how many paragraphs it is. The 主送机关 (居左顶格, 7.3.2) and right-aligned lines (署名, 日期) are
 * not judged.
 *
 * @param shape     {@code none} (no first-line indent), {@code hanging}, {@code other} (a first-line
 *                  indent of another width), {@code left} (the whole paragraph indented, so its
 *                  lines do not return to the margin)
 * @param chars     the indent in hundredths of a character (the first line's, or for {@code left} the
 *                  paragraph's left indent); positive
 * @param inChars   whether the file gives it in characters (Word shows 字符) rather than a length
 * @param cm        the indent as a length in centimetres, as Word shows an indent set as a length
 * @param count     how many body paragraphs are indented so
 * @param total     how many body paragraphs were judged
 * @param paragraph the first of them
 * @param span      that paragraph's span
 */
public record IndentGroup(String shape, int chars, boolean inChars, double cm, int count, int total, int paragraph,
                          Span span) {
    /** {@code 无首行缩进}, {@code 首行缩进1.31字符（0.74厘米）}, {@code 悬挂缩进2字符}, {@code 整段左缩进2字符}. */
    public String getIndentZh() {
        String amount = charsText() + "字符" + (inChars ? "" : "（" + cmText() + "厘米）");
        return switch (shape) {
            case "none" -> "无首行缩进";
            case "hanging" -> "悬挂缩进" + amount;
            case "left" -> "整段左缩进" + amount + "，回行不顶格";
            default -> "首行缩进" + amount;
        };
    }

    public String getIndentEn() {
        String amount = charsText() + " characters" + (inChars ? "" : " (" + cmText() + " cm)");
        return switch (shape) {
            case "none" -> "have no first-line indent";
            case "hanging" -> "have a hanging indent of " + amount;
            case "left" -> "are indented " + amount + " as a whole, so their lines do not return to the margin";
            default -> "have a first-line indent of " + amount;
        };
    }

    /** {@code （全部12段）} or {@code 有3段（共12段）}. */
    public String getScopeZh() {
        return count == total ? "（全部" + total + "段）" : "有" + count + "段（共" + total + "段）";
    }

    public String getScopeEn() {
        if (total == 1) return "the body paragraph";
        return count == total ? "all " + total + " body paragraphs" : count + " of " + total + " body paragraphs";
    }

    private String charsText() {
        return trim(chars / 100.0);
    }

    private String cmText() {
        return trim(cm);
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceFirst("\\.?0+$", "");
    }
}
