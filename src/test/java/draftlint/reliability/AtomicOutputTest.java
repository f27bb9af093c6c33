package draftlint.reliability;

import draftlint.read.DocxReader;
import draftlint.read.UnreadableInputException;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed at any moment (kill -9: no shutdown hook, no finally) leaves each output file as it
 * was before or as a whole new one, never half written. The kills land at moments spread over a
 * whole run; wherever one lands, the assertion is the same.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety stop: a hang must fail, not stall the build
class AtomicOutputTest {
    private static final byte[] OLD = "an old report that must survive whole\n".getBytes();
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledRunLeavesTheOldReportOrTheNewOneWhole() throws Exception {
        Path drafts = drafts();
        Path report = dir.resolve("report.json");
        List<String> args = List.of("check", "--format", "json", "--output", report.toString(), drafts.toString());
        assertOldOrNew(args, report, (fresh, now) -> Arrays.equals(now, fresh));
    }

    @Test
    void aKilledRunLeavesTheOldBaselineOrTheNewOneWhole() throws Exception {
        Path drafts = drafts();
        Path baseline = dir.resolve("baseline.json");
        List<String> args = List.of("check", "--write-baseline", baseline.toString(), drafts.toString());
        assertOldOrNew(args, baseline, (fresh, now) -> Arrays.equals(now, fresh));
    }

    @Test
    void aKilledRunLeavesTheOldAnnotatedCopyOrTheNewOneWhole() throws Exception {
        Path draft = TestRules.REPO.resolve("fixtures/word/002_382e9c090d7ee9d2.docx");
        Path copy = dir.resolve("annotated.docx");
        List<String> args = List.of("check", "--annotate", copy.toString(), draft.toString());
        // Each copy carries the time its comments were made, so a whole new copy is one that opens
        // as a Word document with every paragraph of the draft, not one equal to the first.
        int paragraphs = new DocxReader().read("draft.docx", Files.readAllBytes(draft)).lines().size();
        assertOldOrNew(args, copy, (fresh, now) -> paragraphsOf(now) == paragraphs);
    }

    @Test
    void aKilledFixLeavesTheDraftAsItWasOrWhollyFixed() throws Exception {
        // A long draft with many safe fixes (half-width commas), so that the fix is a large rewrite.
        Path seed = TestRules.REPO.resolve("fixtures/seeds/002_382e9c090d7ee9d2.txt");
        byte[] draft = Files.readString(seed).replace('，', ',').repeat(30).getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("draft.txt");
        // A kill can leave the temporary file the fix was being written to beside the draft; the
        // draft itself is the old one or the whole new one.
        assertOldOrNew(List.of("fix", target.toString()), target, draft, (fresh, now) -> Arrays.equals(now, fresh));
    }

    private static int paragraphsOf(byte[] docx) {
        try {
            return new DocxReader().read("copy.docx", docx).lines().size();
        } catch (UnreadableInputException e) {
            return -1;
        }
    }

    private void assertOldOrNew(List<String> args, Path target, BiPredicate<byte[], byte[]> wholeNew) throws Exception {
        assertOldOrNew(args, target, OLD, wholeNew);
    }

    /** {@code target} holds {@code old} before each run; each kill must leave it so, or whole and new. */
    private void assertOldOrNew(List<String> args, Path target, byte[] old, BiPredicate<byte[], byte[]> wholeNew)
            throws Exception {
        Files.write(target, old);
        long full = System.nanoTime();
        Process whole = start(args);
        assertThat(whole.waitFor()).isBetween(0, 2);
        long runNanos = System.nanoTime() - full;
        byte[] fresh = Files.readAllBytes(target);
        assertThat(fresh).isNotEqualTo(old).isNotEmpty();

        for (int k = 1; k <= KILLS; k++) {
            Files.write(target, old);
            Process p = start(args);
            p.waitFor(runNanos * k / (KILLS + 1), TimeUnit.NANOSECONDS);
            p.destroyForcibly().waitFor();
            byte[] now = Files.readAllBytes(target);
            assertThat(Arrays.equals(now, old) || wholeNew.test(fresh, now))
                    .as("kill " + k + " of " + KILLS + " left " + now.length + " bytes, neither the old file nor the new one")
                    .isTrue();
        }
    }

    /** draftlint in a JVM of its own, so that it can be killed; rules cached to keep each run short. */
    private Process start(List<String> args) throws Exception {
        return DraftlintProcess.builder(args, dir.resolve("cache")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Enough drafts that the report is large and the run takes a while. */
    private Path drafts() throws Exception {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(TestRules.REPO.resolve("fixtures/seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).toList();
        }
        for (int copy = 0; copy < 20; copy++) {
            for (Path seed : seeds) Files.copy(seed, drafts.resolve(copy + "-" + seed.getFileName()));
        }
        return drafts;
    }

}
