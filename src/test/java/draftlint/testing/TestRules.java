package draftlint.testing;

import draftlint.draft.Draft;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleSelection;
import draftlint.engine.RuleSource;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** The built-in rules, loaded once per test run, and a way to check a text with them. */
public final class TestRules {
    public static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static RuleBook book;

    private TestRules() {
    }

    public static synchronized RuleBook book() {
        if (book == null) {
            try {
                // As a run loads them: from the model compiled at build time (CompiledRulesTest compares
                // it with the rule texts compiled at run time); the cache folder serves only if it is not.
                book = RuleBook.load(RuleSource.builtIn(), REPO.resolve("target/test-rule-cache"));
            } catch (RuleLoadException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return book;
    }

    public static boolean hasFamily(String family) {
        return book().rules().stream().anyMatch(r -> r.family().equals(family));
    }

    /** Checks {@code text} as a file named {@code name} with the default rules plus {@code enable}. */
    public static FileReport check(String name, String text, String kind, Set<String> enable) {
        return check(name, text.getBytes(StandardCharsets.UTF_8), kind, enable);
    }

    public static FileReport check(String name, byte[] bytes, String kind, Set<String> enable) {
        return check(name, bytes, kind, enable, Language.ZH);
    }

    /** The same, with messages in {@code language}. */
    public static FileReport check(String name, String text, String kind, Set<String> enable, Language language) {
        return check(name, text.getBytes(StandardCharsets.UTF_8), kind, enable, language);
    }

    public static FileReport check(String name, byte[] bytes, String kind, Set<String> enable, Language language) {
        try {
            Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, bytes);
            return new Checker(book(), new RuleSelection(enable, Set.of()), language, kind).check(draft);
        } catch (UnreadableInputException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
