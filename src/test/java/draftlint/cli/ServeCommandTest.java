package draftlint.cli;

import draftlint.reliability.DraftlintProcess;
import draftlint.testing.Cli;
import draftlint.testing.ServedDrafts;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draftlint serve} as a user starts it: its own JVM, the address as its first line. */
class ServeCommandTest {
    @TempDir
    Path cache;

    @Test
    void servePrintsItsAddressFirstAndAnswersThere() throws Exception {
        Process server = DraftlintProcess.builder(List.of("serve", "--port", "0"), cache)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (Exception e) {
                    return null;
                }
            }).get(120, TimeUnit.SECONDS);
            assertThat(first).matches("http://127\\.0\\.0\\.1:\\d+/");
            URI address = URI.create(first);
            ServedDrafts client = new ServedDrafts(address);
            assertThat(client.get("/").body()).contains("draftlint");
            Path seed = TestRules.REPO.resolve("fixtures/seeds/000_76c963bfc8d7165d.txt");
            HttpResponse<byte[]> answer = client.post("/api/check", new ServedDrafts.Form().file("a.txt", Files.readAllBytes(seed)));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"placeholder.masked-name\"");

            // The same port again: one line saying why (Chinese unless --lang en), exit 2, and the
            // first server unharmed.
            for (String lang : List.of("zh", "en")) {
                Process second = DraftlintProcess.builder(List.of("serve", "--lang", lang, "--port", String.valueOf(address.getPort())), cache)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).isEqualTo(2);
                String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(err.lines().filter(l -> l.startsWith("draftlint:"))).singleElement().asString()
                        .contains(lang.equals("zh") ? "无法在 127.0.0.1:" + address.getPort() + " 启动检查服务：这个端口已被别的程序占用"
                                : "cannot listen on 127.0.0.1:" + address.getPort() + ": the address is in use")
                        .contains("--port 0");
            }
            assertThat(client.get("/api/rules").statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port 须在 0 到 65535 之间，不能是 70000");
        assertThat(Cli.run("serve", "--lang", "en", "--port", "70000").err()).contains("--port must be between 0 and 65535, not 70000");
    }
}
