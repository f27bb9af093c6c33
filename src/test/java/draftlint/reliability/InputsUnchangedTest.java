package draftlint.reliability;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * draftlint only reads the drafts it checks: after every command, with every output option, each
 * input file has the checksum it had before. The one exception is {@code fix} without
 * {@code --dry-run}, whose work is to change them.
 */
class InputsUnchangedTest {
    @TempDir
    Path dir;
    private Path drafts;
    private Path out;
    private Map<String, String> before;

    @BeforeEach
    void copyDrafts() throws Exception {
        drafts = Files.createDirectories(dir.resolve("drafts"));
        out = Files.createDirectories(dir.resolve("out"));
        for (String folder : new String[]{"seeds", "clean", "word", "bad-input"}) {
            Path target = Files.createDirectories(drafts.resolve(folder));
            try (Stream<Path> files = Files.list(TestRules.REPO.resolve("fixtures").resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        before = Checksums.of(drafts);
        assertThat(before).hasSizeGreaterThan(20);
    }

    private void assertUnchangedAfter(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isBetween(0, 2);
        assertThat(Checksums.of(drafts)).as("after " + String.join(" ", args)).isEqualTo(before);
    }

    @Test
    void checkInEveryFormatLeavesTheInputsAlone() {
        assertUnchangedAfter("check", "--no-cache", drafts.toString());
        assertUnchangedAfter("check", "--no-cache", "--format", "json", "--jobs", "1", drafts.toString());
        assertUnchangedAfter("check", "--no-cache", "--lang", "en", "--fail-on", "info", "--enable", "text", drafts.toString());
        assertUnchangedAfter("check", "--no-cache", "--format", "json", "--output", out.resolve("report.json").toString(),
                drafts.toString());
        assertThat(out.resolve("report.json")).isNotEmptyFile();
    }

    @Test
    void annotatedCopiesLeaveTheDraftsAlone() throws Exception {
        Path docx = drafts.resolve("word/000_76c963bfc8d7165d.docx");
        assertUnchangedAfter("check", "--no-cache", "--annotate", out.resolve("one.docx").toString(), docx.toString());
        assertUnchangedAfter("check", "--no-cache", "--annotate-dir", out.resolve("all").toString(), drafts.toString());
        assertThat(out.resolve("one.docx")).isNotEmptyFile();
        assertThat(out.resolve("all/word/000_76c963bfc8d7165d.docx")).isNotEmptyFile();
    }

    @Test
    void baselinesAndDryRunFixesLeaveTheInputsAlone() {
        Path baseline = out.resolve("baseline.json");
        assertUnchangedAfter("check", "--no-cache", "--write-baseline", baseline.toString(), drafts.toString());
        assertThat(baseline).isNotEmptyFile();
        assertUnchangedAfter("check", "--no-cache", "--baseline", baseline.toString(), drafts.toString());
        assertUnchangedAfter("fix", "--no-cache", "--dry-run", drafts.toString());
    }

    @Test
    void fixWithoutDryRunChangesOnlyWhatItFixes() {
        CliRun r = CliRun.of("fix", "--no-cache", drafts.resolve("clean").toString());
        assertThat(r.exit()).as(r.err()).isBetween(0, 2);
        Map<String, String> after = Checksums.of(drafts);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, sum) -> {
            if (!path.startsWith("clean")) assertThat(sum).as(path + " was not given to fix").isEqualTo(before.get(path));
        });
    }

    @Test
    void rulesAndUsageErrorsLeaveTheInputsAlone() {
        assertUnchangedAfter("rules", "--no-cache");
        assertUnchangedAfter("check", "--no-cache", "--kind", "poem", drafts.toString());
    }

    @Test
    void aReportIsNeverWrittenOverADraft() {
        Path draft = drafts.resolve("clean/speech.md");
        CliRun r = CliRun.of("check", "--no-cache", "--output", draft.toString(), drafts.resolve("clean").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--output would replace the draft " + draft);
        assertThat(Checksums.of(drafts)).isEqualTo(before);
    }
}
