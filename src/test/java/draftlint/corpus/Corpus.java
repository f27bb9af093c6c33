package draftlint.corpus;

import draftlint.draft.Draft;
import draftlint.engine.Checker;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleSelection;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;
import draftlint.testing.TestRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folders of real documents checked as a user checks them: every text file, the default rules,
 * the kind guessed from the title. Paths are kept relative to the corpus root, so that the ledger
 * reads the same on every machine.
 */
final class Corpus {
    /** One document and what draftlint said of it. */
    record Checked(String path, String source, int chars, List<Diagnostic> findings, List<String> lines) {
    }

    private Corpus() {
    }

    /** Checks every {@code .txt} and {@code .md} under {@code root}, in path order. */
    static List<Checked> check(Path root) {
        Checker checker = new Checker(TestRules.book(), RuleSelection.defaults(), Language.ZH, "auto");
        return files(root).parallelStream().map(file -> check(checker, root, file))
                .sorted(Comparator.comparing(Checked::path)).toList();
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Checked check(Checker checker, Path root, Path file) {
        String path = root.relativize(file).toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(file);
            Draft draft = DraftReader.forFileName(path).orElseThrow().read(path, bytes);
            FileReport report = checker.check(draft);
            if (report.failed()) throw new IllegalStateException(path + ": " + report.error());
            int chars = draft.lines().stream().mapToInt(l -> l.codePointCount(0, l.length())).sum();
            return new Checked(path, source(path), chars, report.diagnostics(), report.lines());
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source a document belongs to: its folder below the root (published/…, web-copies, drafts). */
    private static String source(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }
}
