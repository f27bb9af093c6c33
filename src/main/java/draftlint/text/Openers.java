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
public final class Openers {
    /**
     * The ASCII openers as bits (a URL opens with any of 63), the others as bits from the lowest of
     * them to the highest (a few Chinese chars: some KB at most). Every char of a paragraph is asked.
     */
    private final long asciiLow;
    private final long asciiHigh;
    private final char othersFrom;
    private final long[] others;

    public Openers(String chars) {
        if (chars.isEmpty()) throw new IllegalArgumentException("no openers: nothing would be found");
        long low = 0;
        long high = 0;
        char from = Character.MAX_VALUE;
        char to = 0;
        for (char c : chars.toCharArray()) {
            if (c < 64) low |= 1L << c;
            else if (c < 128) high |= 1L << (c - 64);
            else {
                from = (char) Math.min(from, c);
                to = (char) Math.max(to, c);
            }
        }
        asciiLow = low;
        asciiHigh = high;
        othersFrom = from;
        others = new long[from > to ? 0 : (to - from) / 64 + 1];
        for (char c : chars.toCharArray()) {
            if (c >= 128) others[(c - from) / 64] |= 1L << ((c - from) % 64);
        }
    }

    /**
     * The next match of {@code m}'s pattern in {@code text} (the text {@code m} was made for) that
     * starts at {@code from} or after, as {@link Matcher#find()} would find it; {@code m} is left on
     * it. The pattern must not match the empty string: every match opens with one of the chars.
     */
    public boolean find(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (opens(text.charAt(i)) && m.region(i, text.length()).lookingAt()) return true;
        }
        return false;
    }

    private boolean opens(char c) {
        if (c < 64) return (asciiLow & 1L << c) != 0;
        if (c < 128) return (asciiHigh & 1L << (c - 64)) != 0;
        int at = c - othersFrom;
        return at >= 0 && at / 64 < others.length && (others[at / 64] & 1L << (at % 64)) != 0;
    }
}
