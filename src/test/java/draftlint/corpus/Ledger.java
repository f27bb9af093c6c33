package draftlint.corpus;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The triage ledger: every finding draftlint raises on the corpus, and every block of page chrome it
 * leaves unflagged, with a verdict. {@code true}: a true defect of that text, with the reason a
 * reviewer would accept; {@code false}: a false alarm still to remove; {@code excluded}: not to be
 * judged on this text, because the corpus altered it (a draft's punctuation folded, an excerpt cut);
 * {@code missed}: chrome not yet flagged; {@code ?}: not yet triaged. One row a finding, tab-separated:
 * {@code path line rule severity text verdict reason}; {@code #} starts a comment.
 */
final class Ledger {
    static final String CHROME = "chrome";
    static final String UNTRIAGED = "?";
    private static final String HEADER = """
            # The triage ledger of the corpus run (src/test/java/draftlint/corpus, docs/accuracy.md).
            # One row per finding on fixtures/corpus, and per block of page chrome left unflagged.
            # verdict: true = a true defect of that text (reason: why a reviewer accepts it);
            #          false = a false alarm still to remove; excluded = not to be judged on this text, as the
            #          corpus altered it (see corpus README); missed = chrome not flagged; ? = untriaged.
            # path\tline\trule\tseverity\ttext\tverdict\treason
            """;
    /** Characters of a finding's text kept in a row: enough to find it again by eye. */
    private static final int TEXT = 24;

    record Row(String path, int line, String rule, String severity, String text, String verdict, String reason) {
        String key() {
            return path + "\t" + line + "\t" + rule + "\t" + severity;
        }

        /** The key without the severity: a verdict survives a change of severity, to be looked at again. */
        String place() {
            return path + "\t" + line + "\t" + rule;
        }

        String tsv() {
            return String.join("\t", path, Integer.toString(line), rule, severity, text, verdict, reason);
        }
    }

    private Ledger() {
    }

    static List<Row> read(Path file) {
        if (!Files.exists(file)) return List.of();
        List<Row> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 7) throw new IllegalArgumentException(file + ": not 7 columns: " + line);
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static void write(Path file, List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER);
        rows.forEach(r -> out.append(r.tsv()).append('\n'));
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the corpus run gives today, as rows still without verdicts. */
    static List<Row> observed(List<Corpus.Checked> checked, List<ChromeTruth.Block> chrome) {
        List<Row> rows = new ArrayList<>();
        for (Corpus.Checked c : checked) {
            for (Diagnostic d : c.findings()) {
                rows.add(new Row(c.path(), d.span().line(), d.rule(), d.severity().name().toLowerCase(),
                        text(c.lines(), d.span()), UNTRIAGED, ""));
            }
        }
        for (ChromeTruth.Block b : chrome) {
            if (!b.flagged()) rows.add(new Row(b.path(), b.line(), CHROME, "-", clip(b.text()), UNTRIAGED, ""));
        }
        rows.sort(Comparator.comparing(Row::path).thenComparingInt(Row::line).thenComparing(Row::rule));
        return rows;
    }

    /**
     * The observed rows with the verdicts the ledger gives them: the same finding first, then one
     * at the same place whose severity changed; whatever is left untriaged.
     */
    static List<Row> carryOver(List<Row> observed, List<Row> ledger) {
        Map<String, List<Row>> byKey = group(ledger, true);
        Map<String, List<Row>> byPlace = group(ledger, false);
        List<Row> merged = new ArrayList<>();
        for (Row o : observed) {
            Row from = take(byKey.get(o.key()));
            if (from != null) byPlace.get(from.place()).remove(from);
            else {
                from = take(byPlace.get(o.place()));
                if (from != null) byKey.get(from.key()).remove(from);
            }
            merged.add(from == null ? o : new Row(o.path(), o.line(), o.rule(), o.severity(), o.text(), from.verdict(), from.reason()));
        }
        return merged;
    }

    /** Rows of {@code a} that {@code b} does not hold, counted as a multiset by key. */
    static List<Row> minus(List<Row> a, List<Row> b) {
        Map<String, List<Row>> left = group(b, true);
        List<Row> extra = new ArrayList<>();
        for (Row r : a) {
            if (take(left.get(r.key())) == null) extra.add(r);
        }
        return extra;
    }

    private static Map<String, List<Row>> group(List<Row> rows, boolean bySeverity) {
        Map<String, List<Row>> map = new LinkedHashMap<>();
        for (Row r : rows) map.computeIfAbsent(bySeverity ? r.key() : r.place(), k -> new ArrayList<>()).add(r);
        return map;
    }

    private static Row take(List<Row> rows) {
        if (rows == null || rows.isEmpty()) return null;
        Iterator<Row> it = rows.iterator();
        Row r = it.next();
        it.remove();
        return r;
    }

    /** The text a finding points at, on its first line; a whole-document finding shows nothing. */
    private static String text(List<String> lines, Span span) {
        if (span.isEmpty() || span.line() > lines.size()) return "";
        String line = lines.get(span.line() - 1);
        int from = Math.min(span.column() - 1, line.codePointCount(0, line.length()));
        int to = span.endLine() == span.line() ? Math.min(span.endColumn() - 1, line.codePointCount(0, line.length()))
                : line.codePointCount(0, line.length());
        return clip(line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, Math.max(from, to))));
    }

    private static String clip(String s) {
        String flat = s.replace('\t', ' ').replace('\n', ' ').strip();
        return flat.codePointCount(0, flat.length()) <= TEXT ? flat : flat.substring(0, flat.offsetByCodePoints(0, TEXT)) + "…";
    }
}
