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
 * make it new. A finding that matches no text (a caret) adds its message, which is in the run's
 * language; a whole-document finding (an empty span at 1:1) is its rule and message alone, less
 * the message's numbers.
 * Baselines and SARIF's {@code partialFingerprints} use it.
 */
public final class Fingerprint {
    /** Code points of context taken on each side of the matched text, within its line. */
    static final int CONTEXT = 4;

    private Fingerprint() {
    }

    public static String of(Diagnostic d) {
        // A whole-document finding stands at 1:1 whatever line 1 says: a line added at the top must
        // not make it new, so its line is no part of it (its message tells it apart).
        // Its numbers are left out too: 全文使用半角标点（12处） is the same finding at 13.
        if (wholeDocument(d)) return hash(d.rule() + "\u0000\u0000" + d.message().replaceAll("[0-9]+", "#"));
        String identity = d.rule() + "\u0000" + anchor(d.excerpt(), d.span());
        // A caret matches no text; its message (in the run's language)
        // tells it from the rule's other findings there, such as two different missing marks.
        if (d.span().isEmpty()) identity += "\u0000" + d.message();
        return hash(identity);
    }

    /** The text a fingerprint is made from, for people reading a baseline. */
    public static String anchor(Diagnostic d) {
        return wholeDocument(d) ? d.message() : anchor(d.excerpt(), d.span());
    }

    /** The contract's whole-document position: line 1, column 1, covering nothing. */
    private static boolean wholeDocument(Diagnostic d) {
        return d.span().equals(Span.documentStart());
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
