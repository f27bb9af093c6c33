package draftlint.cli;

import draftlint.engine.Batch;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleMeta;
import draftlint.engine.RuleSelection;
import draftlint.engine.Severity;
import draftlint.report.JsonReporter;
import draftlint.report.Reporter;
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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code draftlint check}: checks files, folders or standard input and reports what it finds. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check drafts (.txt, .md, .docx; folders are searched recursively; - reads standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:at least one finding at or above --fail-on",
                "2:a usage error, a rule file that does not compile, or an input that could not be read"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

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

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: zh or en (default: ${DEFAULT-VALUE}).")
    String lang = "zh";

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Switch rules or whole families off.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", split = ",", paramLabel = "ID", description = "Switch rules or whole families on.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Document kind: auto, speech, notice, report, plan, summary, compilation (default: ${DEFAULT-VALUE}).")
    String kind = "auto";

    @Option(names = "--jobs", paramLabel = "N", description = "Files checked at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Colour colour = Colour.auto;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    AnnotateOptions annotate;

    @Mixin
    LimitOptions limits;

    private static final Set<String> KINDS = Set.of("auto", "speech", "notice", "report", "plan", "summary", "compilation");

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        try {
            language = Language.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage(err, "--lang must be zh or en, not '" + lang + "'");
        }
        if (!KINDS.contains(kind)) {
            return usage(err, "--kind must be one of " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ", not '" + kind + "'");
        }
        RuleBook book;
        try {
            book = ruleOptions.load();
        } catch (RuleLoadException e) {
            err.println("draftlint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        Set<String> known = new HashSet<>();
        for (RuleMeta r : book.rules()) {
            known.add(r.id());
            known.add(r.family());
        }
        for (String id : concat(enable, disable)) {
            if (!known.contains(id)) return usage(err, "no rule or family named '" + id + "' (see 'draftlint rules')");
        }
        Checker checker = new Checker(book, new RuleSelection(new LinkedHashSet<>(enable), new LinkedHashSet<>(disable)),
                language, kind);

        List<Input> inputs = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                inputs.add(Input.stdin(System.in.readAllBytes()));
            } else {
                inputs.addAll(InputWalker.walk(List.of(p)));
            }
        }

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
        };
        Summary summary = new Summary();
        new Batch(checker, jobs, limits.limits()).run(inputs, report -> {
            summary.add(report);
            if (report.failed() && format != Format.text) {
                err.println("draftlint: " + report.path() + ": " + report.error());
            }
            reporter.file(report);
            annotate.write(report, language, err);
        });
        reporter.finish(summary);
        out.flush();
        if (buffer != null) writeAtomically(output, buffer.toString());

        if (summary.failed() > 0 || annotate.failed()) return Main.EXIT_TROUBLE;
        if (failOn == FailOn.never) return 0;
        return summary.atLeast(Severity.parse(failOn.name())) > 0 ? 1 : 0;
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The report appears whole or not at all: a temporary file beside the target, then a rename. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".draftlint", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
