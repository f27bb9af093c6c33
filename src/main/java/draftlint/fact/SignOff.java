package draftlint.fact;

import draftlint.draft.Span;

import java.util.Locale;

/**
 * Where Word places the 发文机关署名 and the 成文日期 of a Word draft, both right-aligned, measured
 * from the right edge of the 版心 in characters, against the placements GB/T 9704-2012 7.3.5 gives:
 * sealed (7.3.5.1: the date 右空四字, the 署名 centred on the date above it) and not sealed (7.3.5.2:
 * the 署名 右空二字, the date on the next line starting two characters right of the 署名's first
 * character; a date longer than the 署名 右空二字 and the 署名 moved left to keep the two characters).
 * The 署名 and the date are those {@link RequiredPart} found; only lines whose widths are exact are
 * measured (the 署名 in Chinese characters, the date in Chinese characters and digits, a digit half a
 * character wide).
 *
 * @param paragraph      the 署名's paragraph
 * @param span           its span
 * @param signatureRight the 署名's right space, in hundredths of a character of its size
 * @param dateRight      the date's
 * @param signatureWidth the 署名's width in hundredths of a character
 * @param dateWidth      the date's
 */
public record SignOff(int paragraph, Span span, int signatureRight, int dateRight, int signatureWidth,
                      int dateWidth) {
    /** How far a place may be off, in hundredths of a character: a digit's width is near half a character, not exactly. */
    public static final int SLACK = 50;

    /** 7.3.5.1: the date 右空四字, the 署名 centred on it. */
    public int getSealedSignatureRight() {
        return 400 + (dateWidth - signatureWidth) / 2;
    }

    /** 7.3.5.2: the 署名 右空二字 (more when the date is longer, to keep the date two characters right of it). */
    public int getUnsealedSignatureRight() {
        return dateWidth > signatureWidth ? 400 + dateWidth - signatureWidth : 200;
    }

    /** 7.3.5.2: the date's first character two right of the 署名's, or 右空二字 when the date is longer. */
    public int getUnsealedDateRight() {
        return dateWidth > signatureWidth ? 200 : signatureWidth - dateWidth;
    }

    public boolean isSealed() {
        return Math.abs(dateRight - 400) <= SLACK && Math.abs(signatureRight - getSealedSignatureRight()) <= SLACK;
    }

    public boolean isUnsealed() {
        return Math.abs(dateRight - getUnsealedDateRight()) <= SLACK
                && Math.abs(signatureRight - getUnsealedSignatureRight()) <= SLACK;
    }

    public static String chars(int hundredths) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, hundredths) / 100.0).replaceFirst("\\.?0+$", "");
    }
}
