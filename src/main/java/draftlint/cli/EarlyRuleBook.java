package draftlint.cli;

import draftlint.engine.RuleBook;
import draftlint.engine.RuleLoadException;
import draftlint.engine.RuleSource;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in rules, loaded from the start of a run on a thread of their own, so that loading them
 * overlaps what comes before they are needed: parsing the command line, finding the configuration,
 * walking folders. Most runs use exactly the built-in rules; a run that adds its own (a
 * {@code --rules} folder, a configuration's {@code rule-folders}) or turns the cache off loads its
 * rules as before. The built-in rules cannot change while the JVM runs, so the book is kept for
 * every later command of the same JVM (tests run hundreds).
 */
final class EarlyRuleBook {
    private record Load(Path cacheDir, CompletableFuture<RuleBook> book) {
    }

    private static Load load;

    private EarlyRuleBook() {
    }

    /** Starts loading the built-in rules with the usual cache folder, unless that is done or under way. */
    static synchronized void start() {
        Path cacheDir;
        try {
            cacheDir = RuleOptions.cacheDir();
        } catch (InvalidPathException e) {
            return; // reported, if it matters, where the rules are loaded for real
        }
        if (load != null && load.cacheDir().equals(cacheDir) && !load.book().isCompletedExceptionally()) return;
        CompletableFuture<RuleBook> book = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                book.complete(RuleBook.load(RuleSource.builtIn(), cacheDir));
            } catch (Throwable e) {
                book.completeExceptionally(e);
            }
        }, "draftlint-early-rules");
        loader.setDaemon(true);
        loader.start();
        load = new Load(cacheDir, book);
    }

    /**
     * The rules loaded early, if they are the ones asked for; otherwise null, without waiting for
     * them, and the caller loads its own (a failure here is met again there, and reported there).
     */
    static RuleBook reuse(List<RuleSource> sources, Path cacheDir) {
        Load started;
        synchronized (EarlyRuleBook.class) {
            started = load;
        }
        if (started == null || cacheDir == null || !started.cacheDir().equals(cacheDir)) return null;
        try {
            // RuleSource reads the built-in files once per JVM, so this compares without reading again.
            return sources.equals(RuleSource.builtIn()) ? started.book().join() : null;
        } catch (RuleLoadException | RuntimeException e) {
            return null;
        }
    }
}
