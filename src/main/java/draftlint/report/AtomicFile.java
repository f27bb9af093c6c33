package draftlint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file (a report, an annotated copy, a baseline) whole or not at all: the bytes go
 * to a temporary file beside the target, which is then renamed over it. An interrupted run leaves
 * the old file or the new one, never half of one.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not createTempFile: its owner-only permissions would carry over to a file meant to be shared.
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".draftlint.tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
