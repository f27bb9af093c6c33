package draftlint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What the zip launcher's class-data archive was made from: the Java and every jar of the class
 * path, as the JVM itself checks them before it maps an archive in (the Java's version, each jar's
 * size and time). A JVM that finds them changed maps nothing and says nothing, and every later run
 * would start slowly without anyone knowing; so a run started with the archive compares them too, and
 * when they differ it removes the launcher's note ({@code <archive>.txt}), which makes the next run
 * check the Java's version and make the archive anew. The comparison uses no file's date order, only
 * equality: a zip's jars may carry times from another time zone, ahead of the clock.
 */
final class ClassArchive {
    /** The system property the launcher names the archive in, when it maps one in. */
    static final String PROPERTY = "draftlint.archive";

    private ClassArchive() {
    }

    /** Written by {@link ArchiveTraining} beside the archive it makes: {@code <archive>.jars}. */
    static void record(Path archive) throws IOException {
        Files.write(fingerprintOf(archive), fingerprint(), StandardCharsets.UTF_8);
    }

    /** Removes any earlier archive and its records, so that a failed training leaves none behind. */
    static void forget(Path archive) throws IOException {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(fingerprintOf(archive));
        Files.deleteIfExists(noteOf(archive));
    }

    /**
     * Started by {@link Main} on a thread of its own when the launcher mapped an archive in: the note
     * is removed when this JVM or a jar is not what the archive was made from. A check that cannot
     * read the record (removed meanwhile by another run's training) does nothing.
     */
    static void checkInBackground() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) return;
        Thread check = new Thread(() -> {
            try {
                Path archive = Path.of(named);
                List<String> recorded = Files.readAllLines(fingerprintOf(archive), StandardCharsets.UTF_8);
                if (!recorded.equals(fingerprint())) Files.deleteIfExists(noteOf(archive));
            } catch (IOException | RuntimeException e) {
                // nothing to compare with, or nothing to remove: the launcher decides on the next run
            }
        }, "draftlint-archive-check");
        check.setDaemon(true);
        check.start();
    }

    /** The Java, then each entry of the class path with its size and time, one a line. */
    static List<String> fingerprint() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(System.getProperty("java.home") + "\t" + System.getProperty("java.vm.version"));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path jar = Path.of(entry);
            if (!Files.isRegularFile(jar)) continue;
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            lines.add(entry + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
        }
        return lines;
    }

    private static Path fingerprintOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".jars");
    }

    private static Path noteOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".txt");
    }
}
