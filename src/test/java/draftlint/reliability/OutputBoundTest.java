package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What draftlint prints is bounded by what it reads, whatever the input: one line of the same
 * doubled word repeated (the shape that once wrote 47 GB of JSON for a 6 MB file) gives one
 * finding with a short excerpt in every format, and a run whose reader has gone stops at once.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OutputBoundTest {
    /** 今年 + 推进 × 20,000 + 。: 40,003 characters on one line, 120 KB. */
    private static final String ONE_LINE = "今年" + "推进".repeat(20_000) + "。";

    @TempDir
    Path dir;

    @Test
    void aLineOfOneDoubledWordGivesOneFindingWithAShortExcerptInEveryFormat() throws Exception {
        Path draft = dir.resolve("one-line.txt");
        Files.writeString(draft, ONE_LINE);
        Path clean = dir.resolve("clean.txt");
        Files.writeString(clean, "今年推进。");
        long input = Files.size(draft);
        for (String format : List.of("json", "sarif", "text", "github", "html")) {
            long output = size(format, draft);
            // What a report holds whatever it finds (SARIF lists every rule with its help).
            long fixed = size(format, clean);
            // The HTML report shows the document itself once; every other format only findings.
            long bound = fixed + (format.equals("html") ? 2 * input : 0) + 16 * 1024;
            assertThat(output).as(format + " output for a " + input + "-byte line").isLessThanOrEqualTo(bound);
        }
        JsonNode findings = CliRun.of("check", "--format", "json", "--fail-on", "never", draft.toString())
                .json().get("files").get(0).get("findings");
        List<String> doubled = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals("text.doubled-word")) doubled.add(f.get("line") + ":" + f.get("column")
                    + "-" + f.get("endLine") + ":" + f.get("endColumn"));
            String excerpt = f.get("excerpt").asText();
            assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(200);
            assertThat(excerpt).endsWith("…");
        }
        assertThat(doubled).as("one run of one rule is one finding").containsExactly("1:3-1:40003");
    }

    private static long size(String format, Path draft) {
        CliRun run = CliRun.of("check", "--format", format, "--fail-on", "never", draft.toString());
        return run.out().getBytes(StandardCharsets.UTF_8).length;
    }

    /** A pipe closed by its reader ({@code | head -c 1000}) ends the run, which would otherwise check every file. */
    @Test
    void aRunWhoseOutputIsClosedStopsAtOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        String draft = Files.readString(Path.of("fixtures/seeds/000_76c963bfc8d7165d.txt"));
        for (int i = 0; i < 3000; i++) Files.writeString(folder.resolve(String.format("%04d.txt", i)), draft);
        Process p = DraftlintProcess.builder(List.of("check", "--fail-on", "never", "--jobs", "1", folder.toString()),
                dir.resolve("cache")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream out = p.getInputStream()) {
            assertThat(out.readNBytes(1000)).hasSize(1000);
        }
        long closed = System.nanoTime();
        // 3,000 drafts take minutes to check; a run that notices the closed pipe ends within seconds.
        boolean ended = p.waitFor(20, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        assertThat(ended).as("draftlint ended within 20 s of its output being closed").isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        System.out.printf("closed pipe: draftlint ended %d ms after its reader%n", (System.nanoTime() - closed) / 1_000_000);
    }
}
