package draftlint.mutation;

import java.util.List;

/**
 * One planted defect: the mutated document, the line (1-based, in the mutated text) where the
 * defect must be reported (inserted lines: any of line..lastLine), and the line of the unmutated document it corresponds to (0 when the
 * planted line is new, as inserted page chrome is). A whole-document finding is expected at line 1.
 */
record Mutant(Kind kind, Host host, String text, int line, int lastLine, int originalLine, String what) {

    Mutant(Kind kind, Host host, String text, int line, int originalLine, String what) {
        this(kind, host, text, line, line, originalLine, what);
    }

    static Mutant of(Kind kind, Host host, List<String> lines, int line, int originalLine, String what) {
        return new Mutant(kind, host, String.join("\n", lines), line, originalLine, what);
    }
}
