package draftlint.fact;

import draftlint.draft.Span;

/**
 * The paragraphs of one part of a Word draft that Word shows in one font and size: the body, the
 * title, or the headings of one level. A rule reports a group once, at its first paragraph, so a
 * body set in 宋体 throughout is one finding, not one per paragraph. A paragraph's font is the one
 * most of its Chinese characters are set in (a heading's, the one its heading words are set in).
 *
 * @param role       {@code body}, {@code title}, {@code heading} or {@code record} (the 版记: 抄送, 印发机关和印发日期)
 * @param level      the heading level (1–4), else 0
 * @param family     the font's family ({@code fangsong}, {@code songti}, …), or "" when it is in none
 * @param font       the font's name as the file gives it ("" when no font is set anywhere)
 * @param halfPoints the size in half-points
 * @param count      how many paragraphs of the part are set so
 * @param total      how many paragraphs the part has
 * @param paragraph  the first of them
 * @param span       that paragraph's span
 */
public record FontGroup(String role, int level, String family, String font, int halfPoints, int count, int total,
                        int paragraph, Span span) {
    public String getSizeZh() {
        return TypeSize.zh(halfPoints);
    }

    public String getSizeEn() {
        return TypeSize.en(halfPoints);
    }

    /** {@code 正文}, {@code 标题}, {@code 一级标题} … */
    public String getPartZh() {
        return switch (role) {
            case "body" -> "正文";
            case "title" -> "标题";
            case "record" -> "版记";
            default -> "一二三四".charAt(Math.max(0, Math.min(3, level - 1))) + "级标题";
        };
    }

    public String getPartEn() {
        return switch (role) {
            case "body" -> "the body";
            case "title" -> "the title";
            case "record" -> "the imprint (版记)";
            default -> "level-" + level + " headings";
        };
    }

    public String getFontZh() {
        return font.isEmpty() ? "未设字体（Word 以默认字体显示）" : font;
    }

    public String getFontEn() {
        return font.isEmpty() ? "no font set (Word's default)" : font;
    }

    /** {@code （全部12段）} or {@code 有3段（共12段）}, to say how much of the part is set so. */
    public String getScopeZh() {
        return count == total ? "（全部" + total + "段）" : "有" + count + "段（共" + total + "段）";
    }

    public String getScopeEn() {
        if (total == 1) return "(1 paragraph)";
        return count == total ? "(all " + total + " paragraphs)" : "(" + count + " of " + total + " paragraphs)";
    }
}
