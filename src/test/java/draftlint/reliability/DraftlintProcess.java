package draftlint.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** draftlint in a JVM of its own, for tests that kill it or feed it through a pipe. */
public final class DraftlintProcess {
    private DraftlintProcess() {
    }

    /** Starts {@code draftlint args}, its rules cached in {@code cache}; the caller reads or discards its output. */
    public static ProcessBuilder builder(List<String> args, Path cache) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "draftlint.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DRAFTLINT_CACHE", cache.toString());
        return builder;
    }
}
