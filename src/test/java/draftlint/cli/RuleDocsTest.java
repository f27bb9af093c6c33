package draftlint.cli;

import draftlint.report.RuleDocs;
import draftlint.testing.Cli;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md is generated from the rules; this fails when a rule changed and the page did not. */
class RuleDocsTest {
    private static final Path PAGE = TestRules.REPO.resolve("docs/rules.md");

    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        Cli.Run run = Cli.run("rules", "--format", "md", "--no-cache");
        assertThat(run.exit()).isZero();
        assertThat(PAGE).as("docs/rules.md is missing: run %s", RuleDocs.REGENERATE).exists();
        String committed = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertThat(committed).as("docs/rules.md is out of date with the rules: run %s and commit it", RuleDocs.REGENERATE)
                .isEqualTo(run.out());
    }

    @Test
    void thePageDocumentsEveryRuleWithItsExamples() {
        String page = Cli.run("rules", "--format", "md", "--no-cache").out();
        TestRules.book().rules().forEach(rule -> {
            assertThat(page).contains("## `" + rule.id() + "`");
        });
        assertThat(page).contains("**应当报告**").contains("**不应报告**").contains("**为什么**");
    }
}
