package draftlint.corpus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The corpus run as a reviewer reads it: per source, findings per 10,000 characters by severity and
 * by verdict; per rule, the same; and how much of the page chrome the residue family flags.
 */
final class CorpusTable {
    private CorpusTable() {
    }

    /** Counts of one group of rows. */
    private record Tally(int findings, int error, int warning, int info, int truth, int alarms, int excluded, int untriaged) {
        static Tally of(List<Ledger.Row> rows) {
            List<Ledger.Row> found = rows.stream().filter(r -> !r.rule().equals(Ledger.CHROME)).toList();
            return new Tally(found.size(), count(found, r -> r.severity().equals("error")),
                    count(found, r -> r.severity().equals("warning")), count(found, r -> r.severity().equals("info")),
                    count(found, r -> r.verdict().equals("true")), count(found, r -> r.verdict().equals("false")),
                    count(found, r -> r.verdict().equals("excluded")), count(found, r -> r.verdict().equals(Ledger.UNTRIAGED)));
        }

        private static int count(List<Ledger.Row> rows, Predicate<Ledger.Row> p) {
            return (int) rows.stream().filter(p).count();
        }
    }

    static String render(List<Corpus.Checked> checked, List<ChromeTruth.Block> chrome, List<Ledger.Row> rows) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Corpus.Checked>> bySource = new TreeMap<>(checked.stream().collect(Collectors.groupingBy(Corpus.Checked::source)));
        Map<String, String> sourceOf = checked.stream().collect(Collectors.toMap(Corpus.Checked::path, Corpus.Checked::source));
        Map<String, List<Ledger.Row>> rowsBySource = rows.stream().collect(Collectors.groupingBy(r -> sourceOf.get(r.path())));

        out.append("Findings per source (per 10k = per 10,000 characters; excl = not to be judged on that text)\n");
        out.append(String.format("%-44s %5s %9s %6s %8s %6s %6s %6s %6s %6s %6s %6s %12s%n", "source", "docs", "chars",
                "found", "per 10k", "error", "warn", "info", "true", "false", "excl", "?", "false+?/10k"));
        int docs = 0;
        long chars = 0;
        for (var e : bySource.entrySet()) {
            long c = e.getValue().stream().mapToLong(Corpus.Checked::chars).sum();
            docs += e.getValue().size();
            chars += c;
            line(out, e.getKey(), e.getValue().size(), c, Tally.of(rowsBySource.getOrDefault(e.getKey(), List.of())));
        }
        line(out, "all", docs, chars, Tally.of(rows));

        out.append("\nFindings per rule, all sources\n");
        out.append(String.format("%-40s %6s %6s %6s %6s %6s %6s %6s %6s%n", "rule", "found", "error", "warn", "info", "true", "false", "excl", "?"));
        Map<String, List<Ledger.Row>> byRule = new TreeMap<>(rows.stream().filter(r -> !r.rule().equals(Ledger.CHROME))
                .collect(Collectors.groupingBy(Ledger.Row::rule)));
        byRule.forEach((rule, rs) -> {
            Tally t = Tally.of(rs);
            out.append(String.format("%-40s %6d %6d %6d %6d %6d %6d %6d %6d%n", rule, t.findings, t.error, t.warning, t.info,
                    t.truth, t.alarms, t.excluded, t.untriaged));
        });

        out.append("\nPage chrome in web copies (lines the clean twin does not have), flagged by the residue family\n");
        Map<String, List<ChromeTruth.Block>> byFile = new TreeMap<>(chrome.stream().collect(Collectors.groupingBy(ChromeTruth.Block::path)));
        byFile.forEach((path, blocks) -> out.append(String.format("%-44s %3d of %3d%n", path,
                blocks.stream().filter(ChromeTruth.Block::flagged).count(), blocks.size())));
        long flagged = chrome.stream().filter(ChromeTruth.Block::flagged).count();
        out.append(String.format("%-44s %3d of %3d = %.1f%%%n", "all", flagged, chrome.size(),
                chrome.isEmpty() ? 100.0 : 100.0 * flagged / chrome.size()));
        return out.toString();
    }

    private static void line(StringBuilder out, String source, int docs, long chars, Tally t) {
        out.append(String.format("%-44s %5d %9d %6d %8.2f %6d %6d %6d %6d %6d %6d %6d %12.2f%n", source, docs, chars, t.findings,
                per10k(t.findings, chars), t.error, t.warning, t.info, t.truth, t.alarms, t.excluded, t.untriaged,
                per10k(t.alarms + t.untriaged, chars)));
    }

    static double per10k(long n, long chars) {
        return chars == 0 ? 0 : n * 10_000.0 / chars;
    }

}
