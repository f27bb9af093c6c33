package draftlint.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a rule's cases ({@code fixtures/rules/<family>/<rule-id>.txt}), read in one place
 * for the tests that run them and for {@code draftlint explain}, which shows them: a case is headed
 * {@code == flag: label} or {@code == pass: label}, with options in brackets
 * ({@code == flag [md, kind=notice]: …}); lines starting with {@code #} before the first case are
 * comments. An option draftlint does not know is an error, not a case run with it ignored.
 *
 * <p>A flag case may end with lines that state what its findings say, beyond the spans its
 * {@code ⟦…⟧} markers give: {@code => message: …} (and {@code message_en}, {@code suggestion},
 * {@code suggestion_en}) is the text every finding of the case must carry, so a case checks the
 * arguments a message is filled with as a writer reads them; {@code => fix: …} is the one marker's
 * fix when it cannot be written inside the marker, a replacement over several lines ({@code \n} is a
 * line end there, {@code \\} a backslash).
 */
public final class FixtureFormat {
    /** The options a case may set: {@code md} reads it as Markdown, {@code kind=…} forces the kind. */
    public static final Set<String> OPTIONS = Set.of("md", "kind");
    /** What a flag case may state about its findings, on {@code => key: value} lines. */
    public static final Set<String> STATEMENTS = Set.of("message", "message_en", "suggestion", "suggestion_en", "fix");
    private static final Pattern HEADER = Pattern.compile("^== (flag|pass)(?: \\[([^]]*)])?: (.+)$");
    private static final Pattern STATEMENT = Pattern.compile("^=> ([a-z_]+): (.*)$");

    /**
     * One case: whether the rule must flag it, its label and options, its text, what it states about
     * its findings ({@code => } lines, keyed as {@link #STATEMENTS}), and its header's line.
     */
    public record Case(boolean flag, String label, Map<String, String> options, List<String> body,
                       Map<String, String> stated, int headerLine) {
        public String text() {
            return String.join("\n", body);
        }
    }

    private FixtureFormat() {
    }

    /** The cases of a fixture file's text; {@code shown} names the file in errors. */
    public static List<Case> parse(String fixture, String shown) {
        List<String> lines = List.of(fixture.split("\r?\n", -1));
        List<Case> cases = new ArrayList<>();
        Matcher header = null;
        int headerLine = 0;
        List<String> body = new ArrayList<>();
        Map<String, String> stated = new LinkedHashMap<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher m = line == null ? null : HEADER.matcher(line);
            if (line == null || m.matches()) {
                if (header != null) {
                    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
                    cases.add(new Case(header.group(1).equals("flag"), header.group(3),
                            options(header.group(2), shown, headerLine), List.copyOf(body), Map.copyOf(stated), headerLine));
                }
                header = m;
                headerLine = i + 1;
                body = new ArrayList<>();
                stated = new LinkedHashMap<>();
            } else if (header != null && line.startsWith("=> ")) {
                state(line, header.group(1).equals("flag"), stated, shown, i + 1);
            } else if (header != null) {
                if (!stated.isEmpty() && !line.isBlank()) {
                    throw new IllegalArgumentException(shown + ":" + (i + 1) + ": case text after its => lines (they end a case)");
                }
                body.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException(shown + ":" + (i + 1) + ": text before the first == case header");
            }
        }
        return cases;
    }

    private static void state(String line, boolean flag, Map<String, String> stated, String shown, int at) {
        Matcher m = STATEMENT.matcher(line);
        if (!flag) throw new IllegalArgumentException(shown + ":" + at + ": a pass case has no findings to state");
        if (!m.matches() || !STATEMENTS.contains(m.group(1))) {
            throw new IllegalArgumentException(shown + ":" + at + ": unknown statement \"" + line
                    + "\" (known: => message|message_en|suggestion|suggestion_en|fix: …)");
        }
        if (stated.put(m.group(1), m.group(1).equals("fix") ? unescape(m.group(2)) : m.group(2)) != null) {
            throw new IllegalArgumentException(shown + ":" + at + ": " + m.group(1) + " stated twice");
        }
    }

    /** {@code \n} is a line end, {@code \\} a backslash; a replacement over lines is written on one. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == '\\')) {
                out.append(text.charAt(++i) == 'n' ? '\n' : '\\');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, String> options(String text, String shown, int line) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null) return options;
        for (String part : text.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq).strip();
            if (!OPTIONS.contains(key)) {
                throw new IllegalArgumentException(shown + ":" + line + ": unknown case option \"" + key + "\" (known: md, kind=…)");
            }
            options.put(key, eq < 0 ? "" : p.substring(eq + 1).strip());
        }
        return options;
    }
}
