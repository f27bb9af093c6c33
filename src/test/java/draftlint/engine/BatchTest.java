package draftlint.engine;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {
    private static final Checker CHECKER = new Checker(TestRules.book(), RuleSelection.defaults(), Language.ZH, "auto");

    private static List<Input> drafts(int n) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inputs.add(new Input("draft-" + i + ".txt", null, ("全市新增学位**个，第" + i + "稿。\n").getBytes(StandardCharsets.UTF_8)));
        }
        return inputs;
    }

    @Test
    void theReportsComeInInputOrderWhateverTheThreads() {
        List<String> order = new ArrayList<>();
        new Batch(CHECKER, 3).run(drafts(40), (input, report) -> order.add(report.path()));

        assertThat(order).hasSize(40).containsExactlyElementsOf(drafts(40).stream().map(Input::path).toList());
    }

    @Test
    void whileTheFirstReportIsHeldTheChecksRunAheadByABoundedNumberOfDrafts() throws Exception {
        // Reports handed on are let go only if the checks do not run ahead of them without end: a
        // run of tens of thousands of drafts must not hold them all. The first report is held until
        // no more checks start; then no more than the bound have started.
        int drafts = 1500;
        AtomicInteger started = new AtomicInteger();
        List<Integer> startedWhenFirstHeld = new ArrayList<>();
        List<String> order = new ArrayList<>();
        new Batch(input -> {
            started.incrementAndGet();
            return CHECKER;
        }, 2).run(drafts(drafts), (input, report) -> {
            if (order.isEmpty()) {
                int before;
                do {
                    before = started.get();
                    sleep(300);
                } while (started.get() != before);
                startedWhenFirstHeld.add(before);
            }
            order.add(report.path());
        });

        assertThat(order).hasSize(drafts);
        assertThat(startedWhenFirstHeld).singleElement().satisfies(n -> assertThat(n).isBetween(2, 2 * 256 + 2));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
