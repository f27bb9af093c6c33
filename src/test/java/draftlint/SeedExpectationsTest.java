package draftlint;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the {@code expect} blocks of {@code fixtures/seeds/EXPECTED.md} (their syntax is explained
 * there) against the five seed drafts, with the default rule set.
 */
class SeedExpectationsTest {
    private static final Path SEEDS = TestRules.REPO.resolve("fixtures/seeds");
    private static final Pattern BLOCK = Pattern.compile("```expect (\\S+)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    @TestFactory
    List<DynamicNode> expectations() throws IOException {
        String expected = Files.readString(SEEDS.resolve("EXPECTED.md"), StandardCharsets.UTF_8);
        List<DynamicNode> files = new ArrayList<>();
        Matcher block = BLOCK.matcher(expected);
        while (block.find()) {
            String name = block.group(1);
            Path file = SEEDS.resolve(name);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            FileReport report = TestRules.check(file.toString(), Files.readAllBytes(file), "auto", Set.of());
            List<String> expectations = block.group(2).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            Map<String, Set<Integer>> mustLines = new HashMap<>();
            for (String e : expectations) {
                String[] p = e.split(" ", 4);
                if (p[0].equals("must") && p[2].matches("\\d+")) {
                    for (String f : p[1].split("\\|")) mustLines.computeIfAbsent(f, k -> new HashSet<>()).add(Integer.parseInt(p[2]));
                }
            }
            List<DynamicNode> tests = new ArrayList<>();
            for (String e : expectations) {
                tests.add(DynamicTest.dynamicTest(e, () -> check(e, report, lines, mustLines)));
            }
            files.add(DynamicContainer.dynamicContainer(name, tests));
        }
        assertThat(files).as("expect blocks in EXPECTED.md").hasSize(5);
        return files;
    }

    private static void check(String expectation, FileReport report, List<String> lines, Map<String, Set<Integer>> mustLines) {
        String[] p = expectation.split(" ", 4);
        String verb = p[0];
        List<String> families = List.of(p[1].split("\\|"));
        assertThat(families).as("%s: every family named has rules", expectation).allMatch(TestRules::hasFamily);
        assertThat(report.error()).isNull();
        List<Diagnostic> ofFamily = report.diagnostics().stream().filter(d -> families.contains(d.family())).toList();
        String where = p.length > 2 ? p[2] : "";
        String text = p.length > 3 ? p[3] : null;
        switch (verb) {
            case "must" -> {
                if (where.equals("document")) {
                    assertThat(ofFamily).as(expectation).anyMatch(d -> d.span().line() == 1 && d.span().column() == 1);
                } else {
                    int line = Integer.parseInt(where);
                    assertThat(ofFamily).as("%s%nfound: %s", expectation, ofFamily).anyMatch(d -> hits(d.span(), line, text, lines));
                }
            }
            case "must-not" -> {
                if (where.equals("elsewhere")) {
                    Set<Integer> allowed = mustLines.getOrDefault(p[1], Set.of());
                    assertThat(ofFamily).as(expectation)
                            .allMatch(d -> allowed.stream().anyMatch(l -> d.span().line() <= l && l <= d.span().endLine()));
                } else {
                    int line = Integer.parseInt(where);
                    assertThat(ofFamily).as(expectation).noneMatch(d -> hits(d.span(), line, text, lines));
                }
            }
            case "must-cover" -> {
                Matcher range = RANGE.matcher(where);
                int from = range.matches() ? Integer.parseInt(range.group(1)) : Integer.parseInt(where);
                int to = range.matches() ? Integer.parseInt(range.group(2)) : from;
                assertThat(String.join("\n", lines.subList(from - 1, to))).as("%s: the text occurs in the range", expectation)
                        .contains(text);
                for (int line = from; line <= to; line++) {
                    String source = lines.get(line - 1);
                    for (int at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + text.length())) {
                        int column = source.codePointCount(0, at) + 1;
                        int endColumn = column + text.codePointCount(0, text.length());
                        int l = line;
                        assertThat(ofFamily).as("%s: “%s” at %d:%d", expectation, text, line, column)
                                .anyMatch(d -> overlaps(d.span(), l, column, endColumn));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown expectation: " + expectation);
        }
    }

    /** Whether a span covers {@code line} and, when text is given, overlaps one of its occurrences there. */
    private static boolean hits(Span span, int line, String text, List<String> lines) {
        if (line < span.line() || line > span.endLine()) return false;
        if (text == null) return true;
        String source = lines.get(line - 1);
        assertThat(source).as("line %d of the seed contains “%s”", line, text).contains(text);
        for (int at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
            int column = source.codePointCount(0, at) + 1;
            if (overlaps(span, line, column, column + text.codePointCount(0, text.length()))) return true;
        }
        return false;
    }

    private static boolean overlaps(Span span, int line, int column, int endColumn) {
        if (line < span.line() || line > span.endLine()) return false;
        int from = line == span.line() ? span.column() : 1;
        int to = line == span.endLine() ? span.endColumn() : Integer.MAX_VALUE;
        return from < endColumn && column < to || from == to && column <= from && from < endColumn;
    }
}
