package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static draftlint.testing.ReasonAssert.ENGLISH_SENTENCE;
import static draftlint.testing.ReasonAssert.HAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a file could not be checked is said in the report's language: every refused input of
 * {@code fixtures/bad-input/}, the generated ones and a missing file, checked with {@code --lang zh}
 * and {@code --lang en}, in the JSON {@code error}, the stderr line, the text report and SARIF.
 * The Chinese reasons hold Han characters and no English sentence; the English ones no Han.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReasonLanguageTest {
    @TempDir
    static Path dir;
    private static final List<String> inputs = new ArrayList<>();

    @BeforeAll
    static void inputs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("输入"));
        GeneratedBadInputs.fill(folder);
        inputs.add(folder.toString());
        inputs.add(dir.resolve("缺失的稿子.txt").toString()); // a Chinese file name: the en reason may carry Han there only
    }

    private static CliRun check(String lang, String format) {
        List<String> args = new ArrayList<>(List.of("check", "--no-cache", "--lang", lang, "--format", format));
        args.addAll(inputs);
        return CliRun.of(args);
    }

    @Test
    void chineseReasonsAreChineseEverywhere() {
        CliRun run = check("zh", "json");
        List<String> reasons = reasons(run);
        assertThat(reasons).hasSize(17 + 3 + 1);
        for (String reason : reasons) {
            assertThat(reason).containsPattern(HAN).doesNotContainPattern(ENGLISH_SENTENCE).doesNotContain("\n");
        }
        for (String line : stderrReasons(run)) assertThat(line).containsPattern(HAN).doesNotContainPattern(ENGLISH_SENTENCE);
        assertThat(reasons).contains("不是 Word 的 .docx 文件（.docx 应为 ZIP 压缩包）：请在 Word 中另存为 .docx",
                "文档设有密码：请在 Word 或 WPS 中取消密码后重新保存", "文件不存在：请检查文件名和路径");

        CliRun text = check("zh", "text");
        for (String reason : reasons) assertThat(text.out()).contains(": 无法检查: " + reason);
        CliRun sarif = check("zh", "sarif");
        for (String reason : reasons) assertThat(sarif.out()).contains("无法检查: " + reason);
    }

    @Test
    void englishReasonsHaveNoChinese() {
        CliRun run = check("en", "json");
        List<String> reasons = reasons(run);
        assertThat(reasons).hasSize(17 + 3 + 1).contains("not a Word .docx file (a .docx is a ZIP package; this is not one)",
                "no such file");
        for (String reason : reasons) assertThat(reason).doesNotContainPattern(HAN).doesNotContain("\n");
        for (String line : stderrReasons(run)) assertThat(line).doesNotContainPattern(HAN);
    }

    /** The JSON {@code error} of every file that could not be checked. */
    private static List<String> reasons(CliRun run) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode file : run.json().get("files")) {
            if (!file.get("error").isNull()) reasons.add(file.get("error").asText());
        }
        return reasons;
    }

    /** The stderr lines {@code draftlint: FILE: reason}, without their file: the name may be Chinese in any language. */
    private static List<String> stderrReasons(CliRun run) {
        List<String> lines = new ArrayList<>();
        for (JsonNode file : run.json().get("files")) {
            if (file.get("error").isNull()) continue;
            String prefix = "draftlint: " + file.get("path").asText() + ": ";
            List<String> matching = run.err().lines().filter(l -> l.startsWith(prefix)).toList();
            assertThat(matching).as(prefix).hasSize(1);
            lines.add(matching.get(0).substring(prefix.length()));
        }
        return lines;
    }
}
