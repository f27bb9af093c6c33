package draftlint.engine;

import draftlint.resource.BuiltInFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The text of one rule file and the name it is reported under. Read as UTF-8 always: the
 * platform charset of a Chinese Windows machine (GBK) would garble the rules' Chinese messages.
 *
 * <p>A built-in file's text is read when it is first asked for. A run of the built-in rules alone
 * builds its network from the model compiled at build time and never asks: reading and decoding
 * their 90 KB was 15 ms on the way to the rule network, the longest path of a one-draft check.
 * Two sources are equal when their names and texts are; the same source is equal to itself
 * without reading, which is how a run tells that its rules are exactly the built-in ones.
 */
public final class RuleSource {
    /** The built-in rule files, listed once: they are part of the build and cannot change while it runs. */
    private static List<RuleSource> builtInListed;

    private final String name;
    /** Where a built-in file's text is read from, below {@code rules/}; null when the text was given. */
    private final String builtInFile;
    private volatile String text;

    public RuleSource(String name, String text) {
        this.name = Objects.requireNonNull(name);
        this.text = Objects.requireNonNull(text);
        this.builtInFile = null;
    }

    private RuleSource(String builtInFile) {
        this.name = "rules/" + builtInFile;
        this.builtInFile = builtInFile;
    }

    /** The built-in rule files, sorted by name. */
    public static synchronized List<RuleSource> builtIn() throws RuleLoadException {
        if (builtInListed != null) return builtInListed;
        try {
            List<RuleSource> sources = new ArrayList<>();
            for (String file : BuiltInFiles.names("")) {
                if (file.endsWith(".drl")) sources.add(new RuleSource(file));
            }
            if (sources.isEmpty()) {
                throw new RuleLoadException("the built-in rules are missing from the build (" + BuiltInFiles.ROOT + ")");
            }
            builtInListed = List.copyOf(sources);
            return builtInListed;
        } catch (IOException e) {
            throw new RuleLoadException("cannot read the built-in rules: " + e.getMessage(), e);
        }
    }

    /** The name it is reported under: {@code rules/figures.drl}, or a user's folder and file. */
    public String name() {
        return name;
    }

    /** The rule text; a built-in file's is read on the first call. */
    public String text() {
        String read = text;
        if (read == null) {
            try {
                read = BuiltInFiles.read(builtInFile);
            } catch (IOException e) {
                // Listed in the build a moment ago: only a jar changed under the running JVM gets here.
                throw new UncheckedIOException("cannot read the built-in rules: " + e.getMessage(), e);
            }
            text = read;
        }
        return read;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RuleSource other && name.equals(other.name) && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
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
