package draftlint.report;

import draftlint.engine.Language;
import draftlint.engine.Severity;

import java.util.Map;

/** The report's own words (not the rules'), in the two languages of {@code --lang}. */
final class Wording {
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("error", "错误"), Map.entry("warning", "警告"), Map.entry("info", "提示"),
            Map.entry("suggestion", "建议"), Map.entry("fix", "可自动修改为"), Map.entry("cannot-check", "无法检查"),
            Map.entry("kind", "文种"), Map.entry("assumed", "据标题推断"), Map.entry("given", "按 --kind 或配置文件指定"),
            Map.entry("encoding", "编码"), Map.entry("no-findings", "未发现问题"), Map.entry("to-line", "至第 %d 行"), Map.entry("aside", "（%s）"),
            Map.entry("kind.speech", "讲话/发言"), Map.entry("kind.notice", "通知"), Map.entry("kind.report", "调研报告"),
            Map.entry("kind.plan", "工作要点/计划"), Map.entry("kind.summary", "工作总结/报告"),
            Map.entry("kind.compilation", "汇编"), Map.entry("kind.unknown", "未能判断"),
            Map.entry("family", "类别"), Map.entry("default-severity", "默认级别"), Map.entry("off-by-default", "默认关闭"),
            Map.entry("since", "始于版本"), Map.entry("why", "为什么"), Map.entry("message", "提示语"),
            Map.entry("must-flag", "应当报告"), Map.entry("must-pass", "不应报告"),
            Map.entry("markers", "（⟦…⟧ 标出应报告的文字，⟦原文→改为⟧ 标出自动修改。）"),
            Map.entry("report-title", "draftlint 检查报告"), Map.entry("fix-delete", "可自动删去"), Map.entry("severity", "级别"), Map.entry("total", "合计"),
            Map.entry("shown", "显示 {shown} / {total} 处"),
            Map.entry("family.placeholder", "占位未填"), Map.entry("family.numbering", "序号"), Map.entry("family.structure", "结构"),
            Map.entry("family.figures", "数字"), Map.entry("family.residue", "网页残留"), Map.entry("family.text", "文字"),
            Map.entry("family.punctuation", "标点"),
            Map.entry("note", "注"), Map.entry("auto-number", "此编号由 Word 自动编号生成，不在正文文字中：请在编号设置中修改"));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("error", "error"), Map.entry("warning", "warning"), Map.entry("info", "info"),
            Map.entry("suggestion", "suggestion"), Map.entry("fix", "fix"), Map.entry("cannot-check", "cannot check"),
            Map.entry("kind", "kind"), Map.entry("assumed", "guessed from the title"), Map.entry("given", "given with --kind or the configuration"),
            Map.entry("encoding", "encoding"), Map.entry("no-findings", "no findings"), Map.entry("to-line", "to line %d"), Map.entry("aside", " (%s)"),
            Map.entry("kind.speech", "speech"), Map.entry("kind.notice", "notice"), Map.entry("kind.report", "research report"),
            Map.entry("kind.plan", "work plan"), Map.entry("kind.summary", "work summary or report"),
            Map.entry("kind.compilation", "compilation"), Map.entry("kind.unknown", "not recognized"),
            Map.entry("family", "family"), Map.entry("default-severity", "default severity"), Map.entry("off-by-default", "off by default"),
            Map.entry("since", "since"), Map.entry("why", "why"), Map.entry("message", "message"),
            Map.entry("must-flag", "must flag"), Map.entry("must-pass", "must not flag"),
            Map.entry("markers", "(⟦…⟧ marks the text reported; ⟦old→new⟧ marks an automatic fix.)"),
            Map.entry("report-title", "draftlint report"), Map.entry("fix-delete", "fix: delete it"), Map.entry("severity", "severity"), Map.entry("total", "total"),
            Map.entry("shown", "showing {shown} of {total}"),
            Map.entry("note", "note"), Map.entry("auto-number", "this number comes from Word's automatic numbering, not from the text: change it in the list settings"));

    private final Language language;

    Wording(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    String word(String key) {
        String w = (language == Language.EN ? EN : ZH).get(key);
        return w != null ? w : key;
    }

    /** A built-in kind's name in words; a kind from a user's kind file by its id. */
    String kind(String kind) {
        String w = (language == Language.EN ? EN : ZH).get("kind." + kind);
        return w != null ? w : kind;
    }

    String severity(Severity severity) {
        return word(severity.id());
    }

    String summary(Summary s) {
        if (language == Language.EN) {
            String text = String.format("%d %s checked: %d %s (%d %s, %d %s, %d info)", s.files(),
                    s.files() == 1 ? "file" : "files", s.findings(), s.findings() == 1 ? "finding" : "findings",
                    s.count(Severity.ERROR), s.count(Severity.ERROR) == 1 ? "error" : "errors",
                    s.count(Severity.WARNING), s.count(Severity.WARNING) == 1 ? "warning" : "warnings",
                    s.count(Severity.INFO));
            return s.failed() == 0 ? text : text + String.format("; %d could not be checked", s.failed());
        }
        String text = String.format("共检查 %d 个文件，发现 %d 处问题（错误 %d，警告 %d，提示 %d）", s.files(), s.findings(),
                s.count(Severity.ERROR), s.count(Severity.WARNING), s.count(Severity.INFO));
        return s.failed() == 0 ? text : text + String.format("；%d 个文件无法检查", s.failed());
    }
}
