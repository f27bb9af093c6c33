package draftlint.testing;

import draftlint.draft.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One case of a rule fixture: a small draft, and whether the rule must flag it (at the spans
 * marked {@code ⟦…⟧}, with the fix written {@code ⟦old→new⟧} where one is expected) or must stay
 * silent on it.
 *
 * @param fileLine the line of the case header in the fixture file, for failure messages
 */
public record RuleCase(String rule, boolean flag, String label, String text, List<Expected> expected,
                       Map<String, String> options, String fixture, int fileLine) {

    /** A span the rule must report, and the fix it must offer (null: any or none). */
    public record Expected(Span span, String fix) {
    }

    public String fileName() {
        return options.containsKey("md") ? "case.md" : "case.txt";
    }

    public String kind() {
        return options.getOrDefault("kind", "auto");
    }

    /** Strips the markers from a case body, recording where each one stood. */
    static RuleCase parse(String rule, boolean flag, String label, List<String> body, Map<String, String> options,
                          String fixture, int fileLine) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            StringBuilder clean = new StringBuilder();
            int column = 1;
            int open = -1;
            int openColumn = 0;
            int arrow = -1;
            for (int k = 0; k < line.length(); ) {
                int cp = line.codePointAt(k);
                k += Character.charCount(cp);
                if (cp == '⟦') {
                    open = clean.length();
                    openColumn = column;
                    arrow = -1;
                } else if (cp == '→' && open >= 0) {
                    arrow = clean.length();
                } else if (cp == '⟧' && open >= 0) {
                    String fix = null;
                    int endColumn = column;
                    if (arrow >= 0) {
                        fix = clean.substring(arrow);
                        clean.setLength(arrow);
                        endColumn = openColumn + clean.substring(open).codePointCount(0, clean.length() - open);
                        column = endColumn;
                    }
                    expected.add(new Expected(new Span(i + 1, openColumn, i + 1, endColumn), fix));
                    open = -1;
                } else {
                    clean.appendCodePoint(cp);
                    column++;
                }
            }
            text.append(clean).append('\n');
        }
        return new RuleCase(rule, flag, label, text.toString(), expected, options, fixture, fileLine);
    }
}
