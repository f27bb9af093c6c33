package draftlint.fact;

import draftlint.draft.Span;

import java.util.Locale;

/**
 * The 附件说明 of a Word draft ({@code 附件：1. …} below the body, GB/T 9704-2012 7.3.4: 在正文下空一行左空二字
 * 编排"附件"二字，后标全角冒号和附件名称; several attachments numbered {@code 1.} {@code 2.}, their names
 * aligned) and how Word places it. What the file cannot tell exactly is left unknown, not guessed.
 *
 * @param paragraph   the 附件说明's (first) paragraph
 * @param span        its span
 * @param start       where its first line starts, in hundredths of a character of its size (indents and
 *                    typed spaces), or -1 when that is not known (a tab, or no size)
 * @param startCm     the same as a length in centimetres when the file gives it as one, else -1
 * @param blankAbove  {@code yes} (an empty paragraph, or space before it of at least half a line),
 *                    {@code no}, or {@code unknown} (line spacing Word sizes from the font)
 * @param item        the first numbered line below it ({@code 2.…}) whose number does not stand under the
 *                    first one's, or -1 when all do or it cannot be told
 * @param itemSpan    that line's span (the 附件说明's when none)
 * @param itemStart   where that line starts, in hundredths of a character
 * @param itemWant    where the first number stands: the 附件说明's start plus {@code 附件：}
 */
public record AnnexNote(int paragraph, Span span, int start, double startCm, String blankAbove, int item,
                        Span itemSpan, int itemStart, int itemWant) {
    /** {@code 顶格}, {@code 左空1字符}, {@code 左空4字符（2.26厘米）}. */
    public String getStartZh() {
        if (Math.abs(start) <= 10) return "顶格（左空0字）";
        return "左空" + chars(start) + "字" + (startCm >= 0 ? "（" + trim(startCm) + "厘米）" : "");
    }

    public String getStartEn() {
        if (Math.abs(start) <= 10) return "at the margin";
        return chars(start) + " characters in" + (startCm >= 0 ? " (" + trim(startCm) + " cm)" : "");
    }

    public String getItemStartZh() {
        return chars(itemStart);
    }

    public String getItemWantZh() {
        return chars(itemWant);
    }

    private static String chars(int hundredths) {
        return trim(hundredths / 100.0);
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceFirst("\\.?0+$", "");
    }
}
