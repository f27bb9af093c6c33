package draftlint.fact;

import draftlint.draft.Span;

/**
 * The document's own word that it was shortened on publication ({@code （本文有删减）},
 * {@code （有删节）}): its masks ({@code XXX元}) and omission marks ({@code （略）}) are the
 * publisher's, not holes a writer left.
 */
public record Abridgement(int paragraph, Span span, String text) {
}
