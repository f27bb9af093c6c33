package draftlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Fingerprint;
import draftlint.engine.Language;
import draftlint.engine.RuleGuide;
import draftlint.engine.RuleSource;
import draftlint.testing.TestRules;
import draftlint.testing.SampleReports;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF report, parsed and validated against the official SARIF 2.1.0 schema (shipped in test resources). */
class SarifReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode render(FileReport... reports) throws Exception {
        StringWriter text = new StringWriter();
        Reporter reporter = new SarifReporter(new PrintWriter(text), "0.1.0", SampleReports.rules(),
                new RuleHelp(RuleGuide.of(List.of()), Language.ZH), Language.ZH);
        Summary summary = new Summary();
        for (FileReport r : reports) {
            summary.add(r);
            reporter.file(r);
        }
        reporter.finish(summary);
        return JSON.readTree(text.toString());
    }

    static Set<ValidationMessage> validate(JsonNode sarif) throws Exception {
        try (InputStream schema = SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            return validator.validate(sarif);
        }
    }

    @Test
    void isValidSarif210() throws Exception {
        JsonNode sarif = render(SampleReports.withEveryFamily(), SampleReports.unreadable());
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        // Guards the guard: a schema that accepted anything would make the test above worthless.
        JsonNode sarif = render(SampleReports.withEveryFamily());
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").get(0)).put("columnKind", "bytes");
        assertThat(validate(sarif)).isNotEmpty();
    }

    /** Issue 15: under --lang zh, 32 of 50 descriptions were English, help mixed both, short = full, no informationUri. */
    @Test
    void aChineseRunDescribesEveryBuiltInRuleInChinese() throws Exception {
        StringWriter text = new StringWriter();
        Reporter reporter = new SarifReporter(new PrintWriter(text), "0.1.0", TestRules.book().rules(),
                new RuleHelp(RuleGuide.of(RuleSource.builtIn()), Language.ZH), Language.ZH);
        reporter.finish(new Summary());
        JsonNode sarif = JSON.readTree(text.toString());
        assertThat(validate(sarif)).isEmpty();
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.path("informationUri").asText()).startsWith("file:/").endsWith("/README.md");
        assertThat(driver.path("rules")).hasSizeGreaterThanOrEqualTo(50);
        for (JsonNode rule : driver.path("rules")) {
            String id = rule.path("id").asText();
            String shortText = rule.at("/shortDescription/text").asText();
            String fullText = rule.at("/fullDescription/text").asText();
            String help = rule.at("/help/text").asText();
            String english = TestRules.book().rule(id).orElseThrow().description();
            assertThat(shortText).as(id).containsPattern("\\p{IsHan}").isNotEqualTo(english);
            assertThat(fullText).as(id).isNotEqualTo(shortText).startsWith(shortText).doesNotContain(english);
            assertThat(help).as(id).contains(shortText).doesNotContain(english).doesNotContain("为什么");
        }
    }

    @Test
    void describesEveryRuleWithHelpAndDefaultLevel() throws Exception {
        JsonNode rules = render(SampleReports.withEveryFamily()).at("/runs/0/tool/driver/rules");
        assertThat(rules).hasSize(SampleReports.FAMILIES.size());
        for (JsonNode rule : rules) {
            assertThat(rule.path("id").asText()).endsWith(".sample");
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).contains(rule.path("id").asText());
            assertThat(rule.at("/help/markdown").asText()).contains("`" + rule.path("id").asText() + "`");
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
        }
        assertThat(rules.findValuesAsText("id")).contains("residue.sample");
        JsonNode residue = rules.get(SampleReports.FAMILIES.indexOf("residue"));
        assertThat(residue.at("/defaultConfiguration/level").asText()).isEqualTo("note");
    }

    @Test
    void reportsEachFindingWithItsFullRegionInCodePoints() throws Exception {
        FileReport report = SampleReports.withEveryFamily();
        JsonNode run = render(report).at("/runs/0");
        assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(report.diagnostics().size());
        List<String> families = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Diagnostic d = report.diagnostics().get(i);
            families.add(r.at("/properties/family").asText());
            assertThat(r.path("ruleId").asText()).isEqualTo(d.rule());
            assertThat(run.at("/tool/driver/rules/" + r.path("ruleIndex").asInt() + "/id").asText()).isEqualTo(d.rule());
            assertThat(r.path("level").asText()).isEqualTo(SarifReporter.level(d.severity()));
            assertThat(r.at("/message/text").asText()).startsWith(d.message()).contains(d.suggestion());
            JsonNode location = r.at("/locations/0/physicalLocation");
            assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("docs/%E8%B0%83%E7%A0%94%20%E6%8A%A5%E5%91%8A.txt");
            assertThat(location.at("/region/startLine").asInt()).isEqualTo(d.span().line());
            assertThat(location.at("/region/startColumn").asInt()).isEqualTo(d.span().column());
            assertThat(location.at("/region/endLine").asInt()).isEqualTo(d.span().endLine());
            assertThat(location.at("/region/endColumn").asInt()).isEqualTo(d.span().endColumn());
            assertThat(r.at("/partialFingerprints/" + SarifReporter.FINGERPRINT.replace("/", "~1")).asText())
                    .isEqualTo(Fingerprint.of(d));
            assertThat(r.has("fixes")).isEqualTo(d.fix() != null);
        }
        assertThat(families).containsAll(SampleReports.FAMILIES);
    }

    @Test
    void offersTheSafeFixAsAReplacementOfTheRegion() throws Exception {
        JsonNode results = render(SampleReports.withEveryFamily()).at("/runs/0/results");
        JsonNode doubled = null;
        for (JsonNode r : results) if (r.path("ruleId").asText().equals("text.sample")) doubled = r;
        assertThat(doubled).isNotNull();
        JsonNode change = doubled.at("/fixes/0/artifactChanges/0");
        assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo(doubled.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertThat(change.at("/replacements/0/deletedRegion")).isEqualTo(doubled.at("/locations/0/physicalLocation/region"));
        assertThat(change.at("/replacements/0/insertedContent/text").asText()).isEqualTo("推动");
    }

    @Test
    void anUnreadableFileIsAnErrorNotification() throws Exception {
        JsonNode run = render(SampleReports.unreadable()).at("/runs/0");
        assertThat(run.path("results")).isEmpty();
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(note.path("level").asText()).isEqualTo("error");
        assertThat(note.at("/message/text").asText()).contains("PNG");
        assertThat(note.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("docs/broken.txt");
    }
}
