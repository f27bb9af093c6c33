package draftlint.report;

import draftlint.draft.LineWindow;
import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.Severity;
import draftlint.read.DraftReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained HTML page (its style and script inline, nothing fetched) for a writer to read:
 * each document's text with every finding marked in place in its family's colour and underlined by
 * severity, beside a list of the findings with message and suggestion; at the top, counts per
 * family and filters by family and severity. Marks of overlapping findings nest, so hiding one
 * family lets the other's colour show through.
 */
public final class HtmlReporter implements Reporter {
    /** Colours of the contract's families, in its order; a family added later gets one of {@link #SPARE}. */
    private static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put("placeholder", "#ffcdd2");
        COLOURS.put("numbering", "#ffe0b2");
        COLOURS.put("structure", "#e1bee7");
        COLOURS.put("figures", "#bbdefb");
        COLOURS.put("residue", "#d7ccc8");
        COLOURS.put("text", "#c8e6c9");
        COLOURS.put("punctuation", "#fff59d");
        COLOURS.put("layout", "#b2dfdb");
    }

    private static final String[] SPARE = {"#b2ebf2", "#f8bbd0", "#dcedc8", "#cfd8dc", "#ffccbc"};

    private final PrintWriter out;
    private final Wording words;
    private final StringBuilder sections = new StringBuilder();
    private final Map<String, int[]> byFamily = new LinkedHashMap<>();
    private int fileIndex;

    public HtmlReporter(PrintWriter out, Language language) {
        this.out = out;
        this.words = new Wording(language);
        for (String family : COLOURS.keySet()) byFamily.put(family, new int[Severity.values().length]);
    }

    @Override
    public void file(FileReport report) {
        int f = fileIndex++;
        StringBuilder s = sections;
        if (report.failed()) {
            s.append("<section class=\"file failed\"><h2>").append(escape(report.path())).append("</h2><p>")
                    .append(escape(words.word("cannot-check") + "：" + report.error())).append("</p></section>\n");
            return;
        }
        s.append("<section class=\"file\" id=\"file-").append(f).append("\"><h2>").append(escape(report.path()))
                .append("<small>").append(escape(words.word("kind") + "：" + words.word("kind." + report.kind())
                        + (DraftReader.isWord(report.path()) ? "" : " · " + words.word("encoding") + "：" + report.encoding())))
                .append("</small></h2>\n");
        List<Diagnostic> diagnostics = report.diagnostics();
        for (Diagnostic d : diagnostics) byFamily.computeIfAbsent(d.family(), k -> new int[Severity.values().length])[d.severity().ordinal()]++;
        s.append("<div class=\"layout\"><div class=\"doc\"><ol>\n");
        List<String> lines = report.lines().isEmpty() ? excerpts(diagnostics) : report.lines();
        // The findings on each line, in report order: asking every finding on every line took
        // lines × findings steps.
        Map<Integer, List<Integer>> onLine = new HashMap<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            Span sp = diagnostics.get(i).span();
            for (int n = sp.line(); n <= Math.min(sp.endLine(), lines.size()); n++) {
                onLine.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
            }
        }
        for (int n = 1; n <= lines.size(); n++) {
            s.append("<li id=\"f").append(f).append("-l").append(n).append("\">");
            line(s, f, n, lines.get(n - 1), diagnostics, onLine.getOrDefault(n, List.of()));
            s.append("</li>\n");
        }
        s.append("</ol></div>\n<aside class=\"list\">");
        if (diagnostics.isEmpty()) {
            s.append("<p class=\"none\">").append(escape(words.word("no-findings"))).append("</p>");
        } else {
            s.append("<ol>\n");
            for (int i = 0; i < diagnostics.size(); i++) item(s, f, i, diagnostics.get(i));
            s.append("</ol>");
        }
        s.append("</aside></div></section>\n");
    }

    /** Without the source lines, the lines the findings quote stand in for the text. */
    private static List<String> excerpts(List<Diagnostic> diagnostics) {
        int last = diagnostics.stream().mapToInt(d -> d.span().line()).max().orElse(0);
        String[] lines = new String[last];
        Arrays.fill(lines, "");
        for (Diagnostic d : diagnostics) lines[d.span().line() - 1] = d.excerpt();
        return List.of(lines);
    }

    /**
     * One source line, its text cut where findings start or end, each piece inside the marks that
     * cover it. One pass over the cuts: a line of two million characters may hold a million findings.
     */
    private void line(StringBuilder s, int f, int n, String text, List<Diagnostic> diagnostics, List<Integer> onLine) {
        if (onLine.isEmpty()) {
            s.append(escape(text));
            return;
        }
        int[] cps = LineWindow.codePoints(text);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps.length));
        List<int[]> marks = new ArrayList<>(); // [finding index, from, to] of the findings covering text on this line
        List<int[]> carets = new ArrayList<>(); // [finding index, at] of the empty spans on this line
        for (int i : onLine) {
            Span sp = diagnostics.get(i).span();
            int from = n == sp.line() ? Math.min(sp.column() - 1, cps.length) : 0;
            int to = Math.max(from, n == sp.endLine() ? Math.min(sp.endColumn() - 1, cps.length) : cps.length);
            if (sp.isEmpty()) carets.add(new int[]{i, from});
            else if (from < to) marks.add(new int[]{i, from, to});
            cuts.add(from);
            cuts.add(to);
        }
        marks.sort(Comparator.comparingInt((int[] r) -> r[1]).thenComparingInt(r -> r[0]));
        carets.sort(Comparator.comparingInt((int[] r) -> r[1]).thenComparingInt(r -> r[0]));
        TreeMap<Integer, int[]> open = new TreeMap<>(); // the marks covering the piece, by finding index
        PriorityQueue<int[]> closing = new PriorityQueue<>(Comparator.comparingInt((int[] r) -> r[2]));
        int nextMark = 0;
        int nextCaret = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && previous < cut) {
                while (!closing.isEmpty() && closing.peek()[2] <= previous) open.remove(closing.poll()[0]);
                while (nextMark < marks.size() && marks.get(nextMark)[1] <= previous) {
                    int[] r = marks.get(nextMark++);
                    if (r[2] <= previous) continue;
                    open.put(r[0], r);
                    closing.add(r);
                }
                for (int[] r : open.values()) {
                    boolean first = r[1] == previous && n == diagnostics.get(r[0]).span().line();
                    openMark(s, f, r[0], diagnostics.get(r[0]), "", first);
                }
                s.append(escape(new String(cps, previous, cut - previous)));
                s.append("</mark>".repeat(open.size()));
            }
            // A caret (an empty span) stands between the text before its place and the text after it.
            while (nextCaret < carets.size() && carets.get(nextCaret)[1] <= cut) {
                int[] c = carets.get(nextCaret++);
                openMark(s, f, c[0], diagnostics.get(c[0]), " caret", true);
                s.append("</mark>");
            }
            previous = cut;
        }
    }

    private void openMark(StringBuilder s, int f, int i, Diagnostic d, String extra, boolean anchor) {
        s.append("<mark class=\"finding sev-").append(d.severity().id()).append(extra).append("\"");
        if (anchor) s.append(" id=\"f").append(f).append("-").append(i).append("\"");
        s.append(" data-finding=\"f").append(f).append("-").append(i).append("\" data-family=\"").append(escape(d.family()))
                .append("\" data-severity=\"").append(d.severity().id()).append("\" style=\"--colour:")
                .append(colour(d.family())).append("\" title=\"").append(escape(d.rule() + "：" + d.message())).append("\">");
    }

    private void item(StringBuilder s, int f, int i, Diagnostic d) {
        Span sp = d.span();
        s.append("<li class=\"item\" data-finding=\"f").append(f).append("-").append(i).append("\" data-family=\"")
                .append(escape(d.family())).append("\" data-severity=\"").append(d.severity().id())
                .append("\" style=\"border-left-color:").append(colour(d.family())).append("\">")
                .append("<a href=\"#f").append(f).append("-").append(i).append("\">").append(sp.line()).append(":")
                .append(sp.column()).append("</a><span class=\"sev sev-").append(d.severity().id()).append("\">")
                .append(escape(words.severity(d.severity()))).append("</span><code>").append(escape(d.rule()))
                .append("</code><p>").append(escape(d.message())).append("</p>");
        if (!d.suggestion().isEmpty()) {
            s.append("<p class=\"suggestion\">").append(escape(words.word("suggestion") + "：" + d.suggestion())).append("</p>");
        }
        if (d.fix() != null) {
            String fix = d.fix().isEmpty() ? words.word("fix-delete") : words.word("fix") + "：“" + d.fix() + "”";
            s.append("<p class=\"suggestion\">").append(escape(fix)).append("</p>");
        }
        s.append("</li>\n");
    }

    @Override
    public void finish(Summary summary) {
        boolean zh = words.language() == Language.ZH;
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + (zh ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + escape(words.word("report-title")) + "</title>");
        out.println("<style>\n" + resource("report.css") + filterCss() + "</style></head><body>");
        out.println("<header><h1>" + escape(words.word("report-title")) + "</h1>");
        out.println("<p class=\"summary\">" + escape(words.summary(summary)) + "</p>");
        out.print(familyTable());
        out.println("</header>");
        out.print(filters(summary));
        out.println("<main>");
        out.print(sections);
        out.println("</main><script>\n" + resource("report.js") + "</script></body></html>");
        out.flush();
    }

    private String familyTable() {
        StringBuilder t = new StringBuilder("<table class=\"families\"><thead><tr><th>").append(escape(words.word("family")))
                .append("</th>");
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            t.append("<th>").append(escape(words.severity(sev))).append("</th>");
        }
        t.append("<th>").append(escape(words.word("total"))).append("</th></tr></thead><tbody>\n");
        for (Map.Entry<String, int[]> e : byFamily.entrySet()) {
            int[] c = e.getValue();
            t.append("<tr data-family=\"").append(escape(e.getKey())).append("\"><td><span class=\"swatch\" style=\"background:")
                    .append(colour(e.getKey())).append("\"></span>").append(escape(familyName(e.getKey()))).append("</td><td>")
                    .append(c[Severity.ERROR.ordinal()]).append("</td><td>").append(c[Severity.WARNING.ordinal()])
                    .append("</td><td>").append(c[Severity.INFO.ordinal()]).append("</td><td>")
                    .append(c[0] + c[1] + c[2]).append("</td></tr>\n");
        }
        return t.append("</tbody></table>\n").toString();
    }

    private String filters(Summary summary) {
        StringBuilder f = new StringBuilder("<form class=\"filters\" onsubmit=\"return false\"><fieldset><legend>")
                .append(escape(words.word("family"))).append("</legend>");
        for (String family : byFamily.keySet()) {
            f.append("<label><input type=\"checkbox\" data-kind=\"family\" value=\"").append(escape(family))
                    .append("\" checked><span class=\"swatch\" style=\"background:").append(colour(family)).append("\"></span>")
                    .append(escape(familyName(family))).append("</label>");
        }
        f.append("</fieldset><fieldset><legend>").append(escape(words.word("severity"))).append("</legend>");
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            f.append("<label><input type=\"checkbox\" data-kind=\"severity\" value=\"").append(sev.id()).append("\" checked>")
                    .append(escape(words.severity(sev))).append("</label>");
        }
        f.append("</fieldset><span class=\"shown\" id=\"shown\" data-template=\"")
                .append(escape(words.word("shown"))).append("\">").append(summary.findings()).append("</span></form>\n");
        return f.toString();
    }

    /** What unticking a filter hides: one pair of CSS rules per family and severity (families are known only now). */
    private String filterCss() {
        StringBuilder css = new StringBuilder();
        for (String family : byFamily.keySet()) hideRules(css, "family", family);
        for (Severity sev : Severity.values()) hideRules(css, "severity", sev.id());
        return css.toString();
    }

    private static void hideRules(StringBuilder css, String kind, String value) {
        String when = "body.hide-" + kind + "-" + value;
        String which = "[data-" + kind + "=\"" + value + "\"]";
        css.append(when).append(" .item").append(which).append(" { display: none; }\n");
        css.append(when).append(" mark").append(which)
                .append(" { background: none; text-decoration: none; border-color: transparent; }\n");
    }

    private String familyName(String family) {
        String name = words.word("family." + family);
        return name.equals("family." + family) ? family : name + " " + family;
    }

    private String colour(String family) {
        String known = COLOURS.get(family);
        return known != null ? known : SPARE[Math.floorMod(family.hashCode(), SPARE.length)];
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/draftlint/report/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
