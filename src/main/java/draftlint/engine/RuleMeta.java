package draftlint.engine;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule's declaration, read from its DRL metadata: the id is the rule's name, and
 * {@code @severity}, {@code @description} and {@code @description_zh}, {@code @message_zh}, {@code @message_en},
 * {@code @suggestion_zh}, {@code @suggestion_en}, {@code @since} and {@code @enabled} carry the rest.
 * The catalogue ({@code draftlint rules}) and every report are made from this.
 */
public record RuleMeta(String id, String family, Severity severity, String description, String descriptionZh, String messageZh,
                       String messageEn, String suggestionZh, String suggestionEn, String since,
                       boolean enabledByDefault, String source) {

    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Drools files {@code @description} under the key of its own Description annotation. */
    private static final String DROOLS_DESCRIPTION = "org.kie.api.definition.type.Description";

    /**
     * The one-line description in {@code language}. A rule without {@code @description_zh} (a user's
     * own may lack it) is described in Chinese by its Chinese message, its slots shown as {@code …}.
     */
    public String description(Language language) {
        if (language == Language.EN) return description;
        return descriptionZh != null ? descriptionZh : messageZh.replaceAll("\\{[^{}]*}", "…");
    }

    public String message(Language language) {
        return language == Language.EN ? messageEn : messageZh;
    }

    public String suggestion(Language language) {
        return language == Language.EN ? suggestionEn : suggestionZh;
    }

    /** From a rule's name and metadata, as the DRL compiler or the executable model gives them. */
    static RuleMeta of(String id, Map<String, Object> meta, String source) throws RuleLoadException {
        String where = source + ": rule \"" + id + "\"";
        if (!ID.matcher(id).matches()) {
            throw new RuleLoadException(where + ": a rule name must be an id of the form family.name-in-kebab-case");
        }
        String description = text(meta.getOrDefault("description", meta.get(DROOLS_DESCRIPTION)));
        String zh = text(meta.get("message_zh"));
        String en = text(meta.get("message_en"));
        if (description == null) {
            throw new RuleLoadException(where + ": missing @description(\"…\")");
        }
        if (zh == null && en == null) {
            throw new RuleLoadException(where + ": missing @message_zh(\"…\") or @message_en(\"…\")");
        }
        String sugZh = text(meta.get("suggestion_zh"));
        String sugEn = text(meta.get("suggestion_en"));
        Severity severity;
        try {
            severity = meta.containsKey("severity") ? Severity.parse(text(meta.get("severity"))) : Severity.WARNING;
        } catch (IllegalArgumentException e) {
            throw new RuleLoadException(where + ": @severity must be error, warning or info");
        }
        String enabled = text(meta.get("enabled"));
        return new RuleMeta(id, id.substring(0, id.indexOf('.')), severity, description, text(meta.get("description_zh")),
                zh != null ? zh : en, en != null ? en : zh,
                sugZh != null ? sugZh : sugEn != null ? sugEn : "", sugEn != null ? sugEn : sugZh != null ? sugZh : "",
                text(meta.get("since")), enabled == null || Boolean.parseBoolean(enabled), source);
    }

    private static String text(Object value) {
        if (value == null) return null;
        // Drools has already taken the quotes off a quoted value: what remains is the text itself.
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
