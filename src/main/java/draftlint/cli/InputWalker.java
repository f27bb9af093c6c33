package draftlint.cli;

import draftlint.engine.Input;
import draftlint.read.DraftReader;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the command line's paths into inputs: a file as it is (whatever its name, so that the
 * user hears why it cannot be read), a folder searched recursively for drafts, sorted, skipping
 * hidden folders and build output. A path that does not exist is kept, to be reported.
 */
final class InputWalker {
    private static final Set<String> SKIPPED = Set.of("target", "node_modules");

    private InputWalker() {
    }

    static List<Input> walk(List<String> paths) {
        List<Input> inputs = new ArrayList<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (!Files.isDirectory(path)) {
                inputs.add(Input.file(given, path));
                continue;
            }
            List<Input> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                                boolean skip = !dir.equals(path) && (name.startsWith(".") || SKIPPED.contains(name));
                                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (DraftReader.isDraftFile(file.getFileName().toString())) {
                                    found.add(Input.file(shown(file), file));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                // A symlink loop or an unreadable folder: skipped, as git and ripgrep do.
                                if (!(e instanceof FileSystemLoopException)
                                        && DraftReader.isDraftFile(file.getFileName().toString())) {
                                    found.add(Input.file(shown(file), file));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                inputs.add(Input.file(given, path));
            }
            found.sort((a, b) -> a.path().compareTo(b.path()));
            inputs.addAll(found);
        }
        return inputs;
    }

    private static String shown(Path file) {
        return file.toString().replace('\\', '/');
    }
}
