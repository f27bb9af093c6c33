package draftlint.recognize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Finds bracketed groups in a text, nested ones included: {@code (新文秘網(wǎng)…省略1213字)}. */
final class Brackets {
    private static final String OPEN = "(（[［【〔";
    private static final String CLOSE = ")）]］】〕";
    /** A group longer than this is a parenthetical of prose, not a button or a notice. */
    private static final int GROUP_MAX = 160;

    private Brackets() {
    }

    /** Each group as {@code [open, end)}: the index of its opening bracket and one past its closing one. */
    static List<int[]> groups(String text) {
        List<int[]> groups = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSE.indexOf(c) >= 0 && !open.isEmpty()) {
                int at = open.peek();
                if (isSameShape(text.charAt(at), c)) {
                    open.pop();
                    if (i + 1 - at <= GROUP_MAX) groups.add(new int[]{at, i + 1});
                }
            }
        }
        return groups;
    }

    /** Round brackets close round ones whatever their width; square ones close square ones. */
    private static boolean isSameShape(char open, char close) {
        return shape(open) == shape(close);
    }

    private static int shape(char c) {
        return switch (c) {
            case '(', '（', ')', '）' -> 0;
            case '[', '［', ']', '］', '【', '】', '〔', '〕' -> 1;
            default -> -1;
        };
    }
}
