package draftlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of a rule needs beyond its metadata: why it matters, and one case it must flag and
 * one it must pass. Nothing here is written twice: the why is the comment that stands above the
 * rule in its DRL file (the style guide asks every rule for one), and the examples are the rule's
 * own test cases ({@code fixtures/rules/<family>/<id>.txt}, packaged under {@code draftlint/examples}).
 */
public final class RuleGuide {
    /** A case from a rule's fixture, with its ⟦…⟧ markers kept: they show what is reported. */
    public record Example(String label, String options, String text) {
        public boolean markdown() {
            return options.matches("(?:.*,\\s*)?md(?:\\s*,.*)?");
        }
    }

    private static final String EXAMPLES_ROOT = "draftlint/examples";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** A rule's cases, split into those it must flag and those it must pass, in fixture order. */
    private record Cases(List<Example> flag, List<Example> pass) {
    }

    private final Map<String, String> why;
    private final Map<String, Cases> examples = new HashMap<>();

    private RuleGuide(Map<String, String> why) {
        this.why = why;
    }

    /** Reads the why of every rule in the given rule files. */
    public static RuleGuide of(List<RuleSource> sources) {
        Map<String, String> why = new HashMap<>();
        for (RuleSource source : sources) {
            List<String> comment = new ArrayList<>();
            for (String line : source.text().split("\r?\n")) {
                String s = line.strip();
                Matcher rule = RULE.matcher(line);
                if (rule.find()) {
                    if (!comment.isEmpty()) why.put(rule.group(1), String.join(" ", comment));
                    comment.clear();
                } else if (s.startsWith("//")) {
                    comment.add(s.substring(2).strip());
                } else {
                    comment.clear();
                }
            }
        }
        return new RuleGuide(why);
    }

    /** Why the rule matters, or "" when its file says nothing. */
    public String why(String id) {
        return why.getOrDefault(id, "");
    }

    /** The first case of the rule's fixture that it must flag. */
    public Optional<Example> mustFlag(String id) {
        return cases(id).flag().stream().findFirst();
    }

    /** The first case of the rule's fixture that it must not flag. */
    public Optional<Example> mustPass(String id) {
        return cases(id).pass().stream().findFirst();
    }

    private synchronized Cases cases(String id) {
        return examples.computeIfAbsent(id, key -> {
            Cases cases = new Cases(new ArrayList<>(), new ArrayList<>());
            int dot = key.indexOf('.');
            if (dot < 0) return cases;
            String resource = EXAMPLES_ROOT + "/" + key.substring(0, dot) + "/" + key + ".txt";
            try (InputStream in = RuleGuide.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), cases);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return cases;
        });
    }

    /** Splits a fixture into the cases its rule must flag and those it must pass. */
    private static void parse(String fixture, Cases cases) {
        for (FixtureFormat.Case c : FixtureFormat.parse(fixture, "example")) {
            String options = String.join(", ", c.options().entrySet().stream()
                    .map(o -> o.getValue().isEmpty() ? o.getKey() : o.getKey() + "=" + o.getValue()).toList());
            (c.flag() ? cases.flag() : cases.pass()).add(new Example(c.label(), options, c.text()));
        }
    }
}
