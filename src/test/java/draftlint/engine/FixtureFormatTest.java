package draftlint.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one reader of rule fixtures, for the tests that run them and for the examples shown to users. */
class FixtureFormatTest {

    @Test
    void casesKeepTheirKindLabelOptionsBodyAndHeaderLine() {
        List<FixtureFormat.Case> cases = FixtureFormat.parse("""
                # comment
                == flag [md, kind=notice]: a masked name
                此次会议旨在深入学习贯彻⟦_⟧总书记关于教育的重要论述。

                == pass: real names
                张某同志发言时指出。
                """, "x.txt");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).flag()).isTrue();
        assertThat(cases.get(0).options()).isEqualTo(Map.of("md", "", "kind", "notice"));
        assertThat(cases.get(0).body()).containsExactly("此次会议旨在深入学习贯彻⟦_⟧总书记关于教育的重要论述。");
        assertThat(cases.get(0).headerLine()).isEqualTo(2);
        assertThat(cases.get(1).label()).isEqualTo("real names");
    }

    @Test
    void anUnknownOptionIsAnErrorNotACaseRunWithoutIt() {
        // "markdown" for "md" used to be ignored: the case ran as plain text and proved nothing.
        assertThatThrownBy(() -> FixtureFormat.parse("== flag [markdown]: a case\n文本\n", "x.txt"))
                .hasMessage("x.txt:1: unknown case option \"markdown\" (known: md, kind=…)");
    }

    @Test
    void textBeforeTheFirstCaseIsAnError() {
        assertThatThrownBy(() -> FixtureFormat.parse("stray\n== pass: a case\n文本\n", "x.txt"))
                .hasMessageStartingWith("x.txt:1: text before the first == case header");
    }

    @Test
    void aFlagCaseStatesWhatItsFindingsSayOnArrowLines() {
        List<FixtureFormat.Case> cases = FixtureFormat.parse("""
                == flag: a gap
                一、总体要求
                ⟦四、⟧保障措施

                => message: 编号从“一、”跳到了“四、”
                => fix: 第一行\\n第二行 C:\\\\x
                """, "x.txt");
        assertThat(cases.get(0).body()).containsExactly("一、总体要求", "⟦四、⟧保障措施");
        assertThat(cases.get(0).stated()).containsEntry("message", "编号从“一、”跳到了“四、”")
                .containsEntry("fix", "第一行\n第二行 C:\\x");
    }

    @Test
    void aStatementAPassCaseOrAnUnknownKeyCannotMake() {
        assertThatThrownBy(() -> FixtureFormat.parse("== pass: a case\n文本\n=> message: 无\n", "x.txt"))
                .hasMessage("x.txt:3: a pass case has no findings to state");
        assertThatThrownBy(() -> FixtureFormat.parse("== flag: a case\n⟦文⟧本\n=> mesage: 无\n", "x.txt"))
                .hasMessageStartingWith("x.txt:3: unknown statement");
        assertThatThrownBy(() -> FixtureFormat.parse("== flag: a case\n⟦文⟧本\n=> message: 无\n更多文本\n", "x.txt"))
                .hasMessage("x.txt:4: case text after its => lines (they end a case)");
    }
}
