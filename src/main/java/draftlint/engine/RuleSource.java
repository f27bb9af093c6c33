package draftlint.engine;

import draftlint.resource.BuiltInFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text of one rule file and the name it is reported under. Read as UTF-8 always: the
 * platform charset of a Chinese Windows machine (GBK) would garble the rules' Chinese messages.
 */
public record RuleSource(String name, String text) {
    /** The built-in rule files, read once: they are part of the build and cannot change while it runs. */
    private static List<RuleSource> builtInRead;

    /** The built-in rule files, sorted by name. */
    public static synchronized List<RuleSource> builtIn() throws RuleLoadException {
        if (builtInRead != null) return builtInRead;
        try {
            List<RuleSource> sources = new ArrayList<>();
            BuiltInFiles.texts("", ".drl").forEach((name, text) -> sources.add(new RuleSource("rules/" + name, text)));
            if (sources.isEmpty()) {
                throw new RuleLoadException("the built-in rules are missing from the build (" + BuiltInFiles.ROOT + ")");
            }
            builtInRead = List.copyOf(sources);
            return builtInRead;
        } catch (IOException e) {
            throw new RuleLoadException("cannot read the built-in rules: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the names and texts of {@code sources}, in order, to {@code digest}: what the rule cache's
     * key and the compiled model's index say the rules were compiled from.
     */
    static void update(MessageDigest digest, List<RuleSource> sources) {
        for (RuleSource source : sources) {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
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
