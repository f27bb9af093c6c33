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
 * @param stated   what the case states about its findings ({@code => message: …}, FixtureFormat)
 * @param fileLine the line of the case header in the fixture file, for failure messages
 */
public record RuleCase(String rule, boolean flag, String label, String text, List<Expected> expected,
                       Map<String, String> options, Map<String, String> stated, String fixture, int fileLine) {

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
                          Map<String, String> stated, String fixture, int fileLine) {
        StringBuilder text = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        // A marker may open on one line and close on a later one (a residue block of several
        // lines); a fix is then written on the closing line.
        boolean open = false;
        int openLine = 0;
        int openColumn = 0;
        int arrow = -1;
        int arrowColumn = 0;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            StringBuilder clean = new StringBuilder();
            int column = 1;
            arrow = -1;
            for (int k = 0; k < line.length(); ) {
                int cp = line.codePointAt(k);
                k += Character.charCount(cp);
                if (cp == '⟦') {
                    open = true;
                    openLine = i + 1;
                    openColumn = column;
                    arrow = -1;
                } else if (cp == '→' && open) {
                    arrow = clean.length();
                    arrowColumn = column;
                } else if (cp == '⟧' && open) {
                    String fix = null;
                    if (arrow >= 0) {
                        fix = clean.substring(arrow);
                        clean.setLength(arrow);
                        column = arrowColumn;
                    }
                    expected.add(new Expected(new Span(openLine, openColumn, i + 1, column), fix));
                    open = false;
                } else {
                    clean.appendCodePoint(cp);
                    column++;
                }
            }
            text.append(clean).append('\n');
        }
        return new RuleCase(rule, flag, label, text.toString(), expected, options, stated, fixture, fileLine);
    }
}
