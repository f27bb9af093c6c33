package draftlint.text;

import java.util.regex.Matcher;

/**
 * The chars every match of a pattern opens with (a Chinese digit or 第 for 第一，; the X of 201X年).
 * A search then tries the pattern only where one of them stands, instead of at every char of the
 * text: Java's regex engine attempts a match at each index, and for a pattern that opens with
 * lookbehinds, alternatives or a class of Chinese chars (tested one char after another) those
 * attempts are most of a recognizer's time (docs/performance.md, "Per-draft cost"). What the pattern
 * finds is unchanged: the attempt at an index is the one a plain {@code find()} makes there, since
 * the matcher's bounds are transparent (lookbehinds see the text before the index) and not
 * anchoring ({@code ^} is the text's start, not the index).
 */
public record Openers(String chars) {
    public Openers {
        if (chars.isEmpty()) throw new IllegalArgumentException("no openers: nothing would be found");
    }

    /**
     * The next match of {@code m}'s pattern in {@code text} (the text {@code m} was made for) that
     * starts at {@code from} or after, as {@link Matcher#find()} would find it; {@code m} is left on
     * it. The pattern must not match the empty string: every match opens with one of the chars.
     */
    public boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0 && m.region(i, text.length()).lookingAt()) return true;
        }
        return false;
    }
}
