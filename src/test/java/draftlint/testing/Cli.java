package draftlint.testing;

import draftlint.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
public final class Cli {
    /** Rules with a fix, for tests of fixing ({@code src/test/resources/fix-rules}). */
    public static final Path FIX_RULES = TestRules.REPO.resolve("src/test/resources/fix-rules");

    public record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }
}
