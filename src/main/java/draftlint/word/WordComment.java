package draftlint.word;

import draftlint.draft.Span;

import java.util.List;

/**
 * A comment to write into a .docx: where, in the checked text's positions, and what it says.
 *
 * @param span          lines are paragraphs in reading order, columns code points of the checked
 *                      text (automatic number included), as in reports
 * @param wholeParagraph anchor on the span's paragraph rather than the span: for a span inside a
 *                      number that automatic numbering shows, which has no text to anchor on
 * @param paragraphs    the comment's text, one entry per paragraph
 */
public record WordComment(Span span, boolean wholeParagraph, List<String> paragraphs) {
}
