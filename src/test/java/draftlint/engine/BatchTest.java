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
    void whileTheFirstReportIsHeldTheChecksRunAheadByTheBoundAndNoFurther() throws Exception {
        // Reports handed on are let go only if the checks do not run ahead of them without end: a
        // run of tens of thousands of drafts must not hold them all. The first report is held until
        // the checks have filled the window, and a while longer; then exactly the window has started.
        int drafts = 1500;
        int threads = 2;
        int window = threads * Batch.AHEAD_PER_THREAD;
        AtomicInteger started = new AtomicInteger();
        List<Integer> startedWhenFirstHeld = new ArrayList<>();
        List<String> order = new ArrayList<>();
        new Batch(input -> {
            started.incrementAndGet();
            return CHECKER;
        }, threads).run(drafts(drafts), (input, report) -> {
            if (order.isEmpty()) {
                for (long waited = 0; started.get() < window && waited < 30_000; waited += 50) sleep(50);
                sleep(300); // time for any check beyond the window to start, if one could
                startedWhenFirstHeld.add(started.get());
            }
            order.add(report.path());
        });

        assertThat(startedWhenFirstHeld).containsExactly(window);
        assertThat(order).containsExactlyElementsOf(drafts(drafts).stream().map(Input::path).toList());
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
