package draftlint.fact;

/**
 * Ordinals as written in 公文: Chinese numerals ({@code 一} … {@code 九十九}), Arabic digits
 * (half- or full-width) and circled numbers ({@code ①} … {@code ⑳}). Recognizers read them with
 * {@link #parse}; rules name a missing ordinal in a message with {@link #marker}.
 */
public final class Ordinal {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Ordinal() {
    }

    /** The value of an ordinal written in any of the three systems, or 0 when it is none of them. */
    public static int parse(String written) {
        if (written.isEmpty()) return 0;
        char first = written.charAt(0);
        if (first >= '①' && first <= '⑳' && written.length() == 1) return first - '①' + 1;
        if (isDigit(first)) return parseArabic(written);
        return parseChinese(written);
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

    private static int parseArabic(String written) {
        int value = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (!isDigit(c)) return 0;
            value = value * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return value;
    }

    /** 一 … 九十九, as 十, 十一, 二十, 二十一; anything else (十十, 二二) is 0. */
    private static int parseChinese(String written) {
        int ten = written.indexOf('十');
        if (ten < 0) {
            return written.length() == 1 ? Math.max(0, digit(written.charAt(0))) : 0;
        }
        if (written.indexOf('十', ten + 1) >= 0 || ten > 1) return 0;
        int tens = ten == 0 ? 1 : digit(written.charAt(0));
        String rest = written.substring(ten + 1);
        if (rest.length() > 1) return 0;
        int ones = rest.isEmpty() ? 0 : digit(rest.charAt(0));
        if (tens <= 0 || ones < 0 || (!rest.isEmpty() && ones == 0)) return 0;
        return tens * 10 + ones;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        return d >= 1 ? d : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
