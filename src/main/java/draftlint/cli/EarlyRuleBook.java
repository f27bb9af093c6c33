package draftlint.cli;

import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in rules, loaded from the start of a run on a thread of their own, so that loading them
 * overlaps what comes before they are needed: parsing the command line, finding the configuration,
 * walking folders. Most runs use exactly the built-in rules; a run that adds its own (a
 * {@code --rules} folder, a configuration's {@code rule-folders}) or turns the cache off does not
 * take this one and loads its rules as before.
 */
final class EarlyRuleBook {
    private static CompletableFuture<Loaded> pending;

    private record Loaded(List<RuleSource> sources, Path cacheDir, RuleBook book) {
    }

    private EarlyRuleBook() {
    }

    /** Starts loading the built-in rules with the cache folder {@code cacheDir}. */
    static synchronized void start(Path cacheDir) {
        CompletableFuture<Loaded> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                List<RuleSource> builtIn = RuleSource.builtIn();
                loading.complete(new Loaded(builtIn, cacheDir, RuleBook.load(builtIn, cacheDir)));
            } catch (Throwable e) {
                loading.completeExceptionally(e);
            }
        }, "draftlint-early-rules");
        loader.setDaemon(true);
        loader.start();
        pending = loading;
    }

    /**
     * The rules started early, if they are the ones asked for; otherwise null, and the caller loads
     * them itself (a failure here is met again there, and reported there).
     */
    static synchronized RuleBook take(List<RuleSource> sources, Path cacheDir) {
        CompletableFuture<Loaded> loading = pending;
        pending = null;
        if (loading == null) return null;
        try {
            Loaded loaded = loading.join();
            return loaded.sources().equals(sources) && Objects.equals(loaded.cacheDir(), cacheDir) ? loaded.book() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
