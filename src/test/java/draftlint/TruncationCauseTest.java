package draftlint;

import draftlint.engine.Diagnostic;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** structure.truncated names the page's notice as the cause when there is one (seeds 000 and 003). */
class TruncationCauseTest {
    private static List<Diagnostic> truncations(String text) {
        return TestRules.check("t.txt", text, "auto", Set.of("structure.truncated")).diagnostics().stream()
                .filter(d -> d.rule().equals("structure.truncated")).toList();
    }

    @Test
    void aSiteNoticeIsTheCauseEvenWhenTheSentenceIsCutToo() {
        String text = "在全县教育工作会议上的讲话\n\n同志们：\n\n今天召开全县教育工作会议，主要任务是总结去年工作。"
                + "建设一支师德高尚、业务精湛、结构合理、充满活 ……(未完，全文共4299字，当前仅显示2264字，请阅读下面提示信息。\n";
        assertThat(truncations(text)).extracting(Diagnostic::message).containsExactly("全文到此中断，后文缺失（网页注明后文未显示）");
    }

    @Test
    void withoutANoticeTheMissingFullStopIsTheCause() {
        String text = "在全县教育工作会议上的讲话\n\n同志们：\n\n今天召开全县教育工作会议，主要任务是总结去年工作。"
                + "要坚持把教育摆在优先发展的战略位置，做到经费优先保障，\n";
        assertThat(truncations(text)).extracting(Diagnostic::message).containsExactly("全文到此中断，后文缺失（最后一段没有结束标点）");
    }
}
