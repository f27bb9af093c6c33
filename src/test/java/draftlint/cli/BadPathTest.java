package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import draftlint.engine.Batch;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.RuleSelection;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Paths that are not there, cannot be read, loop, or vanish mid-run: one line each, the rest checked. */
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a safety stop: a walk that loops must fail, not hang
class BadPathTest {
    @TempDir
    Path dir;

    private record Run(int exit, JsonNode json, String err) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, new ObjectMapper().readTree(out.toString()), err.toString());
    }

    private Path good() throws Exception {
        return Files.writeString(dir.resolve("good.txt"), "全市新增学位**个。\n");
    }

    @Test
    void aMissingFileIsNamedAndTheOthersAreChecked() throws Exception {
        Path good = good();
        Run r = run("check", "--lang", "en", "--no-cache", "--format", "json", dir.resolve("missing.txt").toString(), good.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/files/0/error").asText()).isEqualTo("no such file");
        assertThat(r.json().at("/files/1/findings")).hasSize(1);
        assertThat(r.err().strip()).isEqualTo("draftlint: " + dir.resolve("missing.txt") + ": no such file");
    }

    @Test
    void aFileWithoutReadPermissionIsNamed() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "正文。\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "this user reads files whatever their mode (root); "
                + "aFileThatFailsToReadIsNamed covers a read error for root");
        Run r = run("check", "--lang", "en", "--no-cache", "--format", "json", locked.toString(), good().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/files/0/error").asText()).isEqualTo("permission denied");
        assertThat(r.json().at("/files/1/findings")).hasSize(1);
    }

    @Test
    void aFileThatFailsToReadIsNamed() throws Exception {
        // Reading /proc/self/mem from its start fails with an I/O error for every user, root too.
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs Linux /proc to make a file whose reading fails");
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), mem);
        Run r = run("check", "--lang", "en", "--no-cache", "--format", "json", broken.toString(), good().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/files/0/error").asText()).startsWith("cannot read the file: ");
        assertThat(r.json().at("/files/1/findings")).hasSize(1);
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("draftlint: " + broken + ": cannot read");
        Files.delete(broken); // the link only: @TempDir would warn about a link leading outside it
    }

    @Test
    void aFolderWithASymlinkLoopIsWalkedOnceAndEnds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts/sub"));
        Files.writeString(folder.resolve("a.txt"), "全市新增学位**个。\n");
        Files.createSymbolicLink(folder.resolve("loop"), dir.resolve("drafts"));
        Run r = run("check", "--lang", "en", "--no-cache", "--format", "json", dir.resolve("drafts").toString());
        // The loop is skipped as git and ripgrep skip it: it is not a draft that could not be read.
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("files")).hasSize(1);
        assertThat(r.json().at("/files/0/path").asText()).endsWith("sub/a.txt");
    }

    @Test
    void aFileThatVanishesDuringTheRunIsNamedAndTheOthersAreChecked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drafts"));
        for (String name : new String[]{"a.txt", "b.txt", "c.txt"}) {
            Files.writeString(folder.resolve(name), "全市新增学位**个。\n");
        }
        List<Input> inputs = InputWalker.walk(List.of(folder.toString()));
        Files.delete(folder.resolve("b.txt")); // after the walk found it, before it is read
        Checker checker = new Checker(TestRules.book(), RuleSelection.defaults(), Language.ZH, "auto");
        List<FileReport> reports = new ArrayList<>();
        new Batch(checker, 2).run(inputs, (input, report) -> reports.add(report));
        // The reason is in the checker's language (Chinese here, as by default).
        assertThat(reports).extracting(FileReport::error).containsExactly(null, "文件不存在：请检查文件名和路径", null);
        assertThat(reports.get(2).diagnostics()).hasSize(1);
    }
}
