package draftlint.cli;

import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleGuide;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleMeta;
import draftlint.engine.RuleSource;
import draftlint.report.RuleHelp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code draftlint explain RULE}: what a rule reports, why, and a case it flags and one it passes. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explain a rule (or every rule of a family): what it reports, why, and examples.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id such as placeholder.masked-figure, or a family.")
    String id;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language: zh or en (default: zh).")
    Language language = Language.ZH;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws RuleLoadException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RuleSource> sources = ruleOptions.sources();
        RuleBook book = ruleOptions.load(sources);
        List<RuleMeta> chosen = book.rules().stream().filter(r -> r.id().equals(id) || r.family().equals(id)).toList();
        if (chosen.isEmpty()) {
            err.println("draftlint: no rule or family named '" + id + "' (see 'draftlint rules')");
            return Main.EXIT_TROUBLE;
        }
        RuleHelp help = new RuleHelp(RuleGuide.of(sources), language);
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) out.println();
            out.print(help.text(chosen.get(i)));
        }
        out.flush();
        return 0;
    }
}
