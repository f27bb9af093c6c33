package draftlint.report;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.testing.SampleReports;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** GitHub workflow commands, parsed back the way the Actions runner reads them. */
class GithubReporterTest {
    private static final Pattern COMMAND = Pattern.compile("^::(error|warning|notice) ([^:]*)::(.*)$");

    record Annotation(String level, Map<String, String> properties, String message) {
    }

    static List<Annotation> parse(String output) {
        List<Annotation> annotations = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = COMMAND.matcher(line);
            if (!m.matches()) continue;
            Map<String, String> properties = new LinkedHashMap<>();
            for (String pair : m.group(2).split(",")) {
                int eq = pair.indexOf('=');
                properties.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
            }
            annotations.add(new Annotation(m.group(1), properties, unescape(m.group(3))));
        }
        return annotations;
    }

    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    private static String render(FileReport... reports) {
        StringWriter text = new StringWriter();
        Reporter reporter = new GithubReporter(new PrintWriter(text), Language.ZH);
        Summary summary = new Summary();
        for (FileReport r : reports) {
            summary.add(r);
            reporter.file(r);
        }
        reporter.finish(summary);
        return text.toString();
    }

    @Test
    void oneAnnotationPerFindingWithItsPlaceAndRule() {
        FileReport report = SampleReports.withEveryFamily();
        List<Annotation> annotations = parse(render(report));
        assertThat(annotations).hasSize(report.diagnostics().size());
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            Diagnostic d = report.diagnostics().get(i);
            assertThat(a.level()).isEqualTo(switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            });
            assertThat(a.properties()).containsEntry("file", "docs/调研 报告.txt")
                    .containsEntry("line", String.valueOf(d.span().line()))
                    .containsEntry("endLine", String.valueOf(d.span().endLine()))
                    .containsEntry("col", String.valueOf(d.span().column()))
                    .containsEntry("endColumn", String.valueOf(d.span().endColumn()))
                    .containsEntry("title", d.rule());
            assertThat(a.message()).isEqualTo(d.message() + "\n建议: " + d.suggestion());
        }
    }

    @Test
    void escapesLineEndsPercentsAndSeparators() {
        String output = render(SampleReports.withEveryFamily());
        // Every command stays on one line: the message with a line end in it is escaped.
        assertThat(output.lines().filter(l -> l.startsWith("::"))).hasSize(SampleReports.withEveryFamily().diagnostics().size());
        assertThat(output).contains("%0A").contains("100%25");
        assertThat(GithubReporter.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
    }

    @Test
    void anUnreadableFileIsAnError() {
        List<Annotation> annotations = parse(render(SampleReports.unreadable()));
        assertThat(annotations).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo("error");
            assertThat(a.properties()).containsEntry("file", "docs/broken.txt");
            assertThat(a.message()).contains("PNG");
        });
    }
}
