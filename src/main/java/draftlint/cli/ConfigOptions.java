package draftlint.cli;

import draftlint.config.ConfigException;
import draftlint.config.ConfigFinder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Which configuration governs the run: {@code .draftlint.yml} found above each file, one given, or none. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration for every file instead of the .draftlint.yml found above each.")
    Path config;

    @Option(names = "--no-config", description = "Use no configuration file at all.")
    boolean noConfig;

    ConfigFinder finder() throws ConfigException {
        if (noConfig) return ConfigFinder.none();
        return config != null ? ConfigFinder.using(config) : ConfigFinder.discovering();
    }
}
