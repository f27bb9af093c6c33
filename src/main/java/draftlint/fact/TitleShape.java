package draftlint.fact;

import draftlint.draft.Span;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The outline of a Word draft's title set on several lines (GB/T 9704-2012 7.3.1: 标题排列应当使用梯形或
 * 菱形), when every line's length is known: each line a paragraph of its own, with no line break typed in it,
 * short enough not to wrap, of Chinese characters and of digits and Latin letters (half a character).
 *
 * @param paragraph the title's first paragraph
 * @param span      its span
 * @param widths    each line's width in hundredths of a character, top to bottom
 */
public record TitleShape(int paragraph, Span span, List<Integer> widths) {
    /** A line shorter than one above it and one below it, by a character or more: an hourglass (沙漏形), neither 梯形 nor 菱形. */
    public static final int STEP = 100;

    public TitleShape {
        widths = List.copyOf(widths);
    }

    public boolean isHourglass() {
        for (int i = 1; i < widths.size() - 1; i++) {
            int above = widths.subList(0, i).stream().max(Integer::compare).orElse(0);
            int below = widths.subList(i + 1, widths.size()).stream().max(Integer::compare).orElse(0);
            if (above - widths.get(i) >= STEP && below - widths.get(i) >= STEP) return true;
        }
        return false;
    }

    /** {@code 13、9、13字}. */
    public String getWidthsZh() {
        return widths.stream().map(TitleShape::chars).collect(Collectors.joining("、")) + "字";
    }

    public String getWidthsEn() {
        return widths.stream().map(TitleShape::chars).collect(Collectors.joining(", ")) + " characters";
    }

    public int getLines() {
        return widths.size();
    }

    private static String chars(int hundredths) {
        return String.format(Locale.ROOT, "%.1f", hundredths / 100.0).replaceFirst("\\.0$", "");
    }
}
