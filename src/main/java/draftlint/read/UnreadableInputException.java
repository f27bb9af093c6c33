package draftlint.read;

import java.io.IOException;

/** A file that cannot be checked; the message is the one-line reason shown to the user. */
public final class UnreadableInputException extends IOException {
    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
