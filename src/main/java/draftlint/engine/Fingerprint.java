package draftlint.engine;

import draftlint.draft.LineWindow;
import draftlint.draft.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits elsewhere in its file: its rule and the text it
 * matched, with a few characters either side (a bare {@code **} would match every mask of the
 * file). Line and column are left out on purpose, so that lines inserted above a finding do not
 * make it new. A finding that matches no text (a whole-document finding) adds its message, which is
 * in the run's language. Baselines and SARIF's {@code partialFingerprints} use it.
 */
public final class Fingerprint {
    /** Code points of context taken on each side of the matched text, within its line. */
    static final int CONTEXT = 4;

    private Fingerprint() {
    }

    public static String of(Diagnostic d) {
        String identity = d.rule() + "\u0000" + anchor(d.excerpt(), d.span());
        // A caret or a whole-document finding matches no text; its message (in the run's language)
        // tells it from the rule's other findings there, such as two different missing parts.
        if (d.span().isEmpty()) identity += "\u0000" + d.message();
        return hash(identity);
    }

    /** The text a fingerprint is made from, for people reading a baseline. */
    public static String anchor(Diagnostic d) {
        return anchor(d.excerpt(), d.span());
    }

    /** The matched text with its context; an empty span (a caret) is anchored by its line (cut to an excerpt). */
    static String anchor(String line, Span span) {
        int[] cps = LineWindow.codePoints(line);
        int start = Math.min(span.column() - 1, cps.length);
        int end = span.endLine() == span.line() ? Math.min(span.endColumn() - 1, cps.length) : cps.length;
        // A caret is anchored by its line, or by the contract's excerpt of it when the line is long:
        // a baseline quotes the anchor, and a line may hold millions of characters.
        if (end <= start) return LineWindow.excerpt(line, span);
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(cps.length, end + CONTEXT);
        return new String(cps, from, to - from);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
