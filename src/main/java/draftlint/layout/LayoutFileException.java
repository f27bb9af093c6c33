package draftlint.layout;

/** A layout profile file that cannot be used, with the file and line that say why. */
public final class LayoutFileException extends Exception {
    public LayoutFileException(String message) {
        super(message);
    }
}
