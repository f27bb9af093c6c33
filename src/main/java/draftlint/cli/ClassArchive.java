package draftlint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the zip launcher's class-data archive was made from: the Java and every jar of the class
 * path, as the JVM itself checks them before it maps an archive in (the Java's version and its own
 * archive, each jar's size and time). A JVM that finds them changed maps nothing and says nothing, and every later run
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

    /**
     * The Java (its version, and the files of its virtual machine: the JDK's own class-data archive,
     * on which this one is built, may be made anew without a new version), then each entry of the
     * class path, each file with its size and time, one a line.
     */
    static List<String> fingerprint() throws IOException {
        List<String> lines = new ArrayList<>();
        Path javaHome = Path.of(System.getProperty("java.home"));
        lines.add(javaHome + "\t" + System.getProperty("java.vm.version"));
        for (Path vm : List.of(javaHome.resolve("lib/server"), javaHome.resolve("bin/server"))) {
            if (!Files.isDirectory(vm)) continue;
            try (Stream<Path> files = Files.list(vm)) {
                for (Path file : files.sorted().toList()) addFile(lines, file.toString(), file);
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) addFile(lines, entry, Path.of(entry));
        }
        return lines;
    }

    private static void addFile(List<String> lines, String name, Path file) throws IOException {
        if (!Files.isRegularFile(file)) return;
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        lines.add(name + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
    }

    private static Path fingerprintOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".jars");
    }

    private static Path noteOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".txt");
    }
}
