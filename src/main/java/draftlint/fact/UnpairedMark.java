package draftlint.fact;

import draftlint.draft.Span;

/**
 * A quotation mark or bracket whose partner is missing from its paragraph ({@code “} without
 * {@code ”}, {@code 《} without {@code 》}). Not recognized where the pairing is legitimately open:
 * a quotation running on into a paragraph that opens with {@code “} again, a paragraph hard-wrapped
 * between the two marks, or text cut off by a site next to the paragraph.
 *
 * @param mark    the mark as written
 * @param partner the mark that should pair with it
 * @param opening true for an opening mark without its closing one
 */
public record UnpairedMark(int paragraph, int start, int end, Span span, String mark, String partner, boolean opening) implements Located {
}
