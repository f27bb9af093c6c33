package draftlint.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files draftlint ships beside its code: the repository's {@code rules/} folder (rules, kinds,
 * word lists, tables, terms), packaged in the jar under {@code draftlint/rules/}. Data lives there,
 * not in Java, so that a reviewer can extend a list without reading code.
 */
public final class BuiltInFiles {
    /** Where {@code rules/} is packaged on the class path. */
    public static final String ROOT = "draftlint/rules";

    private BuiltInFiles() {
    }

    /**
     * A folder below {@code rules/} ("" for {@code rules/} itself) as a path that can be listed,
     * whether draftlint runs from its jar or from a build folder; empty when it is not packaged.
     */
    public static Optional<Path> folder(String relative) throws IOException {
        String name = relative.isEmpty() ? ROOT : ROOT + "/" + relative;
        URL url = BuiltInFiles.class.getClassLoader().getResource(name);
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return Optional.of(Path.of(uri));
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return Optional.of(fs.getPath(name));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + name + ": " + e.getMessage(), e);
        }
    }

    /** A file below {@code rules/}, opened for reading, or null when it is not packaged. */
    public static InputStream open(String relative) {
        return BuiltInFiles.class.getClassLoader().getResourceAsStream(ROOT + "/" + relative);
    }

    /**
     * The entries of the list {@code rules/lists/<name>.txt}: one a line, trimmed, blank lines and
     * {@code #} comments skipped, in file order.
     */
    public static List<String> list(String name) {
        String relative = "lists/" + name + ".txt";
        try (InputStream in = open(relative)) {
            if (in == null) throw new IllegalStateException(ROOT + "/" + relative + " is missing from the build");
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) entries.add(entry);
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(ROOT + "/" + relative, e);
        }
    }

    /** The rows of the table {@code rules/lists/<name>.txt}: each entry split at {@code |} into trimmed fields. */
    public static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String entry : list(name)) {
            String[] fields = entry.split("\\|", -1);
            for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
            rows.add(fields);
        }
        return List.copyOf(rows);
    }
}
