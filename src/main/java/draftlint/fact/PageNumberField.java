package draftlint.fact;

/**
 * A footer of a Word draft that shows the page number.
 *
 * @param pages      the pages it numbers: {@code all}, {@code odd} (odd and even pages differ),
 *                   {@code even}, or {@code first} (a title page of its own)
 * @param text       what it shows, with the field's last result ({@code — 1 —})
 * @param dashed     whether the number stands between two one-em dashes ({@code —}, U+2014)
 * @param family     the font family of the digits ("" when in none)
 * @param font       the digits' font name
 * @param halfPoints the digits' size
 * @param side       {@code left}, {@code center} or {@code right} by its alignment, or {@code outer} (or {@code inner})
 *                   for a number in a frame or text box placed on the outer (inner) side of the page
 * @param inset      for a number aligned {@code right} or {@code left} in the footer's flow, how far it stands
 *                   from that edge of the 版心, in twips (its indent on that side and typed full-width spaces
 *                   beyond the number); -1 when not exact (a half-width space or tab there, a frame or text box)
 */
public record PageNumberField(String pages, String text, boolean dashed, String family, String font, int halfPoints,
                              String side, int inset) {
    /** {@code 1字（14磅）}: the inset in characters of the number's size and in points. */
    public String getInsetZh() {
        if (inset < 20) return "未空字";
        return "空" + trim(inset / (halfPoints > 0 ? halfPoints * 10.0 : 280.0)) + "字（" + trim(inset / 20.0) + "磅）";
    }

    public String getInsetEn() {
        if (inset < 20) return "with no space";
        return trim(inset / (halfPoints > 0 ? halfPoints * 10.0 : 280.0)) + " characters (" + trim(inset / 20.0) + " pt) in";
    }

    private static String trim(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v).replaceFirst("\\.?0+$", "");
    }

    public String getSizeZh() {
        return TypeSize.zh(halfPoints);
    }

    public String getSizeEn() {
        return TypeSize.en(halfPoints);
    }
}
