package draftlint.recognize;

import draftlint.resource.BuiltInFiles;

import java.util.List;

/**
 * Characters that look traditional to ICU and GB 2312 but are standard in 《通用规范汉字表》: 昇 in
 * 陈昇, 瞭 in 瞭望. Some are standard anywhere, others only inside certain words, so the question is
 * asked of a character where it stands (table: {@code rules/lists/text/standard-variants.txt}).
 */
final class StandardVariants {
    private static final List<String> ENTRIES = BuiltInFiles.list("text/standard-variants");

    private StandardVariants() {
    }

    /** Whether the character at {@code i} is standard there: listed alone, or inside a listed word. */
    static boolean isStandardAt(String text, int i) {
        char c = text.charAt(i);
        for (String entry : ENTRIES) {
            if (entry.length() == 1) {
                if (entry.charAt(0) == c) return true;
                continue;
            }
            for (int k = entry.indexOf(c); k >= 0; k = entry.indexOf(c, k + 1)) {
                if (i - k >= 0 && text.startsWith(entry, i - k)) return true;
            }
        }
        return false;
    }
}
