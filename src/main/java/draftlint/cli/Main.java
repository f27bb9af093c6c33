package draftlint.cli;

import draftlint.engine.Language;
import draftlint.engine.RuleLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/** The {@code draftlint} command: {@code check}, {@code fix}, {@code rules}, {@code explain} and {@code serve}. */
@Command(name = "draftlint", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks drafts of Chinese official documents (公文) before they are submitted.")
public final class Main implements Runnable {
    /** Exit code of a usage error or an input that could not be read (the contract's 2). */
    static final int EXIT_TROUBLE = 2;

    private static final Set<String> LOADS_RULES = Set.of("check", "fix", "rules", "explain", "serve");

    /**
     * The subcommands, by name. picocli builds its model of a command by reflection over its
     * annotations, a tenth of a second for all of them; a run that names its command gets the model
     * of that one alone, any other (help, a mistyped name) all of them.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    static {
        // picocli looks for Groovy's Closure class when it first builds a command (a Groovy script's
        // annotations may hold closures): a search of every jar on the class path for a class that is
        // not there, a twentieth of a one-file check. draftlint has no Groovy.
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("fix", FixCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    public static void main(String[] args) {
        ClassArchive.checkInBackground();
        System.exit(run(args, new PrintWriter(System.out, true, consoleCharset("sun.stdout.encoding")),
                new PrintWriter(System.err, true, consoleCharset("sun.stderr.encoding"))));
    }

    /**
     * UTF-8, except in a Windows console: there the JVM names the console's code page in this
     * property (cp936, GBK, on a Chinese Windows), and UTF-8 bytes would show as mojibake. A pipe, a
     * file (CI, {@code > report.json}) and every other system get UTF-8, as the contract says.
     */
    static Charset consoleCharset(String property) {
        String name = System.getProperty(property);
        if (name == null || name.isBlank()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // a code page Java cannot write: UTF-8 at least keeps the bytes right
        }
    }

    /** Runs the command line and returns its exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The commands that load rules start on the built-in ones while the command line is parsed,
        // unless the command line already says that other rules, or no cache, are wanted.
        if (args.length > 0 && LOADS_RULES.contains(args[0]) && Arrays.stream(args).noneMatch(Main::wantsOtherRules)) {
            EarlyRuleBook.start();
        }
        CommandLine cl = new CommandLine(new Main());
        String named = args.length > 0 && !args[0].equals("help") ? args[0] : null;
        for (Map.Entry<String, Supplier<Object>> command : COMMANDS.entrySet()) {
            if (named == null || !COMMANDS.containsKey(named) || command.getKey().equals(named)) {
                cl.addSubcommand(command.getKey(), command.getValue().get());
            }
        }
        cl.registerConverter(Language.class, Main::language);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("draftlint: " + e.getMessage());
            err.println("Try 'draftlint " + (e.getCommandLine().getCommandName().equals("draftlint") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return EXIT_TROUBLE;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            // A rule file that does not compile is the user's to mend: its one line names file and line.
            err.println("draftlint: " + (e instanceof RuleLoadException ? e.getMessage() : "internal error: " + e));
            return EXIT_TROUBLE;
        });
        return cl.execute(args);
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static boolean wantsOtherRules(String arg) {
        return arg.equals("--no-cache") || arg.equals("--rules") || arg.startsWith("--rules=");
    }

    /** {@code --lang zh|en}, in any case. */
    private static Language language(String value) {
        try {
            return Language.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("must be zh or en, not '" + value + "'");
        }
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/draftlint/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to the unknown version
        }
        return p.getProperty("version", "unknown");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"draftlint " + version()};
        }
    }
}
