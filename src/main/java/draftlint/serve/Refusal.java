package draftlint.serve;

import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.Reason;

/**
 * A request answered with an HTTP error (400, 403, 404, 405, 413, 422, 500, 503) and a one-line
 * reason. The reason is a key of {@code rules/reasons_<lang>.properties} with its arguments, worded
 * once the request's language is known ({@code lang}, Chinese by default): the page shows the
 * server's words as they are.
 */
public final class Refusal extends Exception {
    private final int status;
    private final transient Reason reason;
    /** The language the request asked for, when it was known where the refusal was made; else null. */
    private final Language language;

    public Refusal(int status, Reason reason) {
        this(status, reason, null);
    }

    private Refusal(int status, Reason reason, Language language) {
        super(reason.toString(), null, false, false);
        this.status = status;
        this.reason = reason;
        this.language = language;
    }

    /** This refusal, to be worded in {@code language} (what the form asked for) whatever the query said. */
    Refusal in(Language language) {
        return new Refusal(status, reason, language);
    }

    /** The language the request asked for, or null when the refusal came before it was read. */
    Language language() {
        return language;
    }

    public int status() {
        return status;
    }

    public Reason reason() {
        return reason;
    }

    /** The one line a client shows, in {@code language}. */
    public String text(Language language) {
        return Reasons.text(reason, language);
    }
}
