package draftlint.fact;

import draftlint.text.NumeralParser;

/**
 * Ordinals as written in 公文: Chinese numerals ({@code 一} … {@code 九十九}), Arabic digits
 * (half- or full-width) and circled numbers ({@code ①} … {@code ⑳}). They are read with
 * {@link NumeralParser#ordinal} (the recognizers) or {@link #parse}; rules name a missing ordinal in a
 * message with {@link #marker}.
 */
public final class Ordinal {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Ordinal() {
    }

    /**
     * The value of an ordinal written in any of the three systems, or 0 when it is none of them
     * ({@link NumeralParser#ordinal}, kept here with its 0 for the rules that call it).
     */
    public static int parse(String written) {
        return NumeralParser.ordinal(written).orElse(0);
    }

    /**
     * A marker written like {@code form} but with ordinal {@code n}: the form holds {@code N} where
     * the numeral goes ({@code （N）}, {@code N.}, {@code N是}, {@code 第N，}) and {@code style} says
     * which numerals to write ({@code chinese…}, {@code arabic…}, {@code circled}).
     */
    public static String marker(String style, String form, int n) {
        return form.replace("N", write(style, n));
    }

    /**
     * The markers of {@code from} to {@code to} (at most a few: a gap of many numbers is named by its
     * ends), joined by {@code separator}: {@code 二、”“三、} between a message's own quotes.
     */
    public static String markers(String style, String form, int from, int to, String separator) {
        if (to - from > 3) return marker(style, form, from) + separator + "…" + separator + marker(style, form, to);
        StringBuilder out = new StringBuilder();
        for (int n = from; n <= to; n++) {
            if (n > from) out.append(separator);
            out.append(marker(style, form, n));
        }
        return out.toString();
    }

    /** {@code n} in the numerals of {@code style}. */
    public static String write(String style, int n) {
        if (style.startsWith("arabic")) return Integer.toString(n);
        if (style.startsWith("circled") && n >= 1 && n <= 20) return String.valueOf((char) ('①' + n - 1));
        return chinese(n);
    }

    /** {@code n} in Chinese numerals as ordinals are written: 十, 十一, 二十, 二十一; digits past 99. */
    public static String chinese(int n) {
        if (n <= 0 || n >= 100) return Integer.toString(n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
