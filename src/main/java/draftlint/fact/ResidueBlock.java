package draftlint.fact;

import draftlint.draft.Span;

/**
 * A stretch of consecutive {@link Residue}: what a reviewer would strike out in one stroke. A site
 * footer of four lines is one block; so is a truncation notice at the end of a paragraph together
 * with the "收藏《…》" line after it. A watermark inside a sentence is a block of its own.
 *
 * @param id             unique in the document, increasing in reading order
 * @param firstParagraph the paragraph where the block starts
 * @param lastParagraph  the paragraph where it ends
 * @param text           the residue's text, paragraphs joined by a line break
 * @param excerpt        the start of {@code text}, short enough for a message
 * @param kind           the {@link Residue#kind()} of its first part, which names the block in messages
 * @param parts          how many residue facts it joins
 */
public record ResidueBlock(int id, int firstParagraph, int lastParagraph, Span span, String text, String excerpt,
                           String kind, int parts) {
}
