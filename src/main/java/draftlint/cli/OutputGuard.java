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
            try {
                if (Files.exists(input.file()) && Files.isSameFile(output, input.file())) return input.path();
            } catch (IOException e) {
                // an input that cannot be compared is reported when it is read
            }
        }
        return null;
    }
}
