package draftlint.text;

import java.util.OptionalInt;

/**
 * The one reader of numbers as drafts write them, in Arabic digits (half- or full-width) or Chinese
 * numerals. Three readings, because a draft writes a number three ways and each must be read as
 * such; where they differ, it is on purpose and said here:
 * <ul>
 * <li>{@link #read}: the figure that starts at an offset, as long as it goes: {@code 17},
 *     {@code 27.54}, {@code 1.2万}, {@code 3亿}, {@code 十三}, {@code 一百零五}, {@code 三千五百万},
 *     and a year read digit by digit ({@code 二〇二四}, {@code 二○二四}, {@code 二零二四}; {@code 二〇} is
 *     20, the start of one). What follows it (a measure word, {@code %}) is the caller's business.</li>
 * <li>{@link #count}: a whole word that is a count ({@code 四}, {@code 两}, {@code 十一}, {@code 二十},
 *     {@code 一百零五}, {@code 千}, {@code 12}): positional only, so {@code 二〇} and {@code 二三} are no
 *     count; {@code 零} holds a skipped place ({@code 一百零五}) or stands alone for 0.</li>
 * <li>{@link #ordinal}: a whole word that is an ordinal of a marker: {@code 一} to {@code 九十九},
 *     Arabic digits, {@code ①} to {@code ⑳}. No 0 ({@code 〇}, {@code 零}) and no {@code 两}: nobody
 *     numbers 第两.</li>
 * </ul>
 * None is an empty result ({@code null} for {@link #read}, an empty {@link OptionalInt} for the others).
 */
public final class NumeralParser {
    /** A numeral found in a text: chars {@code [start, end)} read as {@code value}. */
    public record Numeral(int start, int end, double value, boolean chinese) {
        public boolean isWhole() {
            return value == Math.rint(value);
        }
    }

    /**
     * The chars a {@link #count} can be written with, for building patterns (no 千: a count of parts
     * stays small). Simplified only (两, not 兩): such patterns read the text folded to simplified.
     */
    public static final String COUNT_CHARS = "0-9０-９零〇一二两三四五六七八九十百";

    /** Indexed by value: 〇 is 0, 九 is 9. */
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private NumeralParser() {
    }

    /**
     * The count {@code word} stands for, whole: Arabic digits (at most six) or a positional Chinese
     * numeral up to the thousands; empty when it is none ({@code 二〇}, {@code 二三}, {@code 点}, "").
     */
    public static OptionalInt count(String word) {
        if (word.isEmpty()) return OptionalInt.empty();
        if (word.chars().allMatch(c -> isArabicDigit((char) c))) {
            if (word.length() > 6) return OptionalInt.empty();
            int n = 0;
            for (char c : word.toCharArray()) n = n * 10 + digit(c);
            return OptionalInt.of(n);
        }
        int total = 0;
        int pending = -1;
        for (char c : word.toCharArray()) {
            int d = chineseDigit(c);
            if (d == 0 && total > 0) continue; // 一百零五: the zero only holds the place of the missing tens
            if (d >= 0) {
                if (pending >= 0) return OptionalInt.empty(); // 二三, 二〇: digits in a row are no count
                pending = d;
                continue;
            }
            long unit = magnitude(c);
            if (unit < 0 || unit >= 10_000) return OptionalInt.empty();
            total += (pending < 0 ? 1 : pending) * (int) unit; // 十二: a bare 十 is ten
            pending = -1;
        }
        return OptionalInt.of(pending >= 0 ? total + pending : total);
    }

    /**
     * The ordinal {@code written} stands for, whole: Chinese {@code 一} to {@code 九十九} ({@code 十},
     * {@code 十一}, {@code 二十}, {@code 二十一}), Arabic digits, or a circled number {@code ①} to
     * {@code ⑳}; empty when it is none ({@code 十十}, {@code 二二}, {@code 〇}, {@code 两}, "").
     */
    public static OptionalInt ordinal(String written) {
        if (written.isEmpty()) return OptionalInt.empty();
        char first = written.charAt(0);
        if (first >= '①' && first <= '⑳' && written.length() == 1) return OptionalInt.of(first - '①' + 1);
        if (isArabicDigit(first)) {
            int value = 0;
            for (char c : written.toCharArray()) {
                if (!isArabicDigit(c)) return OptionalInt.empty();
                value = value * 10 + digit(c);
            }
            return OptionalInt.of(value);
        }
        int ten = written.indexOf('十');
        if (ten < 0) {
            int d = written.length() == 1 ? ordinalDigit(written.charAt(0)) : -1;
            return d > 0 ? OptionalInt.of(d) : OptionalInt.empty();
        }
        if (written.indexOf('十', ten + 1) >= 0 || ten > 1) return OptionalInt.empty();
        int tens = ten == 0 ? 1 : ordinalDigit(written.charAt(0));
        String rest = written.substring(ten + 1);
        if (rest.length() > 1) return OptionalInt.empty();
        int ones = rest.isEmpty() ? 0 : ordinalDigit(rest.charAt(0));
        if (tens <= 0 || ones < 0 || !rest.isEmpty() && ones == 0) return OptionalInt.empty();
        return OptionalInt.of(tens * 10 + ones);
    }

