package draftlint.fact;

import draftlint.draft.Span;

/**
 * An entry of the draft's outline ({@code 目录/提纲}) and the body heading that keeps its promise: the
 * body heading with the same path ({@code 2.1}: same level and ordinals), matched by the structure
 * recognizer. Made only when the body has headings at all.
 *
 * @param heading     the id of the outline {@link Heading}
 * @param span        the outline entry's span
 * @param marker      its marker ({@code （一）})
 * @param text        its text
 * @param bodyHeading the id of the body heading with the same path, or -1 when there is none
 * @param bodyLine    that heading's line, or 0
 * @param bodyText    that heading's text, or ""
 * @param sameText    true when the two texts are the same or nearly so (punctuation, spaces and small
 *                    edits aside)
 */
public record OutlineEntry(int heading, Span span, String marker, String path, String text, int bodyHeading,
                           int bodyLine, String bodyText, boolean sameText) {
}
