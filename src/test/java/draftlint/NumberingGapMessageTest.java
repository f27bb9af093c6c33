package draftlint;

import draftlint.engine.Diagnostic;
import draftlint.engine.Language;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A numbering gap names every number it skips: 一、 then 四、 lacks 二、 and 三、, not 二、 alone. */
class NumberingGapMessageTest {
    private static final String TEXT = "关于做好工作的通知\n一、总体要求\n要抓好落实。\n四、保障措施\n要加强领导。\n";

    private static Diagnostic gap(Language language) {
        return TestRules.check("a.txt", TEXT, "auto", Set.of(), language).diagnostics().stream()
                .filter(d -> d.rule().equals("numbering.gap")).findFirst().orElseThrow();
    }

    @Test
    void everySkippedNumberIsNamedInBothLanguages() {
        assertThat(gap(Language.ZH).message()).isEqualTo("编号从“一、”跳到了“四、”，中间缺少“二、”“三、”");
        assertThat(gap(Language.ZH).suggestion()).startsWith("补上“二、”“三、”");
        assertThat(gap(Language.EN).message()).contains("\"二、\", \"三、\" missing");
    }
}
