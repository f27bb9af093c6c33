package draftlint.fact;

import draftlint.draft.Span;
import org.kie.api.definition.rule.Rule;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

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
    private final Args args;
    private final String fix;

    private Finding(String rule, Span span, Args args, String fix) {
        this.rule = rule;
        this.span = span;
        this.args = args;
        this.fix = fix;
    }

    /** A finding of {@code rule} at {@code span}. */
    public static Finding of(Rule rule, Span span) {
        return new Finding(rule.getName(), span, Args.NONE, null);
    }

    /** A finding about the whole document, placed at line 1, column 1. */
    public static Finding ofDocument(Rule rule) {
        return of(rule, Span.documentStart());
    }

    /** A finding for a rule named by its id (for Java callers and tests). */
    public static Finding of(String ruleId, Span span) {
        return new Finding(ruleId, span, Args.NONE, null);
    }

    /** Adds a message argument, shown as it is. */
    public Finding arg(String name, Object value) {
        return new Finding(rule, span, args.with(name, value), fix);
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
                && Objects.equals(f.fix, fix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, span, args, fix);
    }

    @Override
    public String toString() {
        return rule + "@" + span + args;
    }

    /**
     * The arguments, in the order given, unmodifiable, in two arrays: a finding has one to three,
     * and a 10 MB draft 158,000 findings, whose arguments took 45 MB as linked hash maps.
     */
    private static final class Args extends AbstractMap<String, Object> {
        static final Args NONE = new Args(new String[0], new Object[0]);
        private final String[] names;
        private final Object[] values;

        private Args(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        /** These arguments with {@code name} set to {@code value}: replaced where it was, else added. */
        Args with(String name, Object value) {
            int at = indexOf(name);
            if (at < 0) at = names.length;
            String[] n = Arrays.copyOf(names, Math.max(names.length, at + 1));
            Object[] v = Arrays.copyOf(values, n.length);
            n[at] = name;
            v[at] = value;
            return new Args(n, v);
        }

        private int indexOf(Object name) {
            for (int i = 0; i < names.length; i++) {
                if (Objects.equals(names[i], name)) return i;
            }
            return -1;
        }

        @Override
        public Object get(Object name) {
            int at = indexOf(name);
            return at < 0 ? null : values[at];
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= names.length) throw new NoSuchElementException();
                            Entry<String, Object> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }

    /** A message argument to be translated: its key names an entry of the terms table. */
    public record Term(String key) {
    }
}
