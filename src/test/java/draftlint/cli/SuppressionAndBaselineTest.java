package draftlint.cli;

import draftlint.testing.Cli;
import draftlint.testing.JsonRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression comments in Markdown, and baselines that survive inserted lines. */
class SuppressionAndBaselineTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void markdownCommentsSuppressRulesByIdOrFamily() throws IOException {
        Path file = write("a.md", """
                # 教育工作情况

                全市共有学校**所。

                <!-- draftlint-disable placeholder.masked-figure -->
                新建校舍**所。

                下一步工作待补充。
                <!-- draftlint-enable placeholder.masked-figure -->

                <!-- draftlint-disable-next-line placeholder -->
                改扩建XX所，其余待补充。
                新增学位XX个。

                <!-- draftlint-disable -->
                全部关闭：**所，待补充。
                <!-- draftlint-enable -->
                最后一行**所。
                """);
        JsonRun run = JsonRun.check("--no-config", file.toString());
        assertThat(run.findings()).extracting(f -> f.line() + " " + f.rule()).containsExactly(
                "3 placeholder.masked-figure",
                "8 placeholder.todo-marker",
                "13 placeholder.masked-figure",
                "18 placeholder.masked-figure");
    }

    @Test
    void commentsInPlainTextAreText() throws IOException {
        Path file = write("a.txt", "<!-- draftlint-disable -->\n全市共有学校**所。\n");
        assertThat(JsonRun.check("--no-config", file.toString()).findings()).hasSize(1);
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndSurvivesInsertedLines() throws IOException {
        Path file = write("old.txt", "教育工作情况\n全市共有学校**所，其中高中**所。\n下一步工作待补充。\n");
        Path baseline = dir.resolve("draftlint-baseline.json");

        Cli.Run written = Cli.run("check", "--no-cache", "--no-config", "--write-baseline", baseline.toString(), file.toString());
        assertThat(written.exit()).as("the run that writes a baseline passes").isZero();
        assertThat(written.err()).contains("3 findings recorded");
        assertThat(JsonRun.check("--no-config", "--baseline", baseline.toString(), file.toString()).findings()).isEmpty();

        // Lines inserted above move every finding down: the baseline still knows them.
        Files.writeString(file, "教育工作情况\n（二〇二三年）\n\n一、基本情况\n全市共有学校**所，其中高中**所。\n下一步工作待补充。\n",
                StandardCharsets.UTF_8);
        JsonRun moved = JsonRun.check("--no-config", "--baseline", baseline.toString(), file.toString());
        assertThat(moved.findings()).isEmpty();
        assertThat(moved.exit()).isZero();

        // A new finding is reported, and so is a third copy of a problem the baseline has two of.
        Files.writeString(file, "教育工作情况\n（二〇二三年）\n\n一、基本情况\n全市共有学校**所，其中高中**所。\n"
                + "新增学位**个。\n下一步工作待补充。\n", StandardCharsets.UTF_8);
        JsonRun grown = JsonRun.check("--no-config", "--baseline", baseline.toString(), file.toString());
        assertThat(grown.findings()).extracting(f -> f.line() + " " + f.rule()).containsExactly("6 placeholder.masked-figure");
        assertThat(grown.exit()).isEqualTo(1);
    }

    /** Issue 15: a whole-document finding sits at 1:1, but what line 1 says is not what it is about. */
    @Test
    void aBaselineKeepsAWholeDocumentFindingWhenALineIsAddedAtTheTop() throws IOException {
        String seed = Files.readString(Path.of("fixtures/seeds/002_382e9c090d7ee9d2.txt"), StandardCharsets.UTF_8);
        Path file = write("seed.txt", seed);
        Path baseline = dir.resolve("draftlint-baseline.json");
        Cli.run("check", "--no-cache", "--no-config", "--write-baseline", baseline.toString(), file.toString());
        assertThat(Files.readString(baseline)).contains("punctuation.half-width-throughout");

        // One more half-width mark changes the count in its message, not what it is.
        Files.writeString(file, "本报告供内部讨论。\n" + seed + "\n另见附表,不再列出。\n", StandardCharsets.UTF_8);
        JsonRun edited = JsonRun.check("--no-config", "--baseline", baseline.toString(), file.toString());
        assertThat(edited.findings()).extracting(JsonRun.Found::rule).doesNotContain("punctuation.half-width-throughout");
    }

    @Test
    void aMissingBaselineIsAUsageError() throws IOException {
        Path file = write("a.txt", "全市共有学校**所。\n");
        Cli.Run run = Cli.run("check", "--no-cache", "--baseline", dir.resolve("nope.json").toString(), file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such baseline file");
    }
}
