package draftlint.engine;

import java.nio.file.Path;

/**
 * One thing to check: a file, or standard input already read into memory.
 *
 * @param path  the path as it is reported
 * @param file  the file to read, or null for standard input
 * @param bytes the bytes of standard input, or null for a file
 */
public record Input(String path, Path file, byte[] bytes) {

    public static Input file(String shown, Path file) {
        return new Input(shown, file, null);
    }

    public static Input stdin(byte[] bytes) {
        return new Input("-", null, bytes);
    }
}
