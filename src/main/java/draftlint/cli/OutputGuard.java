package draftlint.cli;

import draftlint.engine.Input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * draftlint never writes over what it was asked to read: a report whose {@code --output} names
 * one of the drafts (a slip of the shell's tab completion) is refused before anything is checked.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /** The path of the input that {@code output} would replace, or null. */
    static String replacedInput(Path output, List<Input> inputs) {
        if (output == null || !Files.exists(output)) return null;
        for (Input input : inputs) {
            if (input.file() == null) continue;
            if (sameFile(input.file(), output)) return input.path();
        }
        return null;
    }

    /**
     * Whether {@code a} exists and is the file {@code b} names (through links and other spellings).
     * A file that cannot be compared counts as another: it is reported when it is read.
     */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
