package draftlint.fact;

import draftlint.draft.Span;

/**
 * One paragraph of the draft (a hard-wrapped paragraph of a text file is one paragraph).
 *
 * @param index       0-based position among the draft's paragraphs
 * @param markup      what the source markup made of it: {@code paragraph}, {@code heading},
 *                    {@code list-item}, {@code quote}, {@code table-cell}
 * @param markupLevel the markup's heading level or list depth, else 0
 */
public record Paragraph(int index, String text, Span span, String markup, int markupLevel) {
    public int getFirstLine() { return span.line(); }
    public int getLastLine() { return span.endLine(); }
    public int getLength() { return text.length(); }
}
