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
 */
public record PageNumberField(String pages, String text, boolean dashed, String family, String font, int halfPoints,
                              String side) {
    public String getSizeZh() {
        return TypeSize.zh(halfPoints);
    }

    public String getSizeEn() {
        return TypeSize.en(halfPoints);
    }
}
