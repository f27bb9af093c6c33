package draftlint.kind;

/** A kind file that cannot be used, with the file and line that say why. */
public final class KindFileException extends Exception {
    public KindFileException(String message) {
        super(message);
    }
}
