package draftlint.cli;

import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options that say which rule files are loaded, shared by {@code check} and {@code rules}. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Load the .drl rule files of DIR beside the built-in rules, and the document kinds of DIR/kinds/*.kind (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--no-cache", description = "Compile the rule files afresh, the built-in ones too, instead of using those compiled when draftlint was built or cached by an earlier run.")
    boolean noCache;

    /** The rules last loaded and the files they came from: draftlint serve asks for them on every request. */
    private RuleBook loaded;
    private List<RuleSource> loadedFrom;

    synchronized RuleBook load(List<RuleSource> sources) throws RuleLoadException {
        if (loaded != null && loadedFrom.equals(sources)) return loaded;
        Path cache = noCache ? null : cacheDir();
        RuleBook early = EarlyRuleBook.reuse(sources, cache);
        loaded = early != null ? early : RuleBook.load(sources, cache);
        loadedFrom = List.copyOf(sources);
        return loaded;
    }

    /** The rule files: the built-in ones, then those of each {@code --rules} folder. */
    List<RuleSource> sources() throws RuleLoadException {
        List<RuleSource> sources = new ArrayList<>(RuleSource.builtIn());
        for (Path dir : ruleDirs) sources.addAll(RuleSource.fromUserFolder(dir));
        return sources;
    }

    /** {@code $DRAFTLINT_CACHE}, else the XDG cache folder, else {@code ~/.cache/draftlint}. */
    static Path cacheDir() {
        String own = System.getenv("DRAFTLINT_CACHE");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "draftlint");
        return Path.of(System.getProperty("user.home"), ".cache", "draftlint");
    }
}
