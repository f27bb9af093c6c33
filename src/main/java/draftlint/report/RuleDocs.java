package draftlint.report;

import draftlint.engine.Language;
import draftlint.engine.RuleGuide;
import draftlint.engine.RuleMeta;

import java.util.Collection;

/**
 * {@code docs/rules.md}: the catalogue table, then each rule's help, all made from the rules' own
 * declarations and cases, so that the page cannot say what the rules do not do. A test regenerates
 * it and fails when the committed page differs.
 */
public final class RuleDocs {
    /** The command that writes the page; the drift test quotes it. */
    public static final String REGENERATE = "./draftlint rules --format md > docs/rules.md";

    private RuleDocs() {
    }

    public static String markdown(Collection<RuleMeta> rules, RuleGuide guide) {
        RuleHelp help = new RuleHelp(guide, Language.ZH);
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the rules' metadata and cases by `").append(REGENERATE)
                .append("`. Do not edit by hand. -->\n\n");
        out.append("# 规则一览 · Rules\n\n");
        out.append("每条规则的例句取自它的测试用例：⟦…⟧ 标出应报告的文字，⟦原文→改为⟧ 标出自动修改。")
                .append("`draftlint explain <规则>` 在终端里显示同样的说明。\n\n");
        out.append("Each rule's examples are its own test cases: ⟦…⟧ marks the text reported, ⟦old→new⟧ an ")
                .append("automatic fix. `draftlint explain <rule>` shows the same in a terminal.\n\n");
        out.append("| rule | family | severity | description |\n| --- | --- | --- | --- |\n");
        for (RuleMeta r : rules) {
            out.append("| `").append(r.id()).append("` | ").append(r.family()).append(" | ").append(r.severity().id())
                    .append(" | ").append(RuleHelp.escape(r.description()))
                    .append(r.enabledByDefault() ? "" : " (off by default)").append(" |\n");
        }
        for (RuleMeta r : rules) {
            out.append("\n").append(help.markdown(r, 2));
        }
        return out.toString();
    }
}
