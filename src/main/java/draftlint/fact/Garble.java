package draftlint.fact;

import draftlint.draft.Span;

/**
 * Text damaged by a wrong encoding on its way into the draft.
 *
 * @param kind {@code replacement} (U+FFFD, a byte the decoder could not read), {@code misdecoded} (a run
 *             of rare characters typical of UTF-8 read as GBK or Big5: {@code 皬娀媱潯}), or {@code lost}
 *             (a {@code ?} where a character was lost, with a stray byte after it: {@code ?h中等})
 */
public record Garble(int paragraph, int start, int end, Span span, String text, String kind) implements Located {
}
