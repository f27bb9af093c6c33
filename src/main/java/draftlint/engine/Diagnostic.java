package draftlint.engine;

import draftlint.draft.Span;

import java.util.Objects;

/**
 * A finding as it is reported: resolved against its rule's metadata and the user's settings, in
 * one language.
 *
 * @param fix     the replacement of exactly {@code span} that is safe to apply unread, or null
 * @param excerpt the source line the finding starts on
 * @param inAutoNumber true when the span overlaps a number that a word processor's automatic
 *                numbering shows (a .docx list): no fix can edit it, the list settings must change
 */
public record Diagnostic(String rule, String family, Severity severity, Span span, String message,
                         String suggestion, String fix, String excerpt, boolean inAutoNumber) {

    /** A finding on text the writer typed. */
    public Diagnostic(String rule, String family, Severity severity, Span span, String message,
                      String suggestion, String fix, String excerpt) {
        this(rule, family, severity, span, message, suggestion, fix, excerpt, false);
    }

    /**
     * Where and what, which tells findings apart: equal findings agree on these too. Written out
     * because a record's own hashCode runs a chain of method handles over every component (the
     * excerpt, a whole line, included), a few percent of a check of many small drafts, which
     * deduplicate their findings in a hash set long before the JIT compiler gets to that chain.
     */
    @Override
    public int hashCode() {
        return (rule.hashCode() * 31 + span.line()) * 31 + span.column();
    }

    /**
     * Every component, as a record compares them. Written out for the reason of {@link #hashCode()}:
     * the record's own method builds its chain of method handles on the first two findings that
     * share a place, 15 ms of a one-draft check.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && rule.equals(d.rule) && span.equals(d.span) && severity == d.severity
                && inAutoNumber == d.inAutoNumber && Objects.equals(family, d.family) && Objects.equals(message, d.message)
                && Objects.equals(suggestion, d.suggestion) && Objects.equals(fix, d.fix)
                && Objects.equals(excerpt, d.excerpt);
    }

    /** The same finding at another severity, as the user's settings grade it. */
    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(rule, family, other, span, message, suggestion, fix, excerpt, inAutoNumber);
    }
}
