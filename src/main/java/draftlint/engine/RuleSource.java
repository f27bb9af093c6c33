package draftlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The text of one rule file and the name it is reported under. Read as UTF-8 always: the
 * platform charset of a Chinese Windows machine (GBK) would garble the rules' Chinese messages.
 */
public record RuleSource(String name, String text) {

    /** Where the built-in rules are packaged in the jar (the repository's {@code rules/}). */
    public static final String BUILT_IN_ROOT = "draftlint/rules";

    /** The built-in rule files, sorted by name. */
    public static List<RuleSource> builtIn() throws RuleLoadException {
        URL root = RuleSource.class.getClassLoader().getResource(BUILT_IN_ROOT);
        if (root == null) {
            throw new RuleLoadException("the built-in rules are missing from the build (" + BUILT_IN_ROOT + ")");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromFolder(fs.getPath(BUILT_IN_ROOT), "rules/");
            }
            return fromFolder(Path.of(uri), "rules/");
        } catch (IOException | URISyntaxException e) {
            throw new RuleLoadException("cannot read the built-in rules: " + e.getMessage(), e);
        }
    }

    /** The {@code .drl} files directly in a user's rule folder, sorted by name. */
    public static List<RuleSource> fromUserFolder(Path folder) throws RuleLoadException {
        if (!Files.isDirectory(folder)) {
            throw new RuleLoadException(folder + ": not a folder of rule files");
        }
        try {
            return fromFolder(folder, folder.toString().replace('\\', '/') + "/");
        } catch (IOException e) {
            throw new RuleLoadException(folder + ": cannot read rule files: " + e.getMessage(), e);
        }
    }

    private static List<RuleSource> fromFolder(Path folder, String prefix) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".drl")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        sources.add(new RuleSource(prefix + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return sources;
    }
}
