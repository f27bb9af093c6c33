package draftlint.engine;

import java.util.List;

/**
 * What checking one input gave: its findings, or the one-line reason it could not be checked.
 *
 * @param encoding    the charset it was decoded with, or null when it could not be read
 * @param kind        the document kind checked against, or null when it could not be read
 * @param kindAssumed true when the kind was guessed rather than given
 * @param lines       the source lines the findings point into (for .docx, the paragraphs), so
 *                    that a report can show the whole document; empty when it could not be read
 */
public record FileReport(String path, String encoding, String kind, boolean kindAssumed, String error,
                         List<Diagnostic> diagnostics, List<String> lines) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
        lines = List.copyOf(lines);
    }

    /** A report without its source lines, for callers that have none to give. */
    public FileReport(String path, String encoding, String kind, boolean kindAssumed, String error,
                      List<Diagnostic> diagnostics) {
        this(path, encoding, kind, kindAssumed, error, diagnostics, List.of());
    }

    public static FileReport unreadable(String path, String reason) {
        return new FileReport(path, null, null, false, reason, List.of());
    }

    public boolean failed() {
        return error != null;
    }

    /** The same report with other findings (after suppressions, configuration or a baseline). */
    public FileReport withDiagnostics(List<Diagnostic> kept) {
        return new FileReport(path, encoding, kind, kindAssumed, error, kept, lines);
    }
}
