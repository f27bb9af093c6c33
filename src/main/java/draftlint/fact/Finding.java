package draftlint.fact;

import draftlint.draft.Span;
import org.kie.api.definition.rule.Rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rule inserts when it finds a problem: the rule, where, the named arguments of the rule's
 * message and suggestion, and an optional safe fix. Severity, wording and language are the
 * rule's metadata and the user's settings, applied when findings are reported.
 *
 * <pre>
 * insert(Finding.of(drools.getRule(), $p.span).arg("mask", $p.label).term("what", "stands." + $p.stands));
 * </pre>
 */
public final class Finding {
    private final String rule;
    private final Span span;
    private final Map<String, Object> args;
    private final String fix;

    private Finding(String rule, Span span, Map<String, Object> args, String fix) {
        this.rule = rule;
        this.span = span;
        this.args = args;
        this.fix = fix;
    }

    /** A finding of {@code rule} at {@code span}. */
    public static Finding of(Rule rule, Span span) {
        return new Finding(rule.getName(), span, Map.of(), null);
    }

    /** A finding about the whole document, placed at line 1, column 1. */
    public static Finding ofDocument(Rule rule) {
        return of(rule, Span.documentStart());
    }

    /** A finding for a rule named by its id (for Java callers and tests). */
    public static Finding of(String ruleId, Span span) {
        return new Finding(ruleId, span, Map.of(), null);
    }

    /** Adds a message argument, shown as it is. */
    public Finding arg(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(args);
        copy.put(name, value);
        return new Finding(rule, span, Collections.unmodifiableMap(copy), fix);
    }

    /** Adds a message argument that is a term key, translated into the report's language. */
    public Finding term(String name, String key) {
        return arg(name, new Term(key));
    }

    /** Marks the replacement of exactly this span by {@code replacement} as safe to apply unread. */
    public Finding fix(String replacement) {
        return new Finding(rule, span, args, replacement);
    }

    public String getRule() { return rule; }
    public Span getSpan() { return span; }
    public Map<String, Object> getArgs() { return args; }
    public String getFix() { return fix; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.rule.equals(rule) && f.span.equals(span) && f.args.equals(args)
                && java.util.Objects.equals(f.fix, fix);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rule, span, args, fix);
    }

    @Override
    public String toString() {
        return rule + "@" + span + args;
    }

    /** A message argument to be translated: its key names an entry of the terms table. */
    public record Term(String key) {
    }
}
