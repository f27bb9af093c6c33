package draftlint.engine;

import java.time.Duration;

/** The moment the rules' time budget on one draft runs out, on the monotonic clock. */
final class Deadline {
    private static final Deadline NONE = new Deadline(null);
    /**
     * A budget beyond this never runs out: differences of the monotonic clock compare safely up to
     * 2^63 ns (292 years), and {@code --timeout 3000000h} overflowed a long of nanoseconds.
     */
    private static final Duration ENDLESS = Duration.ofDays(100 * 365);

    /** When the budget runs out, by {@link System#nanoTime()}; unused when it cannot. */
    private final long nanos;
    /** The budget as given, or null for none. */
    private final Duration budget;
    private final boolean endless;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endless = budget == null || budget.compareTo(ENDLESS) > 0;
        this.nanos = endless ? 0 : System.nanoTime() + budget.toNanos();
    }

    /** A deadline {@code budget} from now. */
    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    /** No budget: for callers (tests, tools) that check one draft and wait for it. */
    static Deadline none() {
        return NONE;
    }

    boolean passed() {
        return !endless && System.nanoTime() - nanos >= 0;
    }

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
