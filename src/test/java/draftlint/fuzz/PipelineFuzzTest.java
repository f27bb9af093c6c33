package draftlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import draftlint.draft.Draft;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleSelection;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;
import draftlint.report.JsonReporter;
import draftlint.report.Summary;
import draftlint.report.TextReporter;
import draftlint.testing.TestRules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole way a draft takes: read, recognize, run every rule (the opt-in ones too), report in
 * both formats. Every finding must lie inside the document and end at or after its start.
 */
class PipelineFuzzTest {
    private static final String[] NAMES = {"fuzz.txt", "fuzz.md", "fuzz.docx"};
    private final Checker checker = new Checker(TestRules.book(), new RuleSelection(everyFamily(), Set.of()),
            Language.ZH, "auto");

    // Each execution runs every rule in a Drools session (120–450 a second here), so a million
    // takes one to two hours of one core: this target gets three hours, the readers one.
    @FuzzTest(maxDuration = "3h", maxExecutions = 1_000_000)
    void checksOrRefuses(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        Draft draft;
        try {
            draft = DraftReader.forFileName(name).orElseThrow().read(name, bytes);
        } catch (UnreadableInputException expected) {
            return;
        }
        FileReport report = checker.check(draft);
        DraftInvariants.check(draft, report);
        Summary summary = new Summary();
        summary.add(report);
        StringWriter sink = new StringWriter();
        JsonReporter json = new JsonReporter(new PrintWriter(sink), "fuzz");
        json.file(report);
        json.finish(summary);
        TextReporter text = new TextReporter(new PrintWriter(sink), Language.EN, false);
        text.file(report);
        text.finish(summary);
    }

    /** Every family switched on, so that the opt-in rules run too. */
    private static Set<String> everyFamily() {
        Set<String> families = new HashSet<>();
        TestRules.book().rules().forEach(rule -> families.add(rule.family()));
        return families;
    }
}
