package draftlint.text;

/**
 * The chars of which every match of a pattern holds at least one ({@code 待} of 待补充, the
 * {@code ?} of a lost character). A paragraph holding none of them cannot match, so it need not be
 * searched: Java's regex engine tries a pattern at every char of the text, and a pattern that opens
 * with lookarounds or alternatives costs far more per char than a scan for a few chars does
 * (docs/performance.md, "Per-draft cost"). The pattern keeps the one definition of what it finds;
 * the needles only say where it cannot.
 */
public record Needles(String chars) {
    public Needles {
        if (chars.isEmpty()) throw new IllegalArgumentException("no needles: every text would be skipped");
    }

    /** Whether {@code text} holds any of the chars; when not, no match can be there. */
    public boolean in(String text) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
