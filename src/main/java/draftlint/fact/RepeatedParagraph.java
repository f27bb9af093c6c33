package draftlint.fact;

import draftlint.draft.Span;

/**
 * A paragraph identical to the paragraph before it, residue between and inside them left out:
 * a title pasted twice around a byline, a paragraph copied twice.
 *
 * @param earlierParagraph the paragraph it repeats
 * @param earlierLine      the source line in that paragraph where the repeated text begins, for messages
 * @param text             the repeated text, residue left out
 */
public record RepeatedParagraph(int paragraph, Span span, int earlierParagraph, int earlierLine, String text) {
}
