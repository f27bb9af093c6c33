package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as CI scripts use it: exit codes, options and the JSON contract. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void exitCodeFollowsFailOn() throws Exception {
        Path masked = write("masked.txt", "全市新增学位**个。\n");
        Path clean = write("clean.txt", "全市新增学位1200个。\n");
        assertThat(run("check", "--no-cache", clean.toString()).exit()).isZero();
        assertThat(run("check", "--no-cache", masked.toString()).exit()).isEqualTo(1);
        assertThat(run("check", "--no-cache", "--fail-on", "never", masked.toString()).exit()).isZero();
        assertThat(run("check", "--no-cache", "--disable", "placeholder", masked.toString()).exit()).isZero();
        assertThat(run("check", "--no-cache", "--disable", "placeholder.masked-figure", masked.toString()).exit()).isZero();
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path file = write("docs/report.txt", "关于推动教育现代化工作的调研报告\n近年来，**市新增学位**个，占比**%。\n");
        Run r = run("check", "--no-cache", "--format", "json", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode json = r.json();
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asText()).isEqualTo("draftlint");
        assertThat(json.at("/tool/version").asText()).isNotBlank();
        JsonNode f = json.at("/files/0");
        assertThat(f.get("path").asText()).isEqualTo(file.toString());
        assertThat(f.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(f.get("kind").asText()).isEqualTo("report");
        assertThat(f.get("error").isNull()).isTrue();
        JsonNode findings = f.get("findings");
        assertThat(findings).hasSize(3);
        JsonNode first = findings.get(0);
        assertThat(first.get("rule").asText()).isEqualTo("placeholder.masked-name");
        assertThat(first.get("family").asText()).isEqualTo("placeholder");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").asInt()).isEqualTo(5);
        assertThat(first.get("endLine").asInt()).isEqualTo(2);
        assertThat(first.get("endColumn").asInt()).isEqualTo(7);
        assertThat(first.get("message").asText()).contains("**市").contains("地名");
        assertThat(first.get("suggestion").asText()).isNotBlank();
        assertThat(first.has("fix")).isTrue();
        assertThat(first.get("excerpt").asText()).isEqualTo("近年来，**市新增学位**个，占比**%。");
        int lastColumn = 0;
        for (JsonNode finding : findings) {
            assertThat(finding.get("column").asInt()).isGreaterThan(lastColumn);
            lastColumn = finding.get("column").asInt();
        }
        JsonNode summary = json.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isZero();
        assertThat(summary.get("findings").asInt()).isEqualTo(3);
        assertThat(summary.get("error").asInt()).isEqualTo(3);
        assertThat(summary.get("warning").asInt()).isZero();
        assertThat(summary.get("info").asInt()).isZero();
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillChecked() throws Exception {
        write("a/good.txt", "全市新增学位**个。\n");
        Files.write(dir.resolve("a/broken.txt"), new byte[]{'%', 'P', 'D', 'F', '-', '1'});
        // Reasons follow --lang (Chinese by default; ReasonLanguageTest): asserted here in English.
        Run r = run("check", "--no-cache", "--lang", "en", "--format", "json", dir.resolve("a").toString(), dir.resolve("missing.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode files = r.json().get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("path").asText()).endsWith("broken.txt");
        assertThat(files.get(0).get("error").asText()).contains("PDF");
        assertThat(files.get(1).get("findings")).hasSize(1);
        assertThat(files.get(2).get("error").asText()).isEqualTo("no such file");
        assertThat(r.json().at("/summary/failed").asInt()).isEqualTo(2);
        assertThat(r.err()).contains("broken.txt: not a text file").contains("missing.txt: no such file");
        assertThat(r.err().lines()).allMatch(l -> !l.contains("Exception"));
    }

    @Test
    void textReportShowsWhereAndWhatInChineseOrEnglish() throws Exception {
        Path file = write("speech.txt", "同志们：\n此次会议旨在深入学习贯彻_总书记关于教育的重要论述。\n");
        Run zh = run("check", "--no-cache", file.toString());
        assertThat(zh.out()).contains(file + ":2:13: 错误[placeholder.masked-name] “_总书记”中的人名被遮盖")
                .contains("= 建议: 填入完整的人名")
                .contains("共检查 1 个文件，发现 1 处问题");
        // The caret stands under the underscore, counting Chinese characters as two columns.
        String source = zh.out().lines().filter(l -> l.startsWith("2 | ")).findFirst().orElseThrow();
        String carets = zh.out().lines().filter(l -> l.matches("  \\| +\\^")).findFirst().orElseThrow();
        assertThat(source).contains("学习贯彻_总书记");
        assertThat(carets.indexOf('^')).isEqualTo(displayWidth(source.substring(0, source.indexOf('_'))));
        Run en = run("check", "--no-cache", "--lang", "en", file.toString());
        assertThat(en.out()).contains("error[placeholder.masked-name] the person's name in \"_总书记\" is masked")
                .contains("1 file checked: 1 finding (1 error, 0 warnings, 0 info)");
    }

    private static int displayWidth(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0xFF00 && cp <= 0xFF60 ? 2 : 1).sum();
    }

    @Test
    void readsStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("请于**月**日前报送。\n".getBytes(StandardCharsets.UTF_8)));
            Run r = run("check", "--no-cache", "--format", "json", "-");
            assertThat(r.json().at("/files/0/path").asText()).isEqualTo("-");
            // One blank date (**月**日) is one finding over both of its masks.
            assertThat(r.json().at("/files/0/findings")).hasSize(1);
            assertThat(r.json().at("/files/0/findings/0/rule").asText()).isEqualTo("placeholder.masked-figure");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void userRulesLoadBesideTheBuiltInOnes() throws Exception {
        write("rules/custom.drl", """
                package my.rules;
                dialect "mvel"
                import draftlint.fact.Placeholder;
                import draftlint.fact.Finding;
                rule "house.no-asterisks"
                    @severity(warning)
                    @description("Our house style forbids asterisks")
                    @message_zh("不得使用星号“{mask}”")
                when
                    $p : Placeholder( form == "asterisk" )
                then
                    insert(Finding.of(drools.getRule(), $p.span).arg("mask", $p.text));
                end
                """);
        Path file = write("d.txt", "全市新增学位**个。\n");
        Run r = run("check", "--no-cache", "--format", "json", "--rules", dir.resolve("rules").toString(), file.toString());
        assertThat(r.json().at("/files/0/findings").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("placeholder.masked-figure", "house.no-asterisks");
        assertThat(run("rules", "--no-cache", "--rules", dir.resolve("rules").toString()).out())
                .contains("house.no-asterisks").contains("Our house style forbids asterisks");
    }

    @Test
    void aRuleFileThatDoesNotCompileIsOneClearErrorWithFileAndLine() throws Exception {
        write("bad/broken.drl", "package my.rules;\n\nrule \"house.broken\"\nwhen\n    $p : Placeholder( \nthen\nend\n");
        Path file = write("d.txt", "正文。\n");
        Run r = run("check", "--no-cache", "--rules", dir.resolve("bad").toString(), file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("draftlint: " + dir.resolve("bad") + "/broken.drl:");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("check").exit()).isEqualTo(2);
        assertThat(run("check", "--lang", "fr", "x.txt").exit()).isEqualTo(2);
        assertThat(run("check", "--disable", "no.such-rule", "x.txt").exit()).isEqualTo(2);
        assertThat(run("check", "--kind", "poem", "x.txt").exit()).isEqualTo(2);
    }

    @Test
    void rulesListsEveryRuleWithFamilySeverityAndDescription() {
        Run r = run("rules", "--no-cache");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("placeholder\\.masked-figure\\s+placeholder\\s+error\\s+A number");
    }

    @Test
    void aWindowsConsoleIsWrittenInItsCodePageAndEverythingElseInUtf8() {
        String property = "draftlint.test.console-encoding"; // stands for sun.stdout.encoding
        try {
            assertThat(Main.consoleCharset(property)).as("a pipe, a file, Linux, macOS").isEqualTo(StandardCharsets.UTF_8);
            System.setProperty(property, "cp936");
            assertThat(Main.consoleCharset(property).name()).isEqualTo("GBK");
            assertThat(Main.consoleCharset(property).newEncoder().canEncode("关于开展教育工作的通知")).isTrue();
            System.setProperty(property, "UTF-8");
            assertThat(Main.consoleCharset(property)).isEqualTo(StandardCharsets.UTF_8);
            System.setProperty(property, "cp65001x");
            assertThat(Main.consoleCharset(property)).as("a code page Java cannot write").isEqualTo(StandardCharsets.UTF_8);
        } finally {
            System.clearProperty(property);
        }
    }
}
