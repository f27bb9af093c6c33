package draftlint.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The shapes of planting that many kinds share: an edit inside a line, lines inserted, a whole-text rewrite. */
final class Planters {
    private Planters() {
    }

    /** A line of running prose: enough Han characters and sentence punctuation, not a heading. */
    static boolean prose(String line) {
        int han = 0;
        for (int i = 0; i < line.length(); i++) if (Character.UnicodeScript.of(line.charAt(i)) == Character.UnicodeScript.HAN) han++;
        return han >= 20 && (line.contains("。") || line.contains("，")) && !line.startsWith("一、");
    }

    static boolean any(String line) {
        return true;
    }

    /**
     * Replaces the first match of {@code p} (in a line accepted by {@code where}) for which
     * {@code replace} gives a replacement; the finding is expected on that line.
     */
    static Kind.Planter inLine(Predicate<String> where, Pattern p, Function<MatchResult, String> replace) {
        return inLine(where, p, replace, false);
    }

    /** As {@link #inLine(Predicate, Pattern, Function)}, taking the middle match of the line when {@code middle}. */
    static Kind.Planter inLine(Predicate<String> where, Pattern p, Function<MatchResult, String> replace, boolean middle) {
        return (kind, host) -> {
            List<Kind.Site> sites = new ArrayList<>();
            for (int i = 0; i < host.lines().size(); i++) {
                String line = host.lines().get(i);
                if (!where.test(line)) continue;
                List<MatchResult> usable = p.matcher(line).results().filter(r -> replace.apply(r) != null).toList();
                if (usable.isEmpty()) continue;
                MatchResult m = usable.get(middle ? usable.size() / 2 : 0);
                String r = replace.apply(m);
                int at = i, start = m.start(), end = m.end();
                sites.add(new Kind.Site(host, () -> {
                    List<String> lines = host.edit();
                    String before = lines.get(at);
                    lines.set(at, before.substring(0, start) + r + before.substring(end));
                    return Mutant.of(kind, host, lines, at + 1, at + 1, "“" + before.substring(start, end) + "”→“" + r + "”");
                }));
            }
            return sites;
        };
    }

    /**
     * Inserts {@code block} (made for the host and the place) as lines of their own between two
     * paragraphs of prose in the middle half of the document; expected on the first inserted line.
     */
    static Kind.Planter insertLines(BiFunction<Host, Integer, List<String>> block) {
        return (kind, host) -> {
            List<Kind.Site> sites = new ArrayList<>();
            int n = host.lines().size();
            for (int i = Math.max(1, n / 4); i < n * 3 / 4; i++) {
                if (!prose(host.lines().get(i - 1)) || !prose(host.lines().get(i))) continue;
                int at = i;
                sites.add(new Kind.Site(host, () -> {
                    List<String> inserted = block.apply(host, at);
                    List<String> lines = host.edit();
                    lines.addAll(at, inserted);
                    return new Mutant(kind, host, String.join("\n", lines), at + 1, at + inserted.size(), 0,
                            "inserted before line " + (at + 1) + ": " + String.join("⏎", inserted));
                }));
            }
            return sites;
        };
    }

    /** Rewrites the whole text; one site per host, a whole-document finding expected. */
    static Kind.Planter wholeText(Predicate<Host> where, Function<String, String> rewrite, String what) {
        return (kind, host) -> {
            if (!where.test(host)) return List.of();
            return List.of(new Kind.Site(host, () -> {
                String text = rewrite.apply(host.text());
                return text.equals(host.text()) ? null : new Mutant(kind, host, text, 1, 1, what);
            }));
        };
    }

    /** Deletes lines [from, to); the finding is expected at {@code expected} (0-based, original numbering). */
    static Mutant deleting(Kind kind, Host host, int from, int to, int expectedOriginal, String what) {
        List<String> lines = host.edit();
        lines.subList(from, to).clear();
        int line = expectedOriginal >= to ? expectedOriginal - (to - from) : expectedOriginal;
        return Mutant.of(kind, host, lines, line + 1, expectedOriginal + 1, what);
    }

    static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) n++;
        return n;
    }
}
