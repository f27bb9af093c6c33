package draftlint;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fix of punctuation.half-width replaces a span that may cross the line breaks of a
 * hard-wrapped paragraph: it must carry those breaks, and the source's text, not the paragraph's
 * joined text (rule fixtures can only state a fix on one line).
 */
class HalfWidthFixTest {

    @Test
    void fixOverHardWrappedLinesKeepsTheLineBreaks() {
        String text = "今年以来，全市教育系统认真贯彻上级部署，各项工作取得新成效，群众满意度持续提升，教育\n"
                + "事业发展,呈现良好态势。全面加强党的建设，推进教育综合改革，扩大优质资源覆盖面\n"
                + ",办好人民满意的教育。\n";
        FileReport report = TestRules.check("case.txt", text, "auto", Set.of());
        Diagnostic d = report.diagnostics().stream().filter(x -> x.rule().equals("punctuation.half-width")).findFirst().orElseThrow();
        assertThat(d.span().line()).isEqualTo(2);
        assertThat(d.span().endLine()).isEqualTo(3);
        assertThat(d.fix()).isEqualTo("，呈现良好态势。全面加强党的建设，推进教育综合改革，扩大优质资源覆盖面\n，");
    }
}