    /** 一 to 九 as an ordinal writes them: no 〇, 零 or 两. */
    private static int ordinalDigit(char c) {
        int d = CHINESE_DIGITS.indexOf(c);
        return d >= 1 ? d : -1;
    }

    /** The numeral that starts at {@code at}, or null when none does. */
    public static Numeral read(String text, int at) {
        if (at >= text.length()) return null;
        char c = text.charAt(at);
        if (isArabicDigit(c)) return readArabic(text, at);
        if (isChineseNumeralChar(c)) return readChinese(text, at);
        return null;
    }

    /** An ASCII or a full-width digit: the two widths a draft writes figures in. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /**
     * The text with full-width digits and decimal points (１９９１年３月２５日, １２．５) as ASCII, char
     * for char so that every offset holds: a recognizer whose patterns read digits then needs to
     * know only one width.
     */
    public static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean digit = c >= '０' && c <= '９';
            if (!digit && !(c == '．' && i + 1 < text.length() && text.charAt(i + 1) >= '０' && text.charAt(i + 1) <= '９')) continue;
            if (chars == null) chars = text.toCharArray();
            chars[i] = digit ? (char) ('0' + (c - '０')) : '.';
        }
        return chars == null ? text : new String(chars);
    }

    public static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    public static boolean isChineseNumeralChar(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || c == '零' || c == '两' || c == '兩' || c == '十' || c == '百' || c == '千'
                || c == '○';
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '０' && c <= '９') return c - '０';
        return -1;
    }

    private static Numeral readArabic(String text, int at) {
        int i = at;
        double value = 0;
        while (i < text.length() && digit(text.charAt(i)) >= 0) {
            value = value * 10 + digit(text.charAt(i));
            i++;
        }
        if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '．') && digit(text.charAt(i + 1)) >= 0) {
            i++;
            double scale = 0.1;
            while (i < text.length() && digit(text.charAt(i)) >= 0) {
                value += digit(text.charAt(i)) * scale;
                scale /= 10;
                i++;
            }
        }
        // 1.2万, 3亿: Chinese units of magnitude after Arabic digits are part of the number.
        if (i < text.length()) {
            long magnitude = magnitude(text.charAt(i));
            if (magnitude >= 10_000) {
                value *= magnitude;
                i++;
            }
        }
        return new Numeral(at, i, round(value), false);
    }

    private static Numeral readChinese(String text, int at) {
        int end = at;
        while (end < text.length() && (isChineseNumeralChar(text.charAt(end)) || magnitude(text.charAt(end)) >= 10_000)) {
            end++;
        }
        // A leading 万 or 亿 is not a number (万一, 亿万); trim units that start nothing.
        while (end > at && magnitude(text.charAt(end - 1)) >= 10_000 && end - 1 == at) end--;
        if (end == at) return null;
        String numeral = text.substring(at, end);
        Double value = isDigitByDigit(numeral) ? Double.valueOf(digitByDigit(numeral)) : positional(numeral);
        if (value == null) return null;
        return new Numeral(at, end, value, true);
    }

    /** {@code 二〇二四}: digits with no 十/百/千, as years are written. */
    private static boolean isDigitByDigit(String numeral) {
        if (numeral.length() < 2) return false;
        for (char c : numeral.toCharArray()) {
            if (chineseDigit(c) < 0) return false;
        }
        return numeral.indexOf('〇') >= 0 || numeral.indexOf('○') >= 0 || numeral.indexOf('零') > 0 || numeral.length() >= 3;
    }

    private static double digitByDigit(String numeral) {
        double value = 0;
        for (char c : numeral.toCharArray()) value = value * 10 + chineseDigit(c);
        return value;
    }

    /** {@code 二十一}, {@code 一百零五}, {@code 三千五百万}: the positional form. Null when it does not parse. */
    private static Double positional(String numeral) {
        double total = 0;
        double section = 0;
        int pending = -1;
        for (char c : numeral.toCharArray()) {
            int d = chineseDigit(c);
            if (d == 0) continue; // 一百零五: 零 only marks a skipped place
            if (d >= 0) {
                if (pending >= 0 && d != 0) return null; // 二三: not a positional numeral
                pending = d;
                continue;
            }
            long m = magnitude(c);
            if (m < 0) return null;
            if (m >= 10_000) {
                section += Math.max(pending, 0);
                total = (total + section) * m;
                section = 0;
            } else {
                section += (pending < 0 ? 1 : pending) * m; // 十三: a bare 十 is ten
            }
            pending = -1;
        }
        return total + section + Math.max(pending, 0);
    }

    private static int chineseDigit(char c) {
        if (c == '两' || c == '兩') return 2;
        if (c == '○' || c == '零') return 0;
        return CHINESE_DIGITS.indexOf(c);
    }

    private static long magnitude(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万', '萬' -> 10_000;
            case '亿', '億' -> 100_000_000;
            default -> -1;
        };
    }

    /** Keeps {@code 27.54} from reading as {@code 27.540000000000003}. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
