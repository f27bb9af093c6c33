package draftlint.engine;

import java.util.List;

/**
 * What checking one input gave: its findings, or the one-line reason it could not be checked.
 *
 * @param encoding    the charset it was decoded with, or null when it could not be read
 * @param kind        the document kind checked against, or null when it could not be read
 * @param kindAssumed true when the kind was guessed rather than given
 */
public record FileReport(String path, String encoding, String kind, boolean kindAssumed, String error,
                         List<Diagnostic> diagnostics) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public static FileReport unreadable(String path, String reason) {
        return new FileReport(path, null, null, false, reason, List.of());
    }

    public boolean failed() {
        return error != null;
    }
}
