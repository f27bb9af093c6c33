package draftlint;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.testing.RuleCase;
import draftlint.testing.RuleFixtures;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every case of every rule fixture (the RuleTester of this project): a flag case must be
 * reported by its rule at exactly the marked spans, with the fixes, messages and suggestions it
 * states; a pass case must not be reported by it at all.
 */
class RuleCasesTest {
    /** A {name} slot, or a term key shown as one, that no argument or table entry filled. */
    private static final String UNFILLED = "\\{[A-Za-z0-9_.\\-]+}";

    @TestFactory
    List<DynamicNode> everyRuleCase() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : RuleFixtures.files()) {
            List<DynamicNode> cases = new ArrayList<>();
            for (RuleCase c : RuleFixtures.read(file)) {
                String name = (c.flag() ? "flag: " : "pass: ") + c.label();
                cases.add(DynamicTest.dynamicTest(name, file.toUri(), () -> run(c)));
            }
            nodes.add(DynamicContainer.dynamicContainer(RuleFixtures.ruleOf(file), cases));
        }
        return nodes;
    }

    private static void run(RuleCase c) {
        FileReport report = TestRules.check(c.fileName(), c.text(), c.kind(), Set.of(c.rule()));
        assertThat(report.error()).as("%s:%d could not be checked", c.fixture(), c.fileLine()).isNull();
        List<Diagnostic> mine = report.diagnostics().stream().filter(d -> d.rule().equals(c.rule())).toList();
        String where = c.fixture() + ":" + c.fileLine() + " (" + c.label() + ")";
        if (!c.flag()) {
            assertThat(mine).as("%s must not be reported by %s", where, c.rule()).isEmpty();
            return;
        }
        assertThat(c.expected()).as("%s: a flag case needs at least one ⟦…⟧ marker", where).isNotEmpty();
        assertThat(mine.stream().map(Diagnostic::span).collect(Collectors.toSet()))
                .as("%s: spans reported by %s", where, c.rule())
                .isEqualTo(c.expected().stream().map(RuleCase.Expected::span).collect(Collectors.toSet()));
        String statedFix = c.stated().get("fix");
        if (statedFix != null) {
            assertThat(c.expected()).as("%s: => fix: states the fix of a case's one marker", where).hasSize(1);
            assertThat(c.expected().get(0).fix()).as("%s: a fix stated twice (in the marker and on => fix:)", where).isNull();
        }
        for (RuleCase.Expected e : c.expected()) {
            String fix = statedFix != null ? statedFix : e.fix();
            List<String> offered = mine.stream().filter(d -> d.span().equals(e.span())).map(Diagnostic::fix).toList();
            if (fix != null) {
                assertThat(offered).as("%s: fix at %s", where, e.span()).containsExactly(fix);
            } else if (e.span().endLine() == e.span().line()) {
                // A fix the case does not state is a fix nobody checked: a rule that offers one says
                // which, with ⟦old→new⟧ (→ alone when the fix deletes), or on => fix: when it spans lines.
                assertThat(offered).as("%s: %s offers a fix at %s; state it as ⟦old→new⟧", where, c.rule(), e.span()).containsOnlyNulls();
            }
        }
        for (Language language : Language.values()) {
            String suffix = language == Language.ZH ? "" : "_" + language.name().toLowerCase(java.util.Locale.ROOT);
            String message = c.stated().get("message" + suffix);
            String suggestion = c.stated().get("suggestion" + suffix);
            if (message == null && suggestion == null) continue;
            FileReport inLanguage = language == Language.ZH ? report
                    : TestRules.check(c.fileName(), c.text(), c.kind(), Set.of(c.rule()), language);
            for (Diagnostic d : inLanguage.diagnostics()) {
                if (!d.rule().equals(c.rule())) continue;
                if (message != null) assertThat(d.message()).as("%s: %s message at %s", where, language, d.span()).isEqualTo(message);
                if (suggestion != null) assertThat(d.suggestion()).as("%s: %s suggestion at %s", where, language, d.span()).isEqualTo(suggestion);
            }
        }
        for (Language language : Language.values()) {
            FileReport inLanguage = language == Language.ZH ? report
                    : TestRules.check(c.fileName(), c.text(), c.kind(), Set.of(c.rule()), language);
            for (Diagnostic d : inLanguage.diagnostics()) {
                if (!d.rule().equals(c.rule())) continue;
                assertThat(d.message()).as("%s: %s message has an unfilled {slot}", where, language).doesNotContainPattern(UNFILLED);
                assertThat(d.suggestion()).as("%s: %s suggestion has an unfilled {slot}", where, language).doesNotContainPattern(UNFILLED);
            }
        }
    }
}
