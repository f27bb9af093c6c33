package draftlint.engine;

import java.time.Duration;

/**
 * How much one input may cost: its size before it is read, and the time to read and check it.
 * A draft is tens of kilobytes; these bounds are far above any draft and far below what would
 * exhaust the heap or hang a CI job.
 *
 * @param maxBytes the largest input read; a larger one is refused unread
 * @param timeout  the time the rules may take on one input
 */
public record Limits(long maxBytes, Duration timeout) {
    /** 50 MiB: a .docx with many photographs stays below it; a text draft is a thousand times smaller. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** 30 s: the largest real drafts check in well under a second; a slow CI machine still has room. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The most one input can be: a Java array holds a little under 2 GiB, and a draft is read whole. */
    public static final long MOST_BYTES = Integer.MAX_VALUE - 16;

    public Limits {
        if (maxBytes <= 0 || maxBytes > MOST_BYTES) {
            throw new IllegalArgumentException("the size limit must be positive and at most " + MOST_BYTES);
        }
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the time budget must be positive");
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }
}
