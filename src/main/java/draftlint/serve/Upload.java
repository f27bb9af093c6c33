package draftlint.serve;

/**
 * One draft sent to the server, held in memory.
 *
 * @param name  the name it is reported under: the part's file name without any folder (it only
 *              chooses the reader by its extension, and is never used as a path), or {@code -}
 *              for pasted text
 * @param bytes its content
 */
public record Upload(String name, byte[] bytes) {
    /** Pasted text is reported as standard input is: {@code -}, read as plain text. */
    public static final String PASTED = "-";

    /** The last segment of a client's file name (browsers and tools may send a whole path). */
    static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() || name.equals("-") ? "unnamed" : name;
    }
}
