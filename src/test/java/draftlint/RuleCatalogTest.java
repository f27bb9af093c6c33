package draftlint;

import draftlint.engine.RuleMeta;
import draftlint.testing.RuleCase;
import draftlint.testing.RuleFixtures;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule is complete (metadata in both languages, cases that flag and pass) and every fixture names a rule. */
class RuleCatalogTest {
    private static final Set<String> FAMILIES = Set.of("placeholder", "numbering", "structure", "figures", "residue",
            "text", "punctuation", "layout");

    @TestFactory
    Stream<DynamicTest> everyRuleIsComplete() {
        return TestRules.book().rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertThat(FAMILIES).as("family of %s", rule.id()).contains(rule.family());
            assertThat(rule.source()).as("%s is built in", rule.id()).startsWith("rules/" + rule.family());
            assertThat(rule.description()).as("@description of %s", rule.id()).isNotBlank().doesNotContain("\n");
            assertThat(rule.descriptionZh()).as("@description_zh of %s", rule.id()).isNotBlank().doesNotContain("\n");
            assertMetadata(rule);
            Path fixture = RuleFixtures.ROOT.resolve(rule.family()).resolve(rule.id() + ".txt");
            assertThat(fixture).as("cases of %s", rule.id()).exists();
            List<RuleCase> cases = RuleFixtures.read(fixture);
            if (rule.family().equals("layout")) {
                // A layout lives in a Word file: its flag cases are .docx documents built in LayoutRulesTest.
                assertThat(LayoutRulesTest.FLAGGED).as("%s has a case it must flag in LayoutRulesTest", rule.id()).contains(rule.id());
            } else {
                assertThat(cases).as("%s has a case it must flag", rule.id()).anyMatch(RuleCase::flag);
            }
            assertThat(cases).as("%s has a case it must pass", rule.id()).anyMatch(c -> !c.flag());
            if (rule.messageZh().contains("{") && !rule.family().equals("layout")) {
                // A message filled with arguments is what the writer reads: one case at least states
                // it whole, in both languages, so a wrong or missing argument fails a test. (Layout
                // messages are asserted by LayoutRulesTest, on the Word files it builds.)
                assertThat(cases).as("%s: a flag case states its filled message (=> message: and => message_en:)", rule.id())
                        .anyMatch(c -> c.flag() && c.stated().containsKey("message") && c.stated().containsKey("message_en"));
            }
        }));
    }

    private static void assertMetadata(RuleMeta rule) {
        // RuleMeta falls back from one language to the other; built-in rules must not need to.
        assertThat(rule.messageZh()).as("@message_zh of %s", rule.id()).isNotBlank().isNotEqualTo(rule.messageEn());
        assertThat(rule.messageEn()).as("@message_en of %s", rule.id()).isNotBlank();
        assertThat(rule.suggestionZh()).as("@suggestion_zh of %s", rule.id()).isNotBlank().isNotEqualTo(rule.suggestionEn());
        assertThat(rule.suggestionEn()).as("@suggestion_en of %s", rule.id()).isNotBlank();
        assertThat(rule.since()).as("@since of %s", rule.id()).isNotBlank();
    }

    @Test
    void everyFixtureNamesARule() {
        for (Path file : RuleFixtures.files()) {
            String id = RuleFixtures.ruleOf(file);
            assertThat(TestRules.book().rule(id)).as("%s names no rule", file).isPresent();
            assertThat(file.getParent().getFileName().toString()).as("folder of %s", file).isEqualTo(id.substring(0, id.indexOf('.')));
        }
    }

    @Test
    void everyRuleFileIsOneFamily() throws Exception {
        try (Stream<Path> files = Files.list(TestRules.REPO.resolve("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String family = drl.getFileName().toString().replaceFirst("(-[a-z]+)?\\.drl$", "");
                assertThat(TestRules.book().rules()).as("rules in %s", drl)
                        .filteredOn(r -> r.source().equals("rules/" + drl.getFileName()))
                        .isNotEmpty()
                        .allMatch(r -> r.family().equals(family));
            }
        }
    }
}
