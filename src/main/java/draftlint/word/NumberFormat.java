package draftlint.word;

import java.util.Locale;

/**
 * Writes a list counter the way Word shows it for a level's {@code numFmt}: {@code chineseCounting}
 * 3 → 三, {@code decimalEnclosedCircle} 3 → ③, {@code ideographTraditional} 3 → 丙. A format this
 * class does not know is shown as decimal, which is what Word falls back to as well.
 */
final class NumberFormat {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormat() {
    }

    /**
     * The OOXML {@code numFmt} of a Word 97-2003 number format code (MS-DOC's Nfc, which
     * [MS-DOC] 2.9.173 lists in the same order as ST_NumberFormat up to the Korean formats; the
     * codes after them are not mapped and show as decimal), or null for a code without a name.
     */
    static String ofNfc(int nfc) {
        return nfc >= 0 && nfc < NFC_NAMES.length ? NFC_NAMES[nfc] : nfc == 255 ? "none" : null;
    }

    private static final String[] NFC_NAMES = {
            "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
            "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
            "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
            "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero",
            "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
            "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
            "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
            "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
            "chineseCountingThousand", "koreanDigital", "koreanCounting", "koreanLegal", "koreanDigital2"};

    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalHalfWidth" -> String.valueOf(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand" -> counting(n);
            case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal" -> legal(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
            case "ideographTraditional" -> cyclic(n, STEMS);
            case "ideographZodiac" -> cyclic(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '①', 20);
            case "decimalEnclosedParen" -> enclosed(n, '⑴', 20);
            case "decimalEnclosedFullstop" -> enclosed(n, '⒈', 20);
            case "ideographEnclosedCircle" -> enclosed(n, '㈠', 10);
            case "ideographParenthesized" -> enclosed(n, '㈠', 10);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** 一 … 十, 十一, 二十, 一百零五: the way ordinals of headings are written. */
    static String counting(int n) {
        if (n <= 0 || n >= 10000) return String.valueOf(n);
        StringBuilder out = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String names = "千百十";
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) out.append('零');
            zero = false;
            // 十一, not 一十一: a leading 1 before 十 is not written.
            if (!(units[i] == 10 && d == 1 && out.length() == 0)) out.append(DIGITS.charAt(d));
            if (i < 3) out.append(names.charAt(i));
        }
        return out.toString();
    }

    private static String legal(int n) {
        String plain = counting(n);
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            int d = DIGITS.indexOf(c);
            out.append(d > 0 ? LEGAL_DIGITS.charAt(d) : switch (c) {
                case '十' -> '拾';
                case '百' -> '佰';
                case '千' -> '仟';
                default -> c;
            });
        }
        if (n >= 10 && n < 20) out.insert(0, '壹');
        return out.toString();
    }

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) out.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        return out.toString();
    }

    private static String cyclic(int n, String cycle) {
        return n <= 0 ? String.valueOf(n) : String.valueOf(cycle.charAt((n - 1) % cycle.length()));
    }

    private static String enclosed(int n, char first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(Character.isDigit(c) ? (char) ('０' + c - '0') : c);
        return out.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(marks[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** A … Z, AA … ZZ, AAA: Word repeats the letter rather than counting in base 26. */
    private static String letters(int n) {
        if (n <= 0) return String.valueOf(n);
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }
}
