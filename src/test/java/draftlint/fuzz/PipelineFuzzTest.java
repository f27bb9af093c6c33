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
 * both formats. Every finding must lie inside the document and end at or after its start, and
 * each report is bounded by the input ({@link OutputBound}).
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
        StringWriter json = new StringWriter();
        JsonReporter jsonReporter = new JsonReporter(new PrintWriter(json), "fuzz");
        jsonReporter.file(report);
        jsonReporter.finish(summary);
        StringWriter text = new StringWriter();
        TextReporter textReporter = new TextReporter(new PrintWriter(text), Language.EN, false);
        textReporter.file(report);
        textReporter.finish(summary);
        OutputBound.check("json", json.toString(), bytes.length);
        OutputBound.check("text", text.toString(), bytes.length);
    }

    /** Every family switched on, so that the opt-in rules run too. */
    private static Set<String> everyFamily() {
        Set<String> families = new HashSet<>();
        TestRules.book().rules().forEach(rule -> families.add(rule.family()));
        return families;
    }
}
