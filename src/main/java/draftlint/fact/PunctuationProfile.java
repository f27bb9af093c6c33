package draftlint.fact;

/**
 * How the draft as a whole punctuates its Chinese text: one per document, residue left out.
 *
 * @param halfWidth  half-width marks in Chinese text (as {@link HalfWidthMarks} counts them)
 * @param fullWidth  full-width {@code ，：；？！（）}
 * @param paragraphs paragraphs with at least one half-width mark
 */
public record PunctuationProfile(int halfWidth, int fullWidth, int paragraphs) {
}
