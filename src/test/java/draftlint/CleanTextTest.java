package draftlint;

import draftlint.engine.FileReport;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Clean, published-style text must draw no finding from any rule (see fixtures/clean/README.md). */
class CleanTextTest {
    private static final Path CLEAN = TestRules.REPO.resolve("fixtures/clean");

    @TestFactory
    Stream<DynamicTest> cleanTextHasNoFindings() throws IOException {
        Set<String> all = Set.of("placeholder", "numbering", "structure", "figures", "residue", "text", "punctuation", "layout");
        try (Stream<Path> files = Files.list(CLEAN)) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        FileReport report = TestRules.check(file.getFileName().toString(), Files.readAllBytes(file), "auto", all);
                        assertThat(report.error()).isNull();
                        assertThat(report.diagnostics()).as("findings on clean text %s", file).isEmpty();
                    }));
        }
    }
}
