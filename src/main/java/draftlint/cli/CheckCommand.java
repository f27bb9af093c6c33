package draftlint.cli;

import draftlint.config.ConfigException;
import draftlint.engine.Batch;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.RuleGuide;
import draftlint.filter.Baseline;
import draftlint.report.GithubReporter;
import draftlint.report.HtmlReporter;
import draftlint.report.AtomicFile;
import draftlint.report.JsonReporter;
import draftlint.report.Reporter;
import draftlint.report.RuleHelp;
import draftlint.report.SarifReporter;
import draftlint.report.Summary;
import draftlint.report.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code draftlint check}: checks files, folders or standard input and reports what it finds. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check drafts (.txt, .md, .docx; folders are searched recursively; - reads standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:at least one finding at or above --fail-on",
                "2:a usage error, a rule file that does not compile, or an input that could not be read"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, github, html }

    enum FailOn { error, warning, info, never }

    enum Colour { auto, always, never }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to check, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: zh or en (default: zh).")
    Language language = Language.ZH;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: the configuration's fail-on, else error).")
    FailOn failOn;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Switch rules or whole families off.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Switch rules or whole families on.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Document kind: auto, speech, notice, report, plan, summary, compilation, or a kind of --rules DIR/kinds (default: the configuration's kind, else auto).")
    String kind;

    @Option(names = "--layout", paramLabel = "NAME", description = "Layout profile Word drafts are held to: auto (by the document kind), gbt9704, speech, or a profile of --rules DIR/layouts (default: the configuration's layout, else auto).")
    String layout;

    @Option(names = "--jobs", paramLabel = "N", description = "Files checked at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Colour colour = Colour.auto;

    @Option(names = "--no-progress", description = "Do not show progress on standard error (shown only on a terminal, for runs longer than a second, and never under CI=true).")
    boolean noProgress;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    BaselineOptions baselineOptions;

    @Mixin
    AnnotateOptions annotate;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Input> given = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                // One byte past the limit is enough to refuse it: an endless pipe is not read to its end.
                given.add(Input.stdin(System.in.readNBytes(Math.toIntExact(limits.limits().maxBytes() + 1))));
            } else {
                given.addAll(InputWalker.walk(List.of(p)));
            }
        }
        Workspace workspace;
        Baseline baseline;
        try {
            workspace = new Workspace(given, configOptions.finder(), ruleOptions, enable, disable, kind, layout, language);
            baseline = baselineOptions.read();
        } catch (Workspace.Trouble | ConfigException | IOException e) {
            return usage(err, e.getMessage());
        }
        List<Input> inputs = workspace.inputs();
        Baseline.Writer newBaseline = baselineOptions.writer();

        String overwrite = OutputGuard.replacedInput(output, inputs);
        if (overwrite != null) return usage(err, "--output would replace the draft " + overwrite);

        if (annotate.active()) {
            String problem = annotate.plan(paths, inputs);
            if (problem != null) return usage(err, problem);
        }

        StringWriter buffer = output == null ? null : new StringWriter();
        PrintWriter out = buffer == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
        Reporter reporter = switch (format) {
            case text -> new TextReporter(out, language, useColour());
            case json -> new JsonReporter(out, Main.version());
            case sarif -> new SarifReporter(out, Main.version(), workspace.book().rules(),
                    new RuleHelp(RuleGuide.of(workspace.sources()), language), language);
            case github -> new GithubReporter(out, language);
            case html -> new HtmlReporter(out, language);
        };
        Summary summary = new Summary();
        boolean[] failing = {false};
        try (Progress progress = Progress.of(err, inputs.stream().map(Input::path).toList(), noProgress)) {
            new Batch(workspace::checkerFor, jobs, limits.limits()).run(inputs, (input, checked) -> {
                progress.pause();
                FileReport report = workspace.filter(input, checked);
                if (newBaseline != null) newBaseline.add(report);
                if (baseline != null) report = baseline.filter(report);
                summary.add(report);
                if (Workspace.fails(report, workspace.failOnOf(input, failOn == null ? null : failOn.name()))) failing[0] = true;
                if (report.failed() && format != Format.text) {
                    err.println("draftlint: " + report.path() + ": " + report.error());
                }
                reporter.file(report);
                annotate.write(report, language, err);
                // A PrintWriter swallows write errors: without asking, a run whose reader has gone
                // (| head, a cancelled CI step) would check and print into a closed pipe to the end.
                if (out.checkError()) throw new OutputClosed();
                progress.fileDone();
            });
        } catch (OutputClosed e) {
            return Main.EXIT_TROUBLE; // nobody is left to read a message on the same terminal
        }
        reporter.finish(summary);
        out.flush();
        if (buffer != null) writeAtomically(output, buffer.toString());
        if (newBaseline != null) {
            newBaseline.write();
            err.println("draftlint: " + baselineOptions.writeTo + ": " + newBaseline.findings() + " findings recorded");
        }

        if (summary.failed() > 0 || annotate.failed()) return Main.EXIT_TROUBLE;
        // A baseline just written accepts today's findings: the run that writes it passes.
        if (newBaseline != null) return 0;
        return failing[0] ? 1 : 0;
    }

    /** Standard output (or the report's buffer) took no more writes: the reader has gone. */
    private static final class OutputClosed extends RuntimeException {
        OutputClosed() {
            super("the output was closed", null, false, false);
        }
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> output == null && System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private static int usage(PrintWriter err, String message) {
        err.println("draftlint: " + message);
        return Main.EXIT_TROUBLE;
    }

    /** The report appears whole or not at all. */
    static void writeAtomically(Path target, String content) throws IOException {
        AtomicFile.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
