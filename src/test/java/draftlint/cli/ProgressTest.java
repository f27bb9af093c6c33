package draftlint.cli;

import draftlint.testing.Cli;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress on standard error: only on a terminal, never under CI=true or --no-progress; wiped before each report. */
class ProgressTest {
    @Test
    void onlyOnATerminalOutsideCiUnlessTurnedOff() {
        assertThat(Progress.wanted(false, Map.of(), true)).isTrue();
        assertThat(Progress.wanted(true, Map.of(), true)).as("--no-progress").isFalse();
        assertThat(Progress.wanted(false, Map.of("CI", "true"), true)).as("CI=true").isFalse();
        assertThat(Progress.wanted(false, Map.of(), false)).as("a pipe or a file").isFalse();
    }

    @Test
    void aRunLongerThanAMomentShowsFilesDoneOfTotalAndTheCurrentFileThenWipesIt() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.always(new PrintWriter(err), List.of("a.txt", "b/c.txt", "d.docx"))) {
            progress.pause();
            progress.fileDone();
            assertThat(err.toString()).as("nothing in the first moment").isEmpty();
            Thread.sleep(Progress.DELAY_MS + 500);
            assertThat(err.toString()).contains("\r[1/3] b/c.txt");
            progress.pause(); // a report is about to be printed
            assertThat(err.toString()).endsWith("\r\u001B[K");
        }
    }

    @Test
    void noProgressIsAnOptionOfCheckAndAPipeGetsNone() throws Exception {
        Cli.Run run = Cli.run("check", "--no-progress", "--fail-on", "never", "fixtures/seeds/002_382e9c090d7ee9d2.txt");
        assertThat(run.exit()).as(run.err()).isZero();
        Cli.Run piped = Cli.run("check", "--fail-on", "never", "fixtures/seeds");
        assertThat(piped.err()).doesNotContain("[1/");
    }
}
