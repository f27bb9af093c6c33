package draftlint.fact;

import draftlint.draft.Span;

import java.util.Map;

/**
 * How Word shows one paragraph of a Word draft, every property resolved through document defaults,
 * styles ({@code basedOn}), list levels and direct formatting.
 *
 * @param role           {@code title}, {@code heading}, {@code body}, {@code record} (the 版记's 抄送
 *                       and 印发 lines), or {@code other} (版头, tables, attachments, lines without Chinese text)
 * @param level          the heading level (1–4) from the numbering recognizers, else 0
 * @param font           the east-Asian font most of its Chinese characters are set in (for a heading,
 *                       of its heading words); "" when none is set anywhere
 * @param family         that font's family ({@code fangsong} …), "" when in none
 * @param share          the percentage of its Chinese characters set in {@code font}
 * @param fonts          Chinese characters per east-Asian font
 * @param halfPoints     their size in half-points
 * @param color          their colour as the file gives it ({@code FF0000}), "" or {@code auto} for the default (black)
 * @param alignment      {@code left}, {@code center}, {@code right}, {@code both}, {@code distribute} …
 * @param firstLineChars first-line indent in hundredths of a character (200: two characters), from
 *                       {@code firstLineChars} or else from the indent in twips and the size; negative: hanging
 * @param lineRule       {@code auto}, {@code exact} or {@code atLeast}
 * @param line           line spacing: points for exact and atLeast, the multiple of single for auto
 */
public record ParagraphLayout(int paragraph, Span span, String role, int level, String font, String family, int share,
                              Map<String, Integer> fonts, int halfPoints, String color, boolean bold, String alignment,
                              int firstLineChars, String lineRule, double line) {
    public ParagraphLayout {
        fonts = Map.copyOf(fonts);
    }

    public String getSizeZh() {
        return TypeSize.zh(halfPoints);
    }

    public String getSizeEn() {
        return TypeSize.en(halfPoints);
    }
}
