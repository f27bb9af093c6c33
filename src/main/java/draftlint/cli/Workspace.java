package draftlint.cli;

import draftlint.config.Config;
import draftlint.config.ConfigException;
import draftlint.config.ConfigFinder;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleSelection;
import draftlint.engine.RuleSource;
import draftlint.engine.Severity;
import draftlint.filter.AcceptedTerms;
import draftlint.filter.InlineSuppressions;
import draftlint.filter.RulePolicy;
import draftlint.kind.Kind;
import draftlint.kind.KindFileException;
import draftlint.kind.Kinds;
import draftlint.fact.LayoutProfile;
import draftlint.layout.LayoutFileException;
import draftlint.layout.LayoutProfiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run's settings, file by file: the configuration that governs each input, the inputs its
 * {@code ignore} leaves, the rules and document kinds loaded (built-in, {@code --rules}, and every
 * configuration's {@code rule-folders}), the checker for each document kind, and the filters a report goes
 * through before it is printed. {@code check} and {@code fix} share it, so that both see the same
 * findings. The command line wins over the configuration wherever both speak.
 */
final class Workspace {
    private final Map<Input, Config> configs = new IdentityHashMap<>();
    private final List<Input> inputs = new ArrayList<>();
    private final List<RuleSource> sources;
    private final RuleBook book;
    private final RulePolicy policy;
    private final String kind;
    private final Map<String, Checker> checkers = new HashMap<>();
    private final RuleSelection selection;
    private final Kinds kinds;
    private final String layout;
    private final LayoutProfiles layouts;
    private final Language language;

    /** A usage error found while preparing: the message says what and where. */
    static final class Trouble extends Exception {
        Trouble(String message) {
            super(message);
        }
    }

    /**
     * @param kind    {@code --kind}, or null when not given
     * @param enable  {@code --enable}
     * @param disable {@code --disable}
     */
    Workspace(List<Input> given, ConfigFinder finder, RuleOptions ruleOptions, List<String> enable, List<String> disable,
              String kind, Language language) throws Trouble {
        this(given, finder, ruleOptions, enable, disable, kind, null, language);
    }

    /** @param layout {@code --layout}, or null when not given */
    Workspace(List<Input> given, ConfigFinder finder, RuleOptions ruleOptions, List<String> enable, List<String> disable,
              String kind, String layout, Language language) throws Trouble {
        this.kind = kind;
        this.layout = layout;
        this.language = language;
        Set<Path> ruleFolders = new LinkedHashSet<>();
        try {
            for (Input input : given) {
                Config config = finder.forFile(input.file());
                if (input.file() != null && config.ignores(input.file())) continue;
                configs.put(input, config);
                inputs.add(input);
                ruleFolders.addAll(config.ruleFolders());
            }
            if (given.isEmpty()) ruleFolders.addAll(finder.forFile(null).ruleFolders());
        } catch (ConfigException e) {
            throw new Trouble(e.getMessage());
        }
        List<Path> configured = notGiven(ruleOptions.ruleDirs, ruleFolders);
        this.sources = ruleSources(ruleOptions, configured);
        try {
            this.book = ruleOptions.load(sources);
            List<Path> kindFolders = new ArrayList<>(ruleOptions.ruleDirs);
            kindFolders.addAll(configured);
            this.kinds = Kinds.load(kindFolders);
            this.layouts = LayoutProfiles.load(kindFolders);
        } catch (RuleLoadException | KindFileException | LayoutFileException e) {
            throw new Trouble(e.getMessage());
        }
        checkKind(kind, "--kind");
        checkLayout(layout, "--layout");
        List<Config> distinct = distinct(configs.values());
        for (Config c : distinct) {
            if (c.layout() != null) checkLayout(c.layout(), c.file() + ": 'layout'");
        }
        for (Config c : distinct) {
            if (c.kind() != null) checkKind(c.kind(), c.file() + ": 'kind'");
        }
        checkNames(book, concat(enable, disable), distinct);
        this.policy = new RulePolicy(book, new LinkedHashSet<>(enable), new LinkedHashSet<>(disable));
        this.selection = policy.selection(distinct);
    }

    /**
     * The configurations, each instance once, in the order first met. The finder gives the files
     * under one configuration file the same instance, so 300 files in a folder are one; equal
     * instances that remain (no configuration file: one per file) only repeat checks that stop at
     * the first error and a union of switched-on rules. Hashing each file's configuration record
     * instead was a fiftieth of a run's start.
     */
    private static List<Config> distinct(Collection<Config> configs) {
        Set<Config> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Config> distinct = new ArrayList<>();
        for (Config c : configs) {
            if (seen.add(c)) distinct.add(c);
        }
        return distinct;
    }

    /** The configurations' {@code rule-folders} that {@code --rules} does not name already. */
    private static List<Path> notGiven(List<Path> ruleDirs, Set<Path> ruleFolders) {
        Set<String> given = new HashSet<>();
        for (Path dir : ruleDirs) given.add(dir.toAbsolutePath().normalize().toString());
        List<Path> others = new ArrayList<>();
        for (Path dir : ruleFolders) {
            if (given.add(dir.toString())) others.add(dir);
        }
        return others;
    }

    /** The built-in rule files, those of {@code --rules}, then those of the configurations' other {@code rule-folders}. */
    private static List<RuleSource> ruleSources(RuleOptions ruleOptions, List<Path> configured) throws Trouble {
        try {
            List<RuleSource> all = new ArrayList<>(ruleOptions.sources());
            for (Path dir : configured) all.addAll(RuleSource.fromUserFolder(dir));
            return all;
        } catch (RuleLoadException e) {
            throw new Trouble(e.getMessage());
        }
    }

    /** Every rule or family named on the command line or in a configuration must exist: a typo would switch nothing. */
    private static void checkNames(RuleBook book, List<String> onCommandLine, Collection<Config> configs) throws Trouble {
        for (String id : onCommandLine) {
            if (!book.names(id)) throw new Trouble("no rule or family named '" + id + "' (see 'draftlint rules')");
        }
        for (Config c : configs) {
            for (Map.Entry<String, String> named : c.namedRules().entrySet()) {
                if (!book.names(named.getKey())) {
                    throw new Trouble(c.file() + ": '" + named.getValue() + "' names no rule or family (see 'draftlint rules')");
                }
            }
        }
    }

    /** A layout profile given on the command line or in a configuration must be auto or one this run knows. */
    private void checkLayout(String name, String where) throws Trouble {
        if (name == null || name.equals("auto") || layouts.byName(name).isPresent()) return;
        Set<String> names = new TreeSet<>();
        for (LayoutProfile p : layouts.all()) names.add(p.name());
        throw new Trouble(where + " must be auto or one of " + String.join(", ", names) + ", not '" + name + "'");
    }

    /** A kind given on the command line or in a configuration must be auto or one this run knows. */
    private void checkKind(String name, String where) throws Trouble {
        if (name == null || name.equals("auto") || kinds.byName(name).isPresent()) return;
        Set<String> names = new TreeSet<>();
        for (Kind k : kinds.all()) names.add(k.name());
        throw new Trouble(where + " must be auto or one of " + String.join(", ", names) + ", not '" + name + "'");
    }

    /** The inputs to check: those given, less those a configuration ignores. */
    List<Input> inputs() {
        return inputs;
    }

    RuleBook book() {
        return book;
    }

    /** The document kinds of this run: the built-in ones and those of the rule folders. */
    Kinds kinds() {
        return kinds;
    }

    List<RuleSource> sources() {
        return sources;
    }

    Collection<Config> configs() {
        return configs.values();
    }

    /** The checker for an input: one per document kind, which the configuration may set. */
    synchronized Checker checkerFor(Input input) {
        String k = kindOf(input);
        String l = layoutOf(input);
        return checkers.computeIfAbsent(k + "\n" + l, key -> new Checker(book, selection, language, k, kinds, l, layouts));
    }

    /** The layout profile an input is held to: {@code --layout}, else the configuration's, else its kind's ("auto"). */
    String layoutOf(Input input) {
        if (layout != null) return layout;
        Config config = configs.get(input);
        return config != null && config.layout() != null ? config.layout() : "auto";
    }

    String kindOf(Input input) {
        if (kind != null) return kind;
        Config config = configs.get(input);
        return config != null && config.kind() != null ? config.kind() : "auto";
    }

    /** The lowest severity that fails the run for this input: {@code --fail-on}, else the configuration's, else error. */
    String failOnOf(Input input, String cliFailOn) {
        if (cliFailOn != null) return cliFailOn;
        Config config = configs.get(input);
        return config != null && config.failOn() != null ? config.failOn() : "error";
    }

    /** Applies the input's rule settings, its accepted words and, in Markdown, its suppression comments. */
    FileReport filter(Input input, FileReport report) {
        Config config = configs.get(input);
        Path file = input.file() == null ? null : input.file().toAbsolutePath().normalize();
        FileReport settled = config == null ? report
                : AcceptedTerms.apply(policy.apply(report, config, file), config.acceptedTerms(file));
        return InlineSuppressions.apply(settled);
    }

    /** Whether a report has a finding at or above the threshold ({@code never}: none does). */
    static boolean fails(FileReport report, String failOn) {
        if (failOn.equals("never")) return false;
        Severity threshold = Severity.parse(failOn);
        return report.diagnostics().stream().anyMatch(d -> d.severity().compareTo(threshold) >= 0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
