package draftlint.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard input is held to --max-size like a file, and read no further than that. */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a safety stop: reading the pipe to its end would hang
class StandardInputLimitTest {
    private static final long ENDLESS = 4L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void anEndlessPipeIsRefusedAfterTheLimitWithoutBeingReadToItsEnd() throws Exception {
        Process p = DraftlintProcess.builder(List.of("check", "--lang", "en", "--format", "json", "--max-size", "1MB", "-"),
                dir.resolve("cache")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] chunk = "一、加强组织领导，落实工作责任。\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream in = p.getOutputStream()) {
            while (written < ENDLESS) {
                in.write(chunk);
                written += chunk.length;
            }
        } catch (IOException closed) {
            // draftlint stopped reading and exited: the pipe is closed under the writer
        }
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(written).as("bytes written before draftlint closed the pipe").isLessThan(64L * 1024 * 1024);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err.strip()).isEqualTo("draftlint: -: refused: standard input holds more than the limit of 1 MB"
                + " (--max-size); a draft is far smaller: is this the right input?");
    }
}
