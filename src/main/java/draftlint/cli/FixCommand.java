package draftlint.cli;

import draftlint.config.ConfigException;
import draftlint.engine.Batch;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.fix.Fixer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code draftlint fix}: applies the safe fixes that findings carry, in place or as a diff. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Apply the safe fixes of findings to drafts (.txt, .md) in place, keeping each file's "
                + "encoding, byte-order mark and line ends.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was fixed or needed no fix", "2:a usage error, or a file that could not be fixed"})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to fix.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing.")
    boolean dryRun;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Switch rules or whole families off.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Switch rules or whole families on.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Document kind (as for check; default: the configuration's kind, else auto).")
    String kind;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.contains("-")) {
            err.println("draftlint: fix works on files, not standard input");
            return Main.EXIT_TROUBLE;
        }
        Workspace workspace;
        try {
            workspace = new Workspace(InputWalker.walk(paths), configOptions.finder(), ruleOptions, enable, disable, kind,
                    Language.ZH);
        } catch (Workspace.Trouble | ConfigException e) {
            err.println("draftlint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        int trouble = 0;
        int fixed = 0;
        for (Input input : workspace.inputs()) {
            // Each pass checks the text as fixed so far, with the settings of the file it will replace.
            Batch batch = new Batch(workspace.checkerFor(input), 1);
            Fixer fixer = new Fixer(text -> workspace.filter(input, batch.checkOne(text)));
            Fixer.Outcome outcome = fixer.fix(input.path(), input.file(), !dryRun);
            if (outcome.error() != null) {
                err.println("draftlint: " + outcome.path() + ": " + outcome.error());
                trouble++;
            } else if (outcome.applied() > 0) {
                fixed++;
                if (dryRun) out.print(outcome.diff());
                else out.println(outcome.path() + ": " + outcome.applied() + " 处已修改 (fixes applied)");
            }
        }
        if (!dryRun && fixed == 0 && trouble == 0) out.println("没有可自动修改之处 (nothing to fix)");
        out.flush();
        return trouble > 0 ? Main.EXIT_TROUBLE : 0;
    }
}
