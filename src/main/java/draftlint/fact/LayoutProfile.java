package draftlint.fact;

import java.util.List;

/**
 * The layout a Word draft is held to: one per checked Word file, read from a profile file
 * ({@code rules/layouts/*.layout}, or a unit's own in {@code --rules DIR/layouts/}) and chosen by the
 * document's kind, the configuration's {@code layout:} or {@code --layout}. What a profile leaves out
 * is not checked: a 0 or "" below means "no requirement". Lengths in millimetres, sizes in half-points.
 *
 * @param name            the profile's name ({@code gbt9704})
 * @param paperWidth      paper width and height (A4: 210 × 297)
 * @param top             天头 (top margin)
 * @param left            订口 (left margin)
 * @param textWidth       版心 width and height (156 × 225)
 * @param tolerance       how far a margin or the 版心 may be off (GB/T 9704: 1 mm)
 * @param linesPerPage    lines on a full page (22)
 * @param charsPerLine    characters on a full line of body text (28)
 * @param firstLineIndent the body paragraphs' first-line indent in hundredths of a character (200), the
 *                        other lines at the margin
 * @param bodyFamily      the body's font family ({@code fangsong}), a family of {@code rules/lists/layout/fonts-*.txt}
 * @param titleAlignment  {@code center}, or ""
 * @param headingFamilies font family of heading levels 1–4 ("" for a level not checked)
 * @param pageNumberSides {@code outer}: odd pages right, even pages left, one character in; or ""
 * @param recordFamily    the 版记's font family (抄送, 印发机关和印发日期: {@code fangsong}), or ""
 * @param recordSize      its size in half-points (4号: 28)
 * @param annexIndent     where the 附件说明 starts, in hundredths of a character (200: 左空二字), or 0
 * @param annexBlankLine  whether a blank line stands between the body and the 附件说明
 * @param annexAligned    whether the numbers of the attachments it lists stand under one another
 * @param signOff         {@code gbt9704}: the 署名 and 成文日期 placed as GB/T 9704-2012 7.3.5.1 or 7.3.5.2 says; or ""
 * @param titleShaped     whether a title on several lines must be shaped as a trapezoid or a diamond, not an hourglass
 */
public record LayoutProfile(String name, String labelZh, String labelEn, String source, List<String> kinds,
                            double paperWidth, double paperHeight, double top, double left, double textWidth,
                            double textHeight, double tolerance, int linesPerPage, int charsPerLine,
                            int firstLineIndent, String bodyFamily, int bodySize,
                            String titleFamily, int titleSize, String titleAlignment, List<String> headingFamilies,
                            int headingSize, String pageNumberFamily, int pageNumberSize, boolean pageNumberDashes,
                            String pageNumberSides, String recordFamily, int recordSize,
                            int annexIndent, boolean annexBlankLine, boolean annexAligned,
                            String signOff, boolean titleShaped) {
    public LayoutProfile {
        kinds = List.copyOf(kinds);
        headingFamilies = List.copyOf(headingFamilies);
    }

    /** The family heading level {@code level} (1–4) must be set in, or "" when the profile does not say. */
    public String headingFamily(int level) {
        return level >= 1 && level <= headingFamilies.size() ? headingFamilies.get(level - 1) : "";
    }

    /** The heading levels' families one by one, for rules that compare a level with its own. */
    public String getHeading1() {
        return headingFamily(1);
    }

    public String getHeading2() {
        return headingFamily(2);
    }

    public String getHeading3() {
        return headingFamily(3);
    }

    public String getHeading4() {
        return headingFamily(4);
    }

    /** How far the 版心 may be off before the lines on a page are its fault: {@code tolerance}, or any when the area is not checked. */
    public double getAreaTolerance() {
        return checksMargins() ? tolerance : Double.MAX_VALUE;
    }

    public boolean checksPaper() {
        return paperWidth > 0 && paperHeight > 0;
    }

    public boolean checksMargins() {
        return top > 0 && left > 0 && textWidth > 0 && textHeight > 0;
    }

    /** The bottom and right margins the 版心 leaves on the profile's paper (35 mm and 26 mm on A4). */
    public double bottom() {
        return paperHeight - top - textHeight;
    }

    public double right() {
        return paperWidth - left - textWidth;
    }
}
