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
 */
public final class FixtureFormat {
    /** The options a case may set: {@code md} reads it as Markdown, {@code kind=…} forces the kind. */
    public static final Set<String> OPTIONS = Set.of("md", "kind");
    private static final Pattern HEADER = Pattern.compile("^== (flag|pass)(?: \\[([^]]*)])?: (.+)$");

    /** One case: whether the rule must flag it, its label and options, its text, and its header's line. */
    public record Case(boolean flag, String label, Map<String, String> options, List<String> body, int headerLine) {
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
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher m = line == null ? null : HEADER.matcher(line);
            if (line == null || m.matches()) {
                if (header != null) {
                    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
                    cases.add(new Case(header.group(1).equals("flag"), header.group(3),
                            options(header.group(2), shown, headerLine), List.copyOf(body), headerLine));
                }
                header = m;
                headerLine = i + 1;
                body = new ArrayList<>();
            } else if (header != null) {
                body.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalArgumentException(shown + ":" + (i + 1) + ": text before the first == case header");
            }
        }
        return cases;
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
