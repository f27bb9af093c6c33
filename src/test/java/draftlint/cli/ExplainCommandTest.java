package draftlint.cli;

import draftlint.testing.Cli;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {

    @Test
    void explainsARuleWithWhyAndAFlagAndAPassExample() {
        Cli.Run run = Cli.run("explain", "placeholder.masked-figure", "--no-cache");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("placeholder.masked-figure")
                .contains("A number, percentage or date masked") // the description
                .contains("为什么: A masked number is the commonest template residue") // the rule's comment
                .contains("应当报告: a masked count with its measure word")
                .contains("学校达到⟦**⟧所")
                .contains("不应报告: multiplication and real figures")
                .contains("5×770MW");
    }

    @Test
    void speaksEnglishWhenAsked() {
        Cli.Run run = Cli.run("explain", "placeholder.todo-marker", "--lang", "en", "--no-cache");
        assertThat(run.out()).contains("why: ").contains("must flag: ").contains("must not flag: ")
                .contains("message: \"{mask}\" marks unfinished content");
    }

    @Test
    void aFamilyExplainsEachOfItsRules() {
        Cli.Run run = Cli.run("explain", "placeholder", "--no-cache");
        assertThat(run.out()).contains("placeholder.masked-name").contains("placeholder.template-field");
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        Cli.Run run = Cli.run("explain", "placeholder.no-such-rule", "--no-cache");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no rule or family named 'placeholder.no-such-rule'");
    }
}
