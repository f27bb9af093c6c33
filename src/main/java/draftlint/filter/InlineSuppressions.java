package draftlint.filter;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in Markdown, as markdownlint and ESLint have them:
 * <pre>
 * &lt;!-- draftlint-disable figures.rate-over-100 --&gt;   off from this line on (no ids: every rule)
 * &lt;!-- draftlint-enable --&gt;                          on again (no ids: every rule)
 * &lt;!-- draftlint-disable-next-line text.doubled-word --&gt; off for the next line only
 * </pre>
 * Ids may be rule ids or families, separated by spaces or commas. A finding is suppressed when the
 * line it starts on is suppressed for its rule. Plain text and Word files have no comments: their
 * findings are switched off through the configuration's {@code overrides} or a baseline.
 */
public final class InlineSuppressions {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*draftlint-(disable-next-line|disable|enable)((?:\\s+[A-Za-z0-9.,_-]+)*)\\s*-->");
    private static final String ALL = "*";

    private InlineSuppressions() {
    }

    public static boolean appliesTo(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    public static FileReport apply(FileReport report) {
        if (report.failed() || !appliesTo(report.path()) || report.diagnostics().isEmpty()) return report;
        List<Set<String>> offByLine = offByLine(report.lines());
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            int line = d.span().line();
            Set<String> off = line - 1 < offByLine.size() ? offByLine.get(line - 1) : Set.of();
            if (!(off.contains(ALL) || off.contains(d.rule()) || off.contains(d.family()))) kept.add(d);
        }
        return report.withDiagnostics(kept);
    }

    /** For each line (0-based), the ids suppressed on it; {@code *} for all. */
    static List<Set<String>> offByLine(List<String> lines) {
        List<Set<String>> off = new ArrayList<>();
        Set<String> block = new HashSet<>();
        Set<String> nextLine = Set.of();
        for (String line : lines) {
            Set<String> here = new HashSet<>(block);
            here.addAll(nextLine);
            nextLine = Set.of();
            Matcher m = COMMENT.matcher(line);
            while (m.find()) {
                Set<String> ids = ids(m.group(2));
                switch (m.group(1)) {
                    case "disable" -> {
                        block.addAll(ids);
                        here.addAll(ids);
                    }
                    case "enable" -> {
                        if (ids.contains(ALL)) block.clear();
                        else block.removeAll(ids);
                    }
                    default -> nextLine = ids;
                }
            }
            off.add(here);
        }
        return off;
    }

    private static Set<String> ids(String text) {
        Set<String> ids = new HashSet<>();
        for (String id : text.strip().split("[\\s,]+")) {
            if (!id.isEmpty()) ids.add(id);
        }
        return ids.isEmpty() ? Set.of(ALL) : ids;
    }
}
