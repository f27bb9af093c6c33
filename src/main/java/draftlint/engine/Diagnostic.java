package draftlint.engine;

import draftlint.draft.Span;

/**
 * A finding as it is reported: resolved against its rule's metadata and the user's settings, in
 * one language.
 *
 * @param fix     the replacement of exactly {@code span} that is safe to apply unread, or null
 * @param excerpt the source line the finding starts on
 */
public record Diagnostic(String rule, String family, Severity severity, Span span, String message,
                         String suggestion, String fix, String excerpt) {
}
