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
    private static final Pattern HEADER = Pattern.compile("^== (flag|pass)(?: \\[([^]]*)])?: (.+)$");

    private final Map<String, String> why;
    private final Map<String, List<Example>[]> examples = new HashMap<>();

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
        return cases(id)[0].stream().findFirst();
    }

    /** The first case of the rule's fixture that it must not flag. */
    public Optional<Example> mustPass(String id) {
        return cases(id)[1].stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private synchronized List<Example>[] cases(String id) {
        return examples.computeIfAbsent(id, key -> {
            List<Example>[] byKind = new List[]{new ArrayList<Example>(), new ArrayList<Example>()};
            int dot = key.indexOf('.');
            if (dot < 0) return byKind;
            String resource = EXAMPLES_ROOT + "/" + key.substring(0, dot) + "/" + key + ".txt";
            try (InputStream in = RuleGuide.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), byKind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return byKind;
        });
    }

    private static void parse(String fixture, List<Example>[] byKind) {
        Matcher header = null;
        List<String> body = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(fixture.split("\r?\n", -1)));
        lines.add("== pass: end");
        for (String line : lines) {
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                if (header != null) body.add(line);
                continue;
            }
            if (header != null) {
                while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
                String options = header.group(2) == null ? "" : header.group(2).strip();
                byKind[header.group(1).equals("flag") ? 0 : 1].add(new Example(header.group(3), options, String.join("\n", body)));
            }
            header = m;
            body = new ArrayList<>();
        }
    }
}
