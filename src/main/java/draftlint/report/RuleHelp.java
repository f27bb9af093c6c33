package draftlint.report;

import draftlint.engine.Language;
import draftlint.engine.RuleGuide;
import draftlint.engine.RuleMeta;

import java.util.Optional;

/**
 * The documentation of one rule, made from its metadata and its {@link RuleGuide}: what it
 * reports, why, what it says, and a case it must flag and one it must not. {@code draftlint
 * explain} prints the text form; SARIF's {@code help} and {@code docs/rules.md} use the Markdown.
 */
public final class RuleHelp {
    private final RuleGuide guide;
    private final Wording words;

    public RuleHelp(RuleGuide guide, Language language) {
        this.guide = guide;
        this.words = new Wording(language);
    }

    /** Plain text for a terminal, in the report's language. */
    public String text(RuleMeta rule) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append("  (").append(words.word("family")).append(": ").append(rule.family())
                .append(", ").append(words.word("default-severity")).append(": ").append(words.severity(rule.severity()));
        if (!rule.enabledByDefault()) out.append(", ").append(words.word("off-by-default"));
        out.append(")\n\n").append(rule.description()).append("\n");
        String why = guide.why(rule.id());
        if (!why.isEmpty()) out.append("\n").append(words.word("why")).append(": ").append(why).append("\n");
        out.append("\n").append(words.word("message")).append(": ").append(rule.message(words.language())).append("\n");
        if (!rule.suggestion(words.language()).isEmpty()) {
            out.append(words.word("suggestion")).append(": ").append(rule.suggestion(words.language())).append("\n");
        }
        example(out, words.word("must-flag"), guide.mustFlag(rule.id()), false);
        example(out, words.word("must-pass"), guide.mustPass(rule.id()), false);
        if (guide.mustFlag(rule.id()).isPresent()) out.append("\n").append(words.word("markers")).append("\n");
        return out.toString();
    }

    /**
     * Plain text all in the report's language, for SARIF's {@code help.text}: in Chinese, the
     * description ({@code @description_zh}), and neither the rule's comment (the why) nor the
     * examples' labels, which are written in English.
     */
    public String textInOneLanguage(RuleMeta rule) {
        if (words.language() == Language.EN) return text(rule);
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append("  (").append(words.word("family")).append(": ").append(rule.family())
                .append(", ").append(words.word("default-severity")).append(": ").append(words.severity(rule.severity()));
        if (!rule.enabledByDefault()) out.append(", ").append(words.word("off-by-default"));
        out.append(")\n\n").append(rule.description(Language.ZH)).append("\n");
        out.append("\n").append(words.word("message")).append(": ").append(rule.messageZh()).append("\n");
        if (!rule.suggestionZh().isEmpty()) {
            out.append(words.word("suggestion")).append(": ").append(rule.suggestionZh()).append("\n");
        }
        for (var example : java.util.List.of(
                java.util.Map.entry(words.word("must-flag"), guide.mustFlag(rule.id())),
                java.util.Map.entry(words.word("must-pass"), guide.mustPass(rule.id())))) {
            if (example.getValue().isEmpty()) continue;
            out.append("\n").append(example.getKey()).append(":\n");
            for (String line : example.getValue().get().text().split("\n", -1)) out.append("    ").append(line).append("\n");
        }
        if (guide.mustFlag(rule.id()).isPresent()) out.append("\n").append(words.word("markers")).append("\n");
        return out.toString();
    }

    /** Markdown, headed by the rule id at the given heading level. */
    public String markdown(RuleMeta rule, int level) {
        StringBuilder out = new StringBuilder();
        out.append("#".repeat(level)).append(" `").append(rule.id()).append("`\n\n");
        out.append(escape(rule.description())).append("\n\n");
        out.append("- ").append(words.word("family")).append(": `").append(rule.family()).append("`\n");
        out.append("- ").append(words.word("default-severity")).append(": `").append(rule.severity().id()).append("`")
                .append(rule.enabledByDefault() ? "" : "（" + words.word("off-by-default") + "）").append("\n");
        if (rule.since() != null) out.append("- ").append(words.word("since")).append(": ").append(rule.since()).append("\n");
        out.append("- ").append(words.word("message")).append(": ").append(escape(rule.messageZh()))
                .append(" / ").append(escape(rule.messageEn())).append("\n");
        if (!rule.suggestionZh().isEmpty()) {
            out.append("- ").append(words.word("suggestion")).append(": ").append(escape(rule.suggestionZh()))
                    .append(" / ").append(escape(rule.suggestionEn())).append("\n");
        }
        String why = guide.why(rule.id());
        if (!why.isEmpty()) out.append("\n**").append(words.word("why")).append("**: ").append(escape(why)).append("\n");
        example(out, words.word("must-flag"), guide.mustFlag(rule.id()), true);
        example(out, words.word("must-pass"), guide.mustPass(rule.id()), true);
        return out.toString();
    }

    private void example(StringBuilder out, String heading, Optional<RuleGuide.Example> example, boolean markdown) {
        if (example.isEmpty()) return;
        RuleGuide.Example e = example.get();
        String label = e.label() + (e.markdown() ? "（Markdown）" : "");
        if (markdown) {
            out.append("\n**").append(heading).append("**: ").append(escape(label)).append("\n\n");
            String fence = e.text().contains("```") ? "~~~~" : "```";
            out.append(fence).append(e.markdown() ? "markdown" : "text").append("\n").append(e.text()).append("\n")
                    .append(fence).append("\n");
        } else {
            out.append("\n").append(heading).append(": ").append(label).append("\n");
            for (String line : e.text().split("\n", -1)) out.append("    ").append(line).append("\n");
        }
    }

    /** Escapes the characters that Markdown would read as markup in running text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
