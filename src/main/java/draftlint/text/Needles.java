package draftlint.text;

import java.util.List;

/**
 * Words (often single chars) of which every match of a pattern holds at least one: {@code 待} of
 * 待补充, the {@code ?} of a lost character, 全文共 of a truncation notice. A paragraph holding none
 * of them cannot match, so it need not be searched: Java's regex engine tries a pattern at every
 * char of the text, and a pattern that opens with lookarounds or alternatives costs far more per
 * char than a scan for a few needles does (docs/performance.md, "Per-draft cost"). The pattern
 * keeps the one definition of what it finds; the needles only say where it cannot.
 */
public record Needles(List<String> words) {
    public Needles {
        words = List.copyOf(words);
        if (words.isEmpty() || words.contains("")) throw new IllegalArgumentException("no needle: every text would be skipped, or none");
    }

    /** Needles of one char each: {@code chars("-－–")}. */
    public static Needles chars(String chars) {
        return new Needles(chars.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    public static Needles words(String... words) {
        return new Needles(List.of(words));
    }

    /** Whether {@code text} holds any of the needles; when not, no match can be there. */
    public boolean in(String text) {
        for (String word : words) {
            if (text.contains(word)) return true;
        }
        return false;
    }
}
