package draftlint.recognize;

import draftlint.engine.RuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of words or phrases kept as data beside the rules ({@code rules/lists/NAME.txt}, shipped
 * under {@code draftlint/rules/lists/}): one entry a line, blank lines and {@code #} comments
 * ignored. Lists live outside the code so that a reviewer can add a site's wording without Java.
 */
final class WordList {
    private WordList() {
    }

    /** The entries of {@code rules/lists/<name>.txt}, in file order. */
    static List<String> load(String name) {
        String resource = RuleSource.BUILT_IN_ROOT + "/lists/" + name + ".txt";
        try (InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the build");
            }
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) entries.add(entry);
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
