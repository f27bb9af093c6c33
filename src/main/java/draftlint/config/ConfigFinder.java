package draftlint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the configuration that governs a file: the {@code .draftlint.yml} nearest above it (the
 * file's own folder first, then each parent up to the root), or the one given with
 * {@code --config}. The nearest file is used alone, not merged with those further up, so that
 * what governs a file can be read in one place. Standard input is governed from the working folder.
 */
public final class ConfigFinder {
    private final Config given;
    private final boolean search;
    private final Map<Path, Config> byFolder = new HashMap<>();

    private ConfigFinder(Config given, boolean search) {
        this.given = given;
        this.search = search;
    }

    /** Looks for {@code .draftlint.yml} above each file. */
    public static ConfigFinder discovering() {
        return new ConfigFinder(null, true);
    }

    /** Uses one configuration for every file ({@code --config FILE}). */
    public static ConfigFinder using(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) throw new ConfigException(file + ": no such configuration file");
        return new ConfigFinder(Config.read(file), false);
    }

    /** Uses no configuration at all ({@code --no-config}). */
    public static ConfigFinder none() {
        return new ConfigFinder(null, false);
    }

    /** The configuration of a file, or of standard input when {@code file} is null. */
    public Config forFile(Path file) throws ConfigException {
        if (given != null) return given;
        Path start = (file == null ? Path.of("") : file).toAbsolutePath().normalize();
        Path folder = file == null || Files.isDirectory(start) ? start : start.getParent();
        if (!search) return Config.none(folder);
        return forFolder(folder);
    }

    private Config forFolder(Path folder) throws ConfigException {
        Config known = byFolder.get(folder);
        if (known != null) return known;
        Path candidate = folder.resolve(Config.FILE_NAME);
        Config found;
        if (Files.isRegularFile(candidate)) {
            found = Config.read(candidate);
        } else if (folder.getParent() == null) {
            found = Config.none(folder);
        } else {
            found = forFolder(folder.getParent());
        }
        byFolder.put(folder, found);
        return found;
    }
}
