package draftlint.fact;

import draftlint.draft.Span;

/**
 * How the document ends: its last paragraph that is not residue, and whether that paragraph stops
 * in the middle of a sentence or the page carried a notice that the text was cut
 * ({@code （未完，全文共7391字，当前仅显示3406字}, {@code 预览结束}). One per document with any text.
 *
 * @param paragraph        the last paragraph with text that is not residue
 * @param span             its last char (residue and trailing spaces left out)
 * @param lastChar         that char
 * @param midSentence      true when the last paragraph is prose that ends on a char that cannot end a
 *                         sentence (a Chinese character, {@code ，}, {@code 、}, {@code ：}); labels,
 *                         dates, signatures and list items are not prose
 * @param truncationNotice true when the draft carries a site's notice that the text was cut off
 */
public record DocumentEnd(int paragraph, Span span, String lastChar, boolean midSentence, boolean truncationNotice) {
    /** Whether the draft reads as cut off, by either sign. */
    public boolean isTruncated() {
        return midSentence || truncationNotice;
    }
}
