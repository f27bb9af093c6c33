package draftlint.cli;

import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.report.AnnotatedCopyWriter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code --annotate FILE} and {@code --annotate-dir DIR}: where the commented copies of .docx
 * drafts go. In a folder, a copy keeps the draft's path below the folder given on the command
 * line ({@code check drafts/ --annotate-dir reviewed/}: {@code drafts/a/b.docx} →
 * {@code reviewed/a/b.docx}); a draft given as a file keeps its name. A .doc or .wps draft is
 * checked but gets no copy, only a line saying that comments need a .docx: writing Word's binary
 * format back is beyond POI's HWPF. For {@code --annotate FILE}, the one copy asked for is then not
 * written, and the run ends with exit code 2 as for any copy that cannot be written; in a folder
 * ({@code --annotate-dir}) the copies are those of its .docx drafts, and the note changes nothing.
 */
final class AnnotateOptions {
    @Option(names = "--annotate", paramLabel = "FILE",
            description = "Write a copy of the .docx draft with one Word comment per finding to FILE.")
    Path file;

    @Option(names = "--annotate-dir", paramLabel = "DIR",
            description = "Write a commented copy of every .docx draft checked into DIR.")
    Path dir;

    private final Map<String, Path> targets = new HashMap<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final Set<String> binary = new HashSet<>();
    private boolean failed;

    boolean active() {
        return file != null || dir != null;
    }

    /** Decides where each .docx input's copy goes; returns a usage problem, or null. */
    String plan(List<String> given, List<Input> inputs) {
        if (file != null && dir != null) return "--annotate and --annotate-dir cannot be used together";
        List<Input> drafts = inputs.stream().filter(i -> i.file() != null && isDocx(i.path())).toList();
        inputs.stream().filter(i -> i.file() != null && isBinaryWord(i.path())).forEach(i -> binary.add(i.path()));
        if (file != null && drafts.size() + binary.size() != 1) {
            return "--annotate FILE takes exactly one .docx draft (found " + (drafts.size() + binary.size())
                    + "); use --annotate-dir DIR for several";
        }
        if (file != null && !isDocx(file.toString())) return "--annotate FILE must end in .docx";
        Set<Path> taken = new HashSet<>();
        for (Input draft : drafts) {
            Path target = file != null ? file : dir.resolve(belowGiven(given, draft.file()));
            if (OutputGuard.sameFile(target, draft.file())) return "the annotated copy would replace the draft " + draft.path();
            if (!taken.add(target.toAbsolutePath().normalize())) return "two drafts would be annotated into " + target;
            targets.put(draft.path(), target);
            sources.put(draft.path(), draft.file());
        }
        return null;
    }

    /** Writes the copy for a checked draft, if it is one; a copy that cannot be written is said in one line. */
    void write(FileReport report, Language language, PrintWriter err) {
        if (binary.contains(report.path())) {
            err.println("draftlint: " + report.path() + ": no annotated copy: Word comments need a .docx;"
                    + " open it in Word or WPS, save it as .docx (另存为 .docx) and check that file");
            if (file != null) failed = true;
            return;
        }
        Path target = targets.get(report.path());
        if (target == null || report.failed()) return;
        try {
            byte[] docx = Files.readAllBytes(sources.get(report.path()));
            new AnnotatedCopyWriter(language).write(report, docx, target);
        } catch (IOException | RuntimeException e) {
            err.println("draftlint: " + report.path() + ": cannot write the annotated copy " + target + ": " + e.getMessage());
            failed = true;
        }
    }

    /** Whether a copy could not be written: the run then ends with exit code 2. */
    boolean failed() {
        return failed;
    }

    private static Path belowGiven(List<String> given, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (String g : given) {
            Path root = Path.of(g).toAbsolutePath().normalize();
            if (Files.isDirectory(root) && absolute.startsWith(root)) return root.relativize(absolute);
        }
        return file.getFileName();
    }

    private static boolean isBinaryWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".doc") || lower.endsWith(".wps");
    }

    private static boolean isDocx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".docx");
    }
}
