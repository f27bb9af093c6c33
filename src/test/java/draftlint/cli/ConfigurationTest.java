package draftlint.cli;

import draftlint.testing.Cli;
import draftlint.testing.DocxBuilder;
import draftlint.testing.JsonRun;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static draftlint.testing.DocxBuilder.p;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code .draftlint.yml}: discovery from each file, precedence, and strictness. */
class ConfigurationTest {
    /**
     * Draws placeholder.masked-figure (line 2) and placeholder.todo-marker (line 3); its title names
     * no document kind, so no required-part check applies unless a kind is given.
     */
    private static final String DRAFT = "教育工作情况\n全市共有学校**所，比上年增加。\n下一步工作待补充。\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theNearestConfigurationAboveAFileGovernsIt() throws IOException {
        write(".draftlint.yml", "rules:\n  placeholder.masked-figure: off\n");
        write("sub/.draftlint.yml", "rules:\n  placeholder: warning\n");
        Path top = write("a.txt", DRAFT);
        Path deep = write("sub/deeper/b.txt", DRAFT);
        JsonRun run = JsonRun.check(top.toString(), deep.toString());
        assertThat(run.findings()).extracting(f -> f.path().endsWith("a.txt") + " " + f.rule() + " " + f.severity())
                .containsExactlyInAnyOrder(
                        "true placeholder.todo-marker error",
                        // sub/.draftlint.yml alone governs b.txt: the masked figure is back, as a warning
                        "false placeholder.masked-figure warning",
                        "false placeholder.todo-marker warning");
    }

    @Test
    void theCommandLineWinsOverTheConfiguration() throws IOException {
        write(".draftlint.yml", """
                rules:
                  placeholder.masked-figure: off
                kind: notice
                fail-on: never
                """);
        Path file = write("a.txt", DRAFT);
        JsonRun configured = JsonRun.check(file.toString());
        assertThat(configured.exit()).as("fail-on: never").isZero();
        assertThat(configured.root().at("/files/0/kind").asText()).isEqualTo("notice");
        assertThat(configured.findings("placeholder")).extracting(JsonRun.Found::rule).containsExactly("placeholder.todo-marker");

        JsonRun overridden = JsonRun.check("--enable", "placeholder.masked-figure", "--kind", "report", "--fail-on", "error",
                file.toString());
        assertThat(overridden.exit()).isEqualTo(1);
        assertThat(overridden.root().at("/files/0/kind").asText()).isEqualTo("report");
        assertThat(overridden.findings("placeholder")).extracting(JsonRun.Found::rule)
                .containsExactly("placeholder.masked-figure", "placeholder.todo-marker");
    }

    @Test
    void overridesSwitchRulesForMatchingFilesAndIgnoreSkipsFiles() throws IOException {
        write(".draftlint.yml", """
                ignore:
                  - "archive/**"
                  - "*.draft.md"
                overrides:
                  - files: ["old/**/*.txt"]
                    rules:
                      placeholder: off
                """);
        write("archive/2019/a.txt", DRAFT);
        write("notes/x.draft.md", DRAFT);
        write("old/2020/b.txt", DRAFT);
        write("new/c.txt", DRAFT);
        JsonRun run = JsonRun.check(dir.toString());
        assertThat(run.paths()).hasSize(2).noneMatch(p -> p.contains("archive") || p.endsWith(".draft.md"));
        assertThat(run.findings()).isNotEmpty().allMatch(f -> f.path().endsWith("new/c.txt"));
    }

    @Test
    void aGivenConfigurationReplacesDiscoveryAndNoConfigUsesNone() throws IOException {
        write(".draftlint.yml", "rules:\n  placeholder: off\n");
        Path other = write("elsewhere/strict.yml", "rules:\n  placeholder.todo-marker: info\n");
        Path file = write("a.txt", DRAFT);
        assertThat(JsonRun.check(file.toString()).findings()).isEmpty();
        assertThat(JsonRun.check("--config", other.toString(), file.toString()).findings())
                .extracting(f -> f.rule() + " " + f.severity())
                .containsExactly("placeholder.masked-figure error", "placeholder.todo-marker info");
        assertThat(JsonRun.check("--no-config", file.toString()).findings()).hasSize(2);
    }

    @Test
    void ruleFoldersAreRelativeToTheConfiguration() throws IOException {
        Files.createDirectories(dir.resolve("house-rules"));
        Files.copy(Cli.FIX_RULES.resolve("demo.drl"), dir.resolve("house-rules/demo.drl"));
        write("docs/.draftlint.yml", "rule-folders: [../house-rules]\n");
        Path file = write("docs/a.txt", "关于工作的通知\n一、目标TODO：全面推进。\n");
        assertThat(JsonRun.check(file.toString()).findings()).extracting(JsonRun.Found::rule).contains("demo.todo-in-english");
    }

    @Test
    void aFolderGivenByBothTheCommandLineAndTheConfigurationIsLoadedOnce() throws IOException {
        Files.createDirectories(dir.resolve("house-rules/kinds"));
        Files.copy(Cli.FIX_RULES.resolve("demo.drl"), dir.resolve("house-rules/demo.drl"));
        Files.copy(TestRules.REPO.resolve("fixtures/user-rules/kinds/minutes.kind"), dir.resolve("house-rules/kinds/minutes.kind"));
        write(".draftlint.yml", "rule-folders: [house-rules]\n");
        Path file = write("a.txt", "关于工作的通知\n一、目标TODO：全面推进。\n");
        // Its rules were always loaded once; its kinds were read twice and clashed with themselves.
        JsonRun run = JsonRun.check("--rules", dir.resolve("house-rules").toString(), "--kind", "minutes", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.root().at("/files/0/kind").asText()).isEqualTo("minutes");
        assertThat(run.findings()).extracting(JsonRun.Found::rule).contains("demo.todo-in-english");
    }

    @Test
    void aSeverityForAFamilyRegradesItWithoutWakingOptInRules() throws IOException {
        Path file = write("a.txt", "教育工作情况\n全市共有学校**所。\n");
        // text.simplified-character is off by default; a family severity must not switch it on.
        write(".draftlint.yml", "rules:\n  placeholder: info\n  text: info\n");
        assertThat(JsonRun.check(file.toString()).findings()).extracting(f -> f.rule() + " " + f.severity())
                .containsExactly("placeholder.masked-figure info");
        write(".draftlint.yml", "rules:\n  text.simplified-character: info\n");
        Path traditional = write("b.txt", "關於教育工作的調研報告\n全市學校發展很快，教育质量不斷提高。\n");
        assertThat(JsonRun.check(traditional.toString()).findings()).extracting(JsonRun.Found::rule)
                .contains("text.simplified-character");
    }

    @Test
    void badYamlIsAnErrorWithItsLine() throws IOException {
        write(".draftlint.yml", "rules:\n  placeholder: off\n kind: notice\n");
        Cli.Run run = Cli.run("check", "--no-cache", write("a.txt", DRAFT).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".draftlint.yml:3:").contains("not valid YAML");
    }

    @Test
    void anUnknownKeyIsAnErrorThatNamesIt() throws IOException {
        write(".draftlint.yml", "rules:\n  placeholder: off\nfail_on: warning\n");
        Path file = write("a.txt", DRAFT);
        Cli.Run run = Cli.run("check", "--no-cache", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".draftlint.yml").contains("unknown key 'fail_on'");
    }

    @Test
    void anUnknownRuleOrSettingIsAnErrorThatNamesIt() throws IOException {
        write(".draftlint.yml", "overrides:\n  - files: [\"*.txt\"]\n    rules:\n      placeholder.no-such: off\n");
        Path file = write("a.txt", DRAFT);
        Cli.Run unknownRule = Cli.run("check", "--no-cache", file.toString());
        assertThat(unknownRule.exit()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("'overrides[0].rules.placeholder.no-such' names no rule or family");

        write(".draftlint.yml", "rules:\n  placeholder: loud\n");
        Cli.Run badSetting = Cli.run("check", "--no-cache", file.toString());
        assertThat(badSetting.exit()).isEqualTo(2);
        assertThat(badSetting.err()).contains("'rules.placeholder' must be one of off, on, error, warning, info");
    }

    /**
     * Draws placeholder.masked-text on each "×" (line 2 twice, line 3 once) and text.doubled-word on
     * "推动推动" (line 3): "数据要素×" is a policy's name, "要素×" alone is not.
     */
    private static final String COINED = "教育工作情况\n实施数据要素×行动，推动数据要素×交通运输发展。\n推动要素×交通运输发展，推动推动各项工作。\n";

    @Test
    void anAcceptedWordSilencesEveryRuleWithinItAndNothingElse() throws IOException {
        Path file = write("a.txt", COINED);
        assertThat(JsonRun.check(file.toString()).findings()).extracting(f -> f.rule() + " " + f.line())
                .containsExactly("placeholder.masked-text 2", "placeholder.masked-text 2",
                        "placeholder.masked-text 3", "text.doubled-word 3");
        // "推动" is accepted too, but the doubled-word finding reaches past it: only findings
        // within an accepted word are dropped, not those that overlap one.
        write(".draftlint.yml", "accept:\n  - 数据要素×\n  - 推动\n");
        assertThat(JsonRun.check(file.toString()).findings()).extracting(f -> f.rule() + " " + f.line())
                .containsExactly("placeholder.masked-text 3", "text.doubled-word 3");
    }

    @Test
    void anAcceptedWordIsMatchedLiterallyAndNeverSilencesAWholeDocumentFinding() throws IOException {
        // A notice without addressee, signature or date draws whole-document findings at 1:1.
        Path file = write("a.txt", "关于推进数据要素×行动的通知\n各区要推动数据要素×发展。\n");
        write(".draftlint.yml", "kind: notice\naccept:\n  - 关于推进\n  - 數據要素×\n  - 数据要素x\n");
        // Neither the traditional spelling nor a Latin x stands for the word in the text.
        assertThat(JsonRun.check(file.toString()).findings()).extracting(f -> f.rule() + " " + f.line())
                .contains("structure.missing-part 1", "placeholder.masked-text 1", "placeholder.masked-text 2");
        write(".draftlint.yml", "kind: notice\naccept:\n  - 关于推进\n  - 数据要素×\n");
        assertThat(JsonRun.check(file.toString()).findings())
                .extracting(f -> f.rule() + " " + f.line())
                .contains("structure.missing-part 1")
                .doesNotContain("placeholder.masked-text 1", "placeholder.masked-text 2");
    }

    @Test
    void anOverrideAddsAcceptedWordsForItsFilesOnly() throws IOException {
        write(".draftlint.yml", """
                overrides:
                  - files: ["data/**"]
                    accept: [数据要素×]
                """);
        Path data = write("data/a.txt", COINED);
        Path other = write("b.txt", COINED);
        assertThat(JsonRun.check(data.toString(), other.toString()).findings("placeholder"))
                .extracting(f -> f.path().endsWith("a.txt") + " " + f.line())
                .containsExactlyInAnyOrder("true 3", "false 2", "false 2", "false 3");
    }

    @Test
    void inAWordDocumentAnAcceptedWordIsMatchedOnTheParagraphText() throws IOException {
        // Word splits text into runs where it likes; the paragraph is what is matched.
        Path file = dir.resolve("a.docx");
        Files.write(file, new DocxBuilder().body(p("教育工作情况"), p("实施数据要素", "×行动，推动要素×交通运输发展。")).bytes());
        write(".draftlint.yml", "accept: [数据要素×]\n");
        assertThat(JsonRun.check(file.toString()).findings("placeholder")).extracting(f -> f.rule() + " " + f.line())
                .containsExactly("placeholder.masked-text 2");
    }

    @Test
    void aBadAcceptedWordIsAnErrorNamingFileAndKey() throws IOException {
        Path file = write("a.txt", COINED);
        for (String[] bad : new String[][]{
                {"accept:\n  - 一网通办\n  - 2024\n", "'accept[1]' must be a word, not 2024"},
                {"accept:\n  - \"\"\n", "'accept[0]' is empty"},
                {"accept:\n  -\n", "'accept[0]' is empty"},
                {"accept: {数据要素: ×}\n", "'accept' must be a list of words"},
                {"overrides:\n  - files: [\"*.txt\"]\n    accept: [[数据要素×]]\n", "'overrides[0].accept[0]' must be a word"}}) {
            write(".draftlint.yml", bad[0]);
            Cli.Run run = Cli.run("check", "--no-cache", file.toString());
            assertThat(run.exit()).as(bad[0]).isEqualTo(2);
            assertThat(run.err().strip()).as(bad[0]).doesNotContain("\n")
                    .contains(dir.resolve(".draftlint.yml").toString()).contains(bad[1]);
        }
    }

    @Test
    void fixHonoursTheConfiguration() throws IOException {
        Files.createDirectories(dir.resolve("house-rules"));
        Files.copy(Cli.FIX_RULES.resolve("demo.drl"), dir.resolve("house-rules/demo.drl"));
        write(".draftlint.yml", "rule-folders: [house-rules]\nrules:\n  demo.todo-in-english: off\n");
        Path file = write("a.txt", "关于工作的通知\n一、目标TODO：全面推进。\n");
        Cli.Run run = Cli.run("fix", "--no-cache", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("TODO");
    }
}
