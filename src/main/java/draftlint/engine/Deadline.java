package draftlint.engine;

import java.time.Duration;

/** The moment the rules' time budget on one draft runs out, on the monotonic clock. */
final class Deadline {
    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    private final long nanos;
    private final Duration budget;

    private Deadline(long nanos, Duration budget) {
        this.nanos = nanos;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now. */
    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** No budget: for callers (tests, tools) that check one draft and wait for it. */
    static Deadline none() {
        return NONE;
    }

    boolean passed() {
        return this != NONE && System.nanoTime() - nanos >= 0;
    }

    /** The one-line reason of a draft whose budget ran out {@code where}. */
    /** The budget as the reasons show it: "5 s", "2 min", "300 ms". */
    String budget() {
        return shown(budget);
    }

    private static String shown(Duration d) {
        if (d.toMillis() % 1000 != 0) return d.toMillis() + " ms";
        long s = d.toSeconds();
        return s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
    }
}
