package draftlint.fact;

import draftlint.draft.Span;

/**
 * The half-width marks {@code , : ; ? ! ( )} that stand in Chinese text in one paragraph, where
 * GB/T 15834-2011 wants full-width ones; spanning the first of them to the last. Marks between
 * Latin letters or digits ({@code 12:30}, {@code 3,5}), in URLs, in residue and around or after an
 * ordinal ({@code (一)}, numbering's business) are not counted.
 *
 * @param count the number of marks
 * @param marks the distinct marks, in order of first appearance ({@code ,:(})
 * @param fixed the source text of the span with every counted mark made full-width (lines joined by
 *              {@code \n}), or null when it cannot be offered as a fix
 */
public record HalfWidthMarks(int paragraph, int start, int end, Span span, int count, String marks, String fixed) implements Located {
}
