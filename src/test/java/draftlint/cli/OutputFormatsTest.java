package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import draftlint.testing.Cli;
import draftlint.testing.JsonRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The formats from the command line, on real findings: each agrees with the JSON report of the same run. */
class OutputFormatsTest {
    private static final String DRAFT = "关于教育工作的调研报告\n全市共有学校**所，占比**%。\n一、目标TODO：全面推进。\n下一步工作待补充。\n";

    @TempDir
    Path dir;

    private String[] args(Path file, String format) {
        return new String[]{"check", "--no-cache", "--no-config", "--rules", Cli.FIX_RULES.toString(), "--format", format,
                file.toString()};
    }

    private Path draft() throws Exception {
        Path file = dir.resolve("报告.txt");
        Files.writeString(file, DRAFT, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void sarifFromTheCommandLineIsValidAndMatchesTheJson() throws Exception {
        Path file = draft();
        List<JsonRun.Found> json = JsonRun.check("--no-config", "--rules", Cli.FIX_RULES.toString(), file.toString()).findings();
        Cli.Run run = Cli.run(args(file, "sarif"));
        assertThat(run.exit()).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        try (InputStream schema = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(sarif)).isEmpty();
        }
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(json.size());
        assertThat(results.findValuesAsText("ruleId")).containsExactlyElementsOf(json.stream().map(JsonRun.Found::rule).toList());
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id")).contains("demo.todo-in-english", "placeholder.masked-figure");
        JsonNode withFix = null;
        for (JsonNode r : results) if (r.has("fixes")) withFix = r;
        assertThat(withFix).isNotNull();
        assertThat(withFix.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText()).isEqualTo("待办");
    }

    @Test
    void githubAnnotationsMatchTheJson() throws Exception {
        Path file = draft();
        List<JsonRun.Found> json = JsonRun.check("--no-config", "--rules", Cli.FIX_RULES.toString(), file.toString()).findings();
        Cli.Run run = Cli.run(args(file, "github"));
        List<String> commands = run.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(commands).hasSize(json.size());
        for (int i = 0; i < commands.size(); i++) {
            JsonRun.Found f = json.get(i);
            assertThat(commands.get(i)).startsWith("::" + (f.severity().equals("info") ? "notice" : f.severity()) + " file=")
                    .contains(",line=" + f.line() + ",").contains(",title=" + f.rule() + "::");
        }
    }

    @Test
    void htmlGoesToTheOutputFileWithAMarkPerFinding() throws Exception {
        Path file = draft();
        Path html = dir.resolve("report.html");
        List<JsonRun.Found> json = JsonRun.check("--no-config", "--rules", Cli.FIX_RULES.toString(), file.toString()).findings();
        Cli.Run run = Cli.run("check", "--no-cache", "--no-config", "--rules", Cli.FIX_RULES.toString(), "--format", "html",
                "--output", html.toString(), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>");
        for (int i = 0; i < json.size(); i++) {
            assertThat(page).contains("id=\"f0-" + i + "\" data-finding=\"f0-" + i + "\" data-family=\"" + json.get(i).rule().split("\\.")[0]);
        }
    }

    @Test
    void aWordDraftsHeaderNamesNoEncodingATextDraftsDoes() throws Exception {
        Path text = draft();
        Path word = dir.resolve("报告.docx");
        Files.copy(Path.of("fixtures/word/numbered-report.docx"), word);
        Path binary = dir.resolve("报告.DOC");
        Files.copy(Path.of("fixtures/word/numbered-report.doc"), binary);
        Path html = dir.resolve("report.html");
        Cli.Run run = Cli.run("check", "--no-config", "--format", "text", text.toString(), word.toString(), binary.toString());
        assertThat(run.out()).contains(text + "  文种").contains(word + "  文种").contains(binary + "  文种");
        assertThat(run.out().lines().filter(l -> l.startsWith(text + "  "))).singleElement().asString().contains("编码: UTF-8");
        assertThat(run.out().lines().filter(l -> l.startsWith(word + "  "))).singleElement().asString().doesNotContain("编码");
        assertThat(run.out().lines().filter(l -> l.startsWith(binary + "  "))).singleElement().asString().doesNotContain("编码");
        Cli.run("check", "--no-config", "--format", "html", "--output", html.toString(), text.toString(), word.toString(), binary.toString());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).containsOnlyOnce("编码：UTF-8");
    }
}
