package draftlint.cli;

import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleGuide;
import draftlint.engine.RuleMeta;
import draftlint.engine.RuleSource;
import draftlint.report.RuleDocs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code draftlint rules}: the catalogue, made from the rules' own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, family, default severity and a one-line description.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, md }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, or md (the rule reference docs/rules.md: a table, then each rule explained) (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws RuleLoadException {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleSource> sources = ruleOptions.sources();
        RuleBook book = ruleOptions.load(sources);
        if (format == Format.md) {
            out.print(RuleDocs.markdown(book.rules(), RuleGuide.of(sources)));
            out.flush();
            return 0;
        }
        int width = book.rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleMeta r : book.rules()) {
            String state = r.enabledByDefault() ? "" : " (off by default)";
            out.printf("%-" + width + "s  %-12s %-8s %s%s%n", r.id(), r.family(), r.severity().id(), r.description(), state);
        }
        out.flush();
        return 0;
    }
}
