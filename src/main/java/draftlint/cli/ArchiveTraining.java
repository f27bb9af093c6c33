package draftlint.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Run by the launcher once per build, under {@code -XX:ArchiveClassesAtExit}: checks a sample folder
 * the way most runs do, reported as text (a writer at a terminal: its display widths come from ICU)
 * and as JSON (CI and editors: Jackson), so that the class-data archive holds the classes of both.
 * One JVM makes one archive, hence one run of both here rather than two commands.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /** @param args the sample folder */
    public static void main(String[] args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (String format : new String[]{"text", "json"}) {
            Main.run(new String[]{"check", "--format", format, "--fail-on", "never", args[0]}, sink, sink);
        }
    }
}
