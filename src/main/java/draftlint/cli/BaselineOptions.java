package draftlint.cli;

import draftlint.filter.Baseline;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --baseline FILE} (report only findings not in it) and {@code --write-baseline FILE}. */
final class BaselineOptions {
    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline.")
    Path readFrom;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record this run's findings as accepted, in FILE; the run then passes.")
    Path writeTo;

    /** The baseline to filter by, or null. */
    Baseline read() throws IOException {
        if (readFrom == null) return null;
        if (!Files.isRegularFile(readFrom)) throw new IOException(readFrom + ": no such baseline file");
        return Baseline.read(readFrom);
    }

    /** A collector for the baseline to write, or null. */
    Baseline.Writer writer() {
        return writeTo == null ? null : new Baseline.Writer(writeTo);
    }
}
