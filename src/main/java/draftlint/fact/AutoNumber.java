package draftlint.fact;

import draftlint.draft.Span;

/**
 * A number that a word processor's automatic numbering shows before a paragraph ({@code 一、}
 * rendered from a .docx list). It is part of the paragraph's text as checked, so the numbering
 * rules see what the reader sees, but it is not text in the file: a fix cannot replace it, the
 * list's settings must change. Findings that overlap it are reported with {@code inAutoNumber}.
 *
 * @param end  the offset in the paragraph's text where the number ends (it starts at 0)
 * @param text the number as shown
 */
public record AutoNumber(int paragraph, int end, Span span, String text) {
}
