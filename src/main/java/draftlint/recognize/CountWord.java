package draftlint.recognize;

/**
 * Reads a count as drafts write it: Arabic digits (full-width too) or Chinese numerals up to the
 * hundreds ({@code 四}, {@code 两}, {@code 十二}, {@code 二十一}, {@code 一百零五}).
 */
final class CountWord {
    /** The chars a count can be written with, for building patterns. */
    static final String CHARS = "0-9０-９零〇一二两兩三四五六七八九十百";

    private CountWord() {
    }

    /** The number {@code word} stands for, or -1 when it is not a count. */
    static int parse(String word) {
        if (word.isEmpty()) return -1;
        if (word.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
            int n = 0;
            for (char c : word.toCharArray()) n = n * 10 + (c >= '０' ? c - '０' : c - '0');
            return word.length() <= 6 ? n : -1;
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int d = digit(c);
            if (d == 0 && total > 0) {
                continue; // 一百零五: the zero only holds the place of the missing tens
            } else if (d >= 0) {
                if (digit >= 0) return -1; // 二三: two digits in a row are not one count
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return digit >= 0 ? total + digit : total;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两', '兩' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
