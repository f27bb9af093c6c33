package draftlint.mutation;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall must not pay for precision (issue 14): plants one defect of each rule that can be planted
 * into real published documents and checks that it is reported at its line. Prints recall per family
 * and per rule, and every miss. Run alone: {@code mvn -o -q -B test -Dtest=MutationRecallTest}
 * (-Dmutation.perKind=N for more places a kind, -Dmutation.seed=S for another sample,
 * -Dmutation.kinds=ID,RULE-OR-FAMILY,… to run only some kinds; the table is also written to
 * target/mutation-recall.txt).
 */
class MutationRecallTest {
    /** The bar of the issue. */
    private static final double BAR = 0.95;

    /**
     * Families that do not reach the bar today, at the floor measured with the default sample: the
     * gap is reported, not hidden, and the floor only stops it from getting worse. Raise a floor (or
     * remove it) when the family improves. A family brought back above the bar is held at what it
     * measured, so that a regression shows at once.
     */
    private static final Map<String, Double> FLOORS = Map.of(
            // 77/80 on 2026-12-06: a 31周年 in a report with no year of its own nor a year heading
            // above, and a holiday schedule whose title and signature name different years (a
            // retyped weekday is then not judged). Above the bar: the floor keeps what was reached.
            "figures", 0.96,
            // 135/136 on 2026-12-06: an XX planted for a sum in a 批复 that says it was shortened
            // on publication, where the publisher's withheld sums look the same
            "placeholder", 0.99,
            // 80/80 on 2026-12-06 (200/200 with -Dmutation.perKind=20)
            "residue", 1.00,
            // 71/72 on 2026-12-06, above the bar and held there: the miss left is 着力抓好三个方面。
            // whose parts are paragraphs without ordinals (nothing to count). notice-no-number has no
            // eligible host (no published notice has its 发文字号 above the title)
            "structure", 0.98,
            // 64/64 on 2026-12-06: simplified strays no longer lost in an unreported passage, mojibake
            // with a decoder's stand-ins, a paragraph pasted twice under a heading without end punctuation
            "text", 1.00);

    @Test
    void plantedDefectsAreFoundAtTheirLine() throws Exception {
        int perKind = Integer.getInteger("mutation.perKind", 8);
        long seed = Long.getLong("mutation.seed", 14L);
        List<Host> hosts = Host.under(TestRules.REPO, "fixtures/corpus/published");
        String only = System.getProperty("mutation.kinds", "");
        List<Kind> kinds = Mutations.all().stream().filter(k -> only.isBlank()
                || List.of(only.split(",")).stream().anyMatch(o -> k.id().equals(o.strip()) || k.rule().startsWith(o.strip()))).toList();
        RecallRun run = new RecallRun(hosts, perKind, seed);
        run.run(kinds);
        String table = run.table(kinds);
        System.out.println(table);
        Files.createDirectories(TestRules.REPO.resolve("target"));
        Files.writeString(TestRules.REPO.resolve("target/mutation-recall.txt"), table);
        if (!only.isBlank()) return; // a developer's partial run: the table is what is wanted
        for (Map.Entry<String, RecallRun.Tally> e : run.byFamily().entrySet()) {
            double floor = FLOORS.getOrDefault(e.getKey(), BAR);
            assertThat(e.getValue().recall()).as("recall of family %s (%d planted)", e.getKey(), e.getValue().planted())
                    .isGreaterThanOrEqualTo(floor);
        }
    }
}
