package draftlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A sign of life on long runs, as PMD 7 gives: one line on standard error, redrawn in place,
 * {@code [120/3000] path/of/the/file/being/checked.txt}. Only on a terminal, only once a run has
 * lasted {@link #DELAY_MS}, and never under {@code CI=true} or {@code --no-progress}: a pipe, a file
 * or a CI log would keep every redraw. The report goes to standard output on the same terminal,
 * so the line is wiped before a report is printed ({@link #pause}) and drawn again after it.
 */
final class Progress implements AutoCloseable {
    /** A run shorter than this shows nothing. */
    static final long DELAY_MS = 1000;
    private static final long EVERY_MS = 200;
    private static final int WIDTH = 79;

    private final PrintWriter err;
    private final List<String> paths;
    private final ScheduledExecutorService timer;
    private int done;
    private boolean shown;
    private boolean paused;

    private Progress(PrintWriter err, List<String> paths, boolean on) {
        this.err = err;
        this.paths = paths;
        if (!on) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "draftlint-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, DELAY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** Progress over {@code paths} when it is wanted: a terminal, no {@code CI=true}, no {@code --no-progress}. */
    static Progress of(PrintWriter err, List<String> paths, boolean noProgress) {
        return new Progress(err, paths, wanted(noProgress, System.getenv(), stderrIsTerminal()));
    }

    /** Progress drawn whatever standard error is: for tests. */
    static Progress always(PrintWriter err, List<String> paths) {
        return new Progress(err, paths, true);
    }

    static boolean wanted(boolean noProgress, Map<String, String> env, boolean terminal) {
        return !noProgress && !"true".equalsIgnoreCase(env.getOrDefault("CI", "")) && terminal;
    }

    /**
     * Whether standard error is a terminal. Java knows only whether standard input and output are
     * (a console); on Linux, where standard error points tells the rest ({@code 2>log} is a file).
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) return false;
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (!Files.exists(fd)) return true;
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return true;
        }
    }

    /** Wipes the line before a report is printed; {@link #fileDone} draws it again. */
    synchronized void pause() {
        paused = true;
        wipe();
    }

    /** One more file reported. */
    synchronized void fileDone() {
        done++;
        paused = false;
    }

    private synchronized void draw() {
        if (paused || done >= paths.size()) return;
        String line = "[" + done + "/" + paths.size() + "] " + paths.get(done);
        if (line.length() > WIDTH) line = "…" + line.substring(line.length() - WIDTH + 1);
        if (shown) return; // drawn already, and wiped whenever the count moves
        err.print("\r" + line + "\u001B[K");
        err.flush();
        shown = true;
    }

    private void wipe() {
        if (!shown) return;
        err.print("\r\u001B[K");
        err.flush();
        shown = false;
    }

    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
        paused = true;
        wipe();
    }
}
