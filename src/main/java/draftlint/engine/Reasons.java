package draftlint.engine;

import draftlint.read.Reason;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Words why a file could not be checked, in the report's language: the templates are
 * {@code rules/reasons_zh.properties} and {@code rules/reasons_en.properties}, filled as rule
 * messages are ({@link MessageTemplate}). A key without a template shows as the key itself, which
 * {@code ReasonsTest} catches.
 */
public final class Reasons {
    private static final Map<Language, MessageTemplate> TABLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) TABLES.put(language, new MessageTemplate("reasons", language));
    }

    private Reasons() {
    }

    /** The one-line reason, in {@code language}. */
    public static String text(Reason reason, Language language) {
        MessageTemplate table = TABLES.get(language);
        String template = table.template(reason.key());
        if (template == null) return reason.toString();
        return table.fill(template, reason.args()).lines().findFirst().orElse("");
    }

    /** The keys that have a template in {@code language}. */
    public static Set<String> keys(Language language) {
        return TABLES.get(language).keys();
    }
}
