package draftlint.fix;

import draftlint.draft.Span;

/** The replacement of the source text at {@code span} by {@code replacement}. */
public record Edit(Span span, String replacement) {
}
