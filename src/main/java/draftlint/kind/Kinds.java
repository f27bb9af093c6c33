package draftlint.kind;

import draftlint.resource.BuiltInFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The document kinds of one run: the built-in kind files ({@code rules/kinds/*.kind}, packaged under
 * {@code draftlint/rules/kinds/}) and those in the {@code kinds/} folder of each {@code --rules DIR}.
 * A user's kind of the same name as a built-in one replaces it, so an office can tighten or relax
 * what its notices need without touching draftlint.
 */
public final class Kinds {
    /** The folder inside a {@code --rules DIR} that holds a user's kind files. */
    public static final String USER_FOLDER = "kinds";

    private final Map<String, Kind> byName;

    private Kinds(Map<String, Kind> byName) {
        this.byName = byName;
    }

    private static final class BuiltIn {
        static final Kinds KINDS;

        static {
            try {
                KINDS = load(List.of());
            } catch (KindFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** The built-in kinds alone, read once. */
    public static Kinds builtIn() {
        return BuiltIn.KINDS;
    }

    /** The built-in kinds, then those of {@code <dir>/kinds/} for each user rule folder. */
    public static Kinds load(List<Path> ruleDirs) throws KindFileException {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Kind kind : readBuiltIn()) kinds.put(kind.name(), kind);
        Map<String, String> userSources = new LinkedHashMap<>();
        for (Path dir : ruleDirs) {
            Path folder = dir.resolve(USER_FOLDER);
            if (!Files.isDirectory(folder)) continue;
            for (Kind kind : readFolder(folder, folder.toString().replace('\\', '/') + "/")) {
                String earlier = userSources.put(kind.name(), kind.source());
                if (earlier != null) {
                    throw new KindFileException(kind.source() + ": kind '" + kind.name() + "' is already defined in " + earlier);
                }
                kinds.put(kind.name(), kind);
            }
        }
        return new Kinds(kinds);
    }

    public Optional<Kind> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Kind> all() {
        return byName.values();
    }

    /**
     * The kind whose title pattern claims the longest end of {@code title} ({@code …调研报告} is a
     * report, not just any {@code …报告}); ties go to the kind read first.
     */
    public Optional<Kind> guess(String title) {
        Kind best = null;
        int bestClaim = -1;
        for (Kind kind : byName.values()) {
            int claim = kind.claim(title);
            if (claim > bestClaim) {
                best = kind;
                bestClaim = claim;
            }
        }
        return bestClaim > 0 ? Optional.of(best) : Optional.empty();
    }

    private static List<Kind> readBuiltIn() throws KindFileException {
        try {
            List<Kind> kinds = new ArrayList<>();
            for (Map.Entry<String, String> file : BuiltInFiles.texts("kinds", ".kind").entrySet()) {
                kinds.add(KindFile.parse("rules/kinds/" + file.getKey(), file.getValue()));
            }
            return kinds;
        } catch (IOException e) {
            throw new KindFileException("cannot read the built-in kinds: " + e.getMessage());
        }
    }

    private static List<Kind> readFolder(Path folder, String prefix) throws KindFileException {
        List<Kind> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".kind")) {
                    kinds.add(KindFile.parse(prefix + name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new KindFileException(folder + ": cannot read kind files: " + e.getMessage());
        }
        return kinds;
    }
}
