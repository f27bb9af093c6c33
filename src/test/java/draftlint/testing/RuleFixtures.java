package draftlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code fixtures/rules/<family>/<rule-id>.txt}: cases headed {@code == flag: label} or
 * {@code == pass: label}, optionally with options in brackets ({@code == flag [md, kind=notice]: …}).
 * Lines starting with {@code #} before the first case are comments.
 */
public final class RuleFixtures {
    public static final Path ROOT = TestRules.REPO.resolve("fixtures/rules");
    private static final Pattern HEADER = Pattern.compile("^== (flag|pass)(?: \\[([^]]*)])?: (.+)$");

    private RuleFixtures() {
    }

    public static List<Path> files() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String ruleOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    public static List<RuleCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rule = ruleOf(file);
        String shown = ROOT.getParent().getParent().relativize(file).toString();
        List<RuleCase> cases = new ArrayList<>();
        Matcher header = null;
        int headerLine = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Matcher m = line == null ? null : HEADER.matcher(line);
            if (line == null || m.matches()) {
                if (header != null) {
                    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
                    cases.add(RuleCase.parse(rule, header.group(1).equals("flag"), header.group(3), body,
                            options(header.group(2)), shown, headerLine));
                }
                header = m;
                headerLine = i + 1;
                body = new ArrayList<>();
            } else if (header != null) {
                body.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalStateException(shown + ":" + (i + 1) + ": text before the first == case header");
            }
        }
        return cases;
    }

    private static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null) return options;
        for (String part : text.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq < 0) options.put(p, "");
            else options.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return options;
    }
}
