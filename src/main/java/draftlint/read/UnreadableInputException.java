package draftlint.read;

import java.io.IOException;

/**
 * A file that cannot be checked. Its {@link #reason()} is worded for the user in the report's
 * language by {@code draftlint.engine.Reasons}; the message is the key and arguments, for logs only.
 */
public final class UnreadableInputException extends IOException {
    private final transient Reason reason;

    public UnreadableInputException(Reason reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public UnreadableInputException(Reason reason, Throwable cause) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
