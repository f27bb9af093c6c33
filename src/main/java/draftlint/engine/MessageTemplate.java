package draftlint.engine;

import draftlint.resource.BuiltInFiles;

import draftlint.fact.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message or suggestion with a finding's arguments: {@code {name}} is replaced by the
 * argument of that name; a {@link Finding.Term} argument is first looked up in the terms table of
 * the report's language ({@code rules/terms_zh.properties}, {@code rules/terms_en.properties}), and
 * its own slots filled from the finding's plain arguments. A slot
 * without an argument, or a term without an entry, is left as {@code {name}}: {@code RuleCasesTest}
 * fails on it.
 */
final class MessageTemplate {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private final Properties terms;

    MessageTemplate(Language language) {
        this("terms", language);
    }

    /** Templates and terms from {@code rules/<table>_<lang>.properties} ("reasons": why a file could not be checked). */
    MessageTemplate(String table, Language language) {
        this.terms = load(table + "_" + language.id() + ".properties");
    }

    /** The template of a key of this table, or null. */
    String template(String key) {
        return terms.getProperty(key);
    }

    java.util.Set<String> keys() {
        return terms.stringPropertyNames();
    }

    String fill(String template, Map<String, Object> args) {
        if (template == null || template.isEmpty()) return "";
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            String text = value == null ? m.group() : render(value, args);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String render(Object value, Map<String, Object> args) {
        if (value instanceof Finding.Term term) {
            // A key missing from the table shows as a slot, {key}, so that the rule tests see it unfilled.
            String text = terms.getProperty(term.key());
            if (text == null) return "{" + term.key() + "}";
            // A term may carry the finding's plain arguments ("（按{year}年推算）"), so that a clause
            // that only some findings need is worded per language; terms inside terms are not filled.
            Map<String, Object> plain = new java.util.HashMap<>(args);
            plain.values().removeIf(v -> v instanceof Finding.Term);
            return fill(text, plain);
        }
        return String.valueOf(value);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuiltInFiles.open(resource)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return p;
    }
}
