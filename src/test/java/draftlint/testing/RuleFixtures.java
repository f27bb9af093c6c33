package draftlint.testing;

import draftlint.engine.FixtureFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture files {@code fixtures/rules/<family>/<rule-id>.txt}, read as {@link FixtureFormat} says. */
public final class RuleFixtures {
    public static final Path ROOT = TestRules.REPO.resolve("fixtures/rules");

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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rule = ruleOf(file);
        String shown = ROOT.getParent().getParent().relativize(file).toString();
        List<RuleCase> cases = new ArrayList<>();
        for (FixtureFormat.Case c : FixtureFormat.parse(text, shown)) {
            cases.add(RuleCase.parse(rule, c.flag(), c.label(), c.body(), c.options(), c.stated(), shown, c.headerLine()));
        }
        return cases;
    }
}
