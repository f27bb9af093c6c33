package draftlint.testing;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.RuleMeta;
import draftlint.engine.Severity;

import java.util.List;

/**
 * Reports with a finding of every family, made by hand so that the output formats can be tested
 * without the rules of every family being built yet: each severity, a fix, a span over two lines,
 * an empty span, a whole-document finding, text that the formats must escape, a Chinese file name,
 * and a file that could not be read.
 */
public final class SampleReports {
    public static final List<String> FAMILIES = List.of("placeholder", "numbering", "structure", "figures", "residue",
            "text", "punctuation");

    private SampleReports() {
    }

    public static List<RuleMeta> rules() {
        return FAMILIES.stream().map(f -> new RuleMeta(f + ".sample", f, severityOf(f), "Sample rule of " + f,
                f + "的示例规则", "“{x}”有误", "\"{x}\" is wrong", "改正“{x}”", "correct \"{x}\"", "0.1.0", true, "rules/" + f + ".drl")).toList();
    }

    private static Severity severityOf(String family) {
        return switch (family) {
            case "placeholder", "structure" -> Severity.ERROR;
            case "residue" -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    private static Diagnostic d(String family, Span span, String message, String fix, String excerpt) {
        return new Diagnostic(family + ".sample", family, severityOf(family), span, message, "建议改正", fix, excerpt);
    }

    public static final List<String> LINES = List.of(
            "关于推动推动教育现代化工作的调研报告",
            "一、总体情况",
            "全市共有学校**所，占比**%。",
            "三、存在问题",
            "据统计,全年完成投资120亿元，",
            "其中政府投资150亿元。",
            "来源：某某网 www.example.com",
            "“加强领导");

    public static FileReport withEveryFamily() {
        List<Diagnostic> diagnostics = List.of(
                d("structure", Span.documentStart(), "缺少落款: 全文", null, LINES.get(0)),
                d("text", new Span(1, 5, 1, 9), "词语“推动”重复", "推动", LINES.get(0)),
                d("placeholder", new Span(3, 7, 3, 9), "“**所”中的数量未填写", null, LINES.get(2)),
                d("numbering", new Span(4, 1, 4, 2), "缺少“二、”, 应在“一、”之后", null, LINES.get(3)),
                d("punctuation", new Span(5, 4, 5, 5), "中文中使用了半角逗号,\n应为全角", "，", LINES.get(4)),
                d("figures", new Span(5, 11, 6, 12), "部分 150 大于总数 120: 100%", null, LINES.get(4)),
                d("residue", new Span(7, 8, 7, 23), "网址 www.example.com 不属正文", null, LINES.get(6)),
                d("punctuation", new Span(8, 6, 8, 6), "引号未配对", null, LINES.get(7)));
        return new FileReport("docs/调研 报告.txt", "GB18030", "report", true, null, diagnostics, LINES);
    }

    public static FileReport unreadable() {
        return FileReport.unreadable("docs/broken.txt", "not a text file: it is a PNG image");
    }
}
