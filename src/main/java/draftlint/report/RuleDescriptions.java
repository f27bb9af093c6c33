package draftlint.report;

import draftlint.engine.Language;
import draftlint.engine.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A rule's one-line description in the report's language. The rules carry it in English
 * ({@code @description}); the Chinese ones are data beside them
 * ({@code draftlint/rules/descriptions_zh.properties}, one line per rule), so that the rule files
 * stay as they are. A rule without a Chinese line (a user's own) is described by its Chinese
 * message, its slots shown as {@code …}.
 */
public final class RuleDescriptions {
    private static final Properties ZH = load("/draftlint/rules/descriptions_zh.properties");

    private RuleDescriptions() {
    }

    public static String of(RuleMeta rule, Language language) {
        if (language == Language.EN) return rule.description();
        String zh = ZH.getProperty(rule.id());
        return zh != null ? zh : rule.messageZh().replaceAll("\\{[^{}]*}", "…");
    }

    /** Whether the built-in data holds a Chinese description of the rule. */
    public static boolean hasChinese(String ruleId) {
        return ZH.containsKey(ruleId);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = RuleDescriptions.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
