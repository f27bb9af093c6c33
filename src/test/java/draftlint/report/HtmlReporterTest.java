package draftlint.report;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.testing.SampleReports;
import draftlint.testing.ToolNeeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report, loaded from disk in real headless Chromium (Debian's {@code chromium}); the DOM
 * after the page's script has run is read back and its marks checked against the findings. A
 * screenshot is left in {@code target/html-report.png} for a person to look at.
 */
class HtmlReporterTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern TAG = Pattern.compile("<(/?)mark\\b([^>]*)>|([^<]+)|<[^>]*>");
    private static final Pattern FINDING = Pattern.compile("data-finding=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static Path page;

    @BeforeAll
    static void writePage() throws IOException {
        StringWriter html = new StringWriter();
        Reporter reporter = new HtmlReporter(new PrintWriter(html), Language.ZH);
        Summary summary = new Summary();
        for (FileReport r : List.of(SampleReports.withEveryFamily(), SampleReports.unreadable())) {
            summary.add(r);
            reporter.file(r);
        }
        reporter.finish(summary);
        page = dir.resolve("report.html");
        Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void isSelfContained() throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link").contains("<style>").contains("<script>");
        assertThat(html).contains("lang=\"zh-CN\"").contains("draftlint 检查报告");
    }

    @Test
    void chromiumShowsEveryFindingMarkedInPlace() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());
        Map<String, String> marked = markedText(dom);
        FileReport report = SampleReports.withEveryFamily();
        for (int i = 0; i < report.diagnostics().size(); i++) {
            Diagnostic d = report.diagnostics().get(i);
            String id = "f0-" + i;
            assertThat(marked).as("a mark for finding %s (%s)", id, d.rule()).containsKey(id);
            assertThat(marked.get(id)).as("text marked for %s", d.rule()).isEqualTo(expectedText(report.lines(), d.span()));
            assertThat(dom).as("list entry of %s", id).contains("<li class=\"item\" data-finding=\"" + id + "\" data-family=\"" + d.family());
        }
        for (String family : SampleReports.FAMILIES) {
            assertThat(dom).as("family summary row").contains("<tr data-family=\"" + family + "\">");
        }
        assertThat(dom).contains("无法检查：not a text file");
        assertThat(shown(dom)).isEqualTo(report.diagnostics().size());
    }

    @Test
    void filtersHideFamiliesAndSeverities() throws Exception {
        // The page reads "#hide=…" on load, as a click on the filters would set them.
        String dom = chromium("--dump-dom", page.toUri() + "#hide=punctuation,info");
        FileReport report = SampleReports.withEveryFamily();
        long visible = report.diagnostics().stream()
                .filter(d -> !d.family().equals("punctuation") && !d.severity().id().equals("info")).count();
        assertThat(shown(dom)).isEqualTo(visible).isLessThan(report.diagnostics().size());
        assertThat(dom).contains("hide-family-punctuation").contains("hide-severity-info");
    }

    @Test
    void screenshotForAPersonToLookAt() throws Exception {
        Path shot = Path.of("target/html-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium("--window-size=1400,1000", "--screenshot=" + shot, page.toUri().toString());
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    /** Issue 15: "#hide=" is read in any case and with spaces, and ticking a box writes it back. */
    @Test
    void theHideFragmentToleratesSpacesAndCaseAndFollowsTheBoxes() throws Exception {
        String dom = chromium("--dump-dom", page.toUri() + "#hide=Punctuation,%20INFO");
        FileReport report = SampleReports.withEveryFamily();
        long visible = report.diagnostics().stream()
                .filter(d -> !d.family().equals("punctuation") && !d.severity().id().equals("info")).count();
        assertThat(shown(dom)).isEqualTo(visible);

        String ticked = probe(page, "", 1400, """
                var box = document.querySelector('.filters input[value=residue]');
                box.checked = false; box.dispatchEvent(new Event('change'));
                return location.hash;""");
        assertThat(ticked).isEqualTo("#hide=residue");
    }

    /**
     * Issue 15, seen at three widths: a mark jumped to from the list stops below the sticky filter bar,
     * and the bar (which wraps on narrow windows) does not cover the first entry of the side list.
     */
    @Test
    void theFilterBarCoversNeitherTheMarkJumpedToNorTheFirstListEntry() throws Exception {
        Path long_ = longReport();
        for (int width : List.of(1400, 1280, 1000)) {
            String probe = probe(long_, "#f0-300", width, """
                    var bar = document.querySelector('.filters').getBoundingClientRect();
                    var mark = document.getElementById('f0-300').getBoundingClientRect();
                    var first = document.querySelector('.list .item').getBoundingClientRect();
                    var list = document.querySelector('.list').getBoundingClientRect();
                    return [Math.round(bar.bottom), Math.round(mark.top), Math.round(first.top), Math.round(list.top), window.scrollY].join(' ');""");
            String[] at = probe.split(" ");
            int bar = Integer.parseInt(at[0]);
            assertThat(Integer.parseInt(at[4])).as("%d px: the page scrolled to the mark (%s)", width, probe).isGreaterThan(1000);
            assertThat(Integer.parseInt(at[1])).as("%d px: the mark below the bar (%s)", width, probe).isGreaterThanOrEqualTo(bar);
            assertThat(Integer.parseInt(at[2])).as("%d px: the first list entry below the bar (%s)", width, probe).isGreaterThanOrEqualTo(bar);
            Path shot = Path.of("target/html-report-" + width + ".png").toAbsolutePath();
            chromium("--window-size=" + width + ",900", "--screenshot=" + shot, long_.toUri().toString());
        }
    }

    /** Issue 15: printing kept only the part of the side list its scroll box showed. */
    @Test
    void printingReleasesTheListFromItsScrollBox() throws Exception {
        String css = Files.readString(page, StandardCharsets.UTF_8);
        Matcher print = Pattern.compile("@media print \\{(.*?)\n}", Pattern.DOTALL).matcher(css);
        assertThat(print.find()).as("an @media print block").isTrue();
        assertThat(print.group(1)).contains(".list { position: static; max-height: none; overflow: visible;");
        Path pdf = dir.resolve("long.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, longReport().toUri().toString());
        long pages = Pattern.compile("/Type\\s*/Page\\b").matcher(Files.readString(pdf, StandardCharsets.ISO_8859_1)).results().count();
        // 400 list entries of about 60 px do not fit on the dozen pages the text takes.
        assertThat(pages).as("pages of the printed report").isGreaterThan(20);
    }

    /** 200 lines, each with a masked figure and a URL: 400 findings, a page much longer than a window. */
    private static Path longReport() throws IOException {
        Path file = dir.resolve("long.html");
        if (Files.exists(file)) return file;
        List<String> lines = new java.util.ArrayList<>();
        List<Diagnostic> found = new java.util.ArrayList<>();
        for (int n = 1; n <= 200; n++) {
            String line = "第" + n + "段：全市共有学校**所，详见https://www.example.com/reports/2024/education/schools-" + n + ".html。";
            lines.add(line);
            int star = line.indexOf("**") + 1;
            found.add(new Diagnostic("placeholder.masked-figure", "placeholder", draftlint.engine.Severity.ERROR,
                    new Span(n, star, n, star + 2), "数量未填写", "", null, line));
            int url = line.indexOf("https") + 1;
            found.add(new Diagnostic("residue.web-page-text", "residue", draftlint.engine.Severity.WARNING,
                    new Span(n, url, n, line.length()), "网址不属正文", "", null, line));
        }
        StringWriter html = new StringWriter();
        Reporter reporter = new HtmlReporter(new PrintWriter(html), Language.ZH);
        FileReport report = new FileReport("long.txt", "UTF-8", "report", false, null, found, lines);
        Summary summary = new Summary();
        summary.add(report);
        reporter.file(report);
        reporter.finish(summary);
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Opens a copy of {@code page} at {@code width} px whose last script runs {@code body} (a function
     * body returning a string) once the page has settled, and returns what it returned.
     */
    private static String probe(Path page, String fragment, int width, String body) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String script = "<script>window.addEventListener('load', function () { setTimeout(function () {"
                + "document.body.setAttribute('data-probe', (function () {" + body + "})()); }, 300); });</script>";
        Path copy = dir.resolve("probe-" + width + "-" + page.getFileName());
        Files.writeString(copy, html.replace("</body>", script + "</body>"), StandardCharsets.UTF_8);
        String dom = chromium("--window-size=" + width + ",900", "--virtual-time-budget=5000", "--dump-dom",
                copy.toUri() + fragment);
        Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as("the probe ran").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** The number the page's script counted as visible entries of the side lists. */
    private static int shown(String dom) {
        Matcher m = Pattern.compile("id=\"shown\"[^>]*data-shown=\"(\\d+)\"|data-shown=\"(\\d+)\"[^>]*id=\"shown\"").matcher(dom);
        assertThat(m.find()).as("the script ran and counted the visible findings").isTrue();
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** For each finding id, the text inside its marks, read by walking the nested marks of the DOM. */
    static Map<String, String> markedText(String dom) {
        Map<String, String> text = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(dom.substring(dom.indexOf("<main>")));
        while (m.find()) {
            if (m.group(3) != null) {
                String t = m.group(3).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
                for (String id : open) text.merge(id, t, String::concat);
            } else if (m.group(2) != null && m.group(1).isEmpty()) {
                Matcher f = FINDING.matcher(m.group(2));
                String id = f.find() ? f.group(1) : "";
                open.push(id);
                text.putIfAbsent(id, "");
            } else if ("/".equals(m.group(1))) {
                open.pop();
            }
        }
        return text;
    }

    private static String expectedText(List<String> lines, Span span) {
        StringBuilder out = new StringBuilder();
        for (int n = span.line(); n <= span.endLine(); n++) {
            int[] cps = lines.get(n - 1).codePoints().toArray();
            int from = n == span.line() ? span.column() - 1 : 0;
            int to = n == span.endLine() ? span.endColumn() - 1 : cps.length;
            out.append(new String(cps, from, Math.max(0, to - from)));
        }
        return out.toString();
    }

    private static String chromium(String... args) throws Exception {
        ToolNeeded.require(Files.isExecutable(CHROMIUM),
                "Chromium is not installed (apt-get install chromium): the HTML report is not tested in a browser");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return out;
    }
}
