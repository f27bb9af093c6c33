package draftlint.fact;

/**
 * One section's page in a Word draft, in millimetres (rounded to 0.1 mm).
 *
 * @param section      0-based section number
 * @param sizeSet      false when the file sets no paper size (Word then uses its own default)
 * @param textWidth    the 版心: the page less its margins and gutter
 * @param gridType     {@code default} (no grid), {@code lines}, {@code linesAndChars}, {@code snapToChars}
 * @param linePitch    the line pitch the body is set at, in points (0 when it cannot be known:
 *                     multiple line spacing without a grid)
 * @param lineSource   where {@code linePitch} comes from: {@code exact} (fixed line spacing), {@code grid}, or ""
 * @param linesPerPage how many lines of that pitch fill the 版心's height (0 when unknown)
 * @param bodyMultiple the body's line spacing when it is a multiple of single (1.15), else 0
 * @param bodyHalfPoints the size most of the body is set in, in half-points (0: no body)
 * @param charPitch    the width each Chinese character of the body takes on a line, in points: the
 *                     character grid's pitch, or the body's size when there is no character grid
 * @param charSource   where {@code charPitch} comes from: {@code grid} (a character grid), {@code font}
 *                     (no character grid: characters as wide as their size), {@code offgrid} (a character
 *                     grid the body's paragraphs do not snap to: 对齐到网格 off), or "" when unknown
 * @param charsPerLine how many characters of that pitch fill the 版心's width (0 when unknown)
 */
public record PageSetup(int section, boolean sizeSet, double width, double height, boolean landscape, double top,
                        double bottom, double left, double right, double gutter, double textWidth, double textHeight,
                        String gridType, double linePitch, String lineSource, int linesPerPage, double bodyMultiple,
                        int bodyHalfPoints, double charPitch, String charSource, int charsPerLine) {
    /** Why a line holds {@code charsPerLine}: {@code 未设字符网格，正文三号（16磅）每字宽16磅}. */
    public String getCharsWhyZh() {
        String size = "正文" + TypeSize.zh(bodyHalfPoints) + "每字宽" + points(charPitch) + "磅";
        return switch (charSource) {
            case "grid" -> "文档网格的字符跨度为" + points(charPitch) + "磅";
            case "offgrid" -> "正文段落未对齐到文档网格（“对齐到网格”未勾选），字符网格不起作用，" + size;
            default -> "未设字符网格，" + size;
        };
    }

    public String getCharsWhyEn() {
        String size = "the body's " + TypeSize.en(bodyHalfPoints) + " characters are " + points(charPitch) + " pt wide";
        return switch (charSource) {
            case "grid" -> "the document grid's character pitch is " + points(charPitch) + " pt";
            case "offgrid" -> "the body's paragraphs do not snap to the document grid, so its character grid does not apply and " + size;
            default -> "there is no character grid and " + size;
        };
    }

    /** The paper's short side, whatever the orientation. */
    public double getShortSide() {
        return Math.min(width, height);
    }

    public double getLongSide() {
        return Math.max(width, height);
    }

    /** {@code 上25.4、下25.4、左31.8、右31.8毫米} */
    public String getMarginsZh() {
        return "上" + mm(top) + "、下" + mm(bottom) + "、左" + mm(left) + "、右" + mm(right) + "毫米";
    }

    public String getMarginsEn() {
        return "top " + mm(top) + ", bottom " + mm(bottom) + ", left " + mm(left) + ", right " + mm(right) + " mm";
    }

    public String getTextAreaText() {
        return mm(textWidth) + "×" + mm(textHeight);
    }

    public String getPaperText() {
        return mm(width) + "×" + mm(height);
    }

    /** A pitch in points to the hundredth, as Word's dialog shows it: {@code 28.95}, {@code 29}. */
    public static String points(double v) {
        return Math.abs(v - Math.rint(v)) < 0.005 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.2f", v).replaceFirst("0$", "");
    }

    public static String mm(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
