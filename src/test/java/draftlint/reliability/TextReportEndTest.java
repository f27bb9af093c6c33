package draftlint.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text report's last line ends with a line end, also when a message on standard error follows
 * it on the same terminal (issue 15: {@code …提示 0）draftlint: base.json: 108 findings recorded}).
 */
class TextReportEndTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryEndsItsLineBeforeTheNextMessage() throws Exception {
        Path baseline = dir.resolve("base.json");
        Process p = DraftlintProcess.builder(List.of("check", "--write-baseline", baseline.toString(),
                "fixtures/seeds/002_382e9c090d7ee9d2.txt"), dir.resolve("cache")).redirectErrorStream(true).start();
        String both = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(both).endsWith(" findings recorded\n").containsPattern("提示 \\d+）\ndraftlint: ");
    }

    @Test
    void theReportAloneEndsWithALineEnd() {
        CliRun run = CliRun.of("check", "--fail-on", "never", "fixtures/seeds/002_382e9c090d7ee9d2.txt");
        assertThat(run.out()).endsWith("）\n");
    }
}
