package draftlint.fix;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.DecodedText;
import draftlint.read.Reason;
import draftlint.read.TextDecoder;
import draftlint.read.UnreadableInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Applies the safe fixes of a file's findings and writes the file back as it was: in its own
 * encoding, with its byte-order mark and its line ends (the edits are made on the decoded text,
 * line ends included, so only the replaced characters change). The new file is written beside
 * the old one and renamed over it, so a reader never sees half a file; and a file that changed
 * on disk while it was being fixed is left alone.
 */
public final class Fixer {
    /** Fixing can make new findings with fixes; ESLint stops after ten passes, and so do we. */
    static final int MAX_PASSES = 10;

    /**
     * @param applied how many replacements were made (0: the file is unchanged)
     * @param diff    the unified diff of the change, "" when there is none
     * @param error   why the file was not fixed, or null
     */
    public record Outcome(String path, int applied, String diff, String error) {
        static Outcome refused(String path, String reason) {
            return new Outcome(path, 0, "", reason);
        }
    }

    private final Function<Input, FileReport> check;
    private final Language language;

    /** @param check checks a file's bytes as {@code draftlint check} would, with the same settings */
    public Fixer(Function<Input, FileReport> check) {
        this(check, Language.ZH);
    }

    /** @param language the language of the reason a file is not fixed (the check's own reasons are its checker's) */
    public Fixer(Function<Input, FileReport> check, Language language) {
        this.check = check;
        this.language = language;
    }

    public Outcome fix(String shown, Path file, boolean write) {
        if (!isFixable(shown)) return Outcome.refused(shown, words(Reason.of("fix-text-only")));
        byte[] original;
        try {
            original = Files.readAllBytes(file);
        } catch (IOException e) {
            return Outcome.refused(shown, words(Reason.of("cannot-read", "detail", Reason.detail(e))));
        }
        Fixed fixed = attempt(shown, file, original);
        if (fixed.outcome().error() != null || fixed.outcome().applied() == 0 || !write) return fixed.outcome();
        Reason trouble = replace(file, original, fixed.bytes());
        return trouble != null ? Outcome.refused(shown, words(trouble)) : fixed.outcome();
    }

    /**
     * The outcome of fixing, with the fixed bytes (the original ones when nothing changed or it was refused).
     */
    public record Fixed(Outcome outcome, byte[] bytes) {
    }

    /**
     * Fixes bytes that are not a file (draftlint serve: an upload kept in memory); nothing is written.
     *
     * @param shown the name the bytes are reported under; its extension chooses the reader
     */
    public Fixed fix(String shown, byte[] original) {
        if (!isFixable(shown)) return new Fixed(Outcome.refused(shown, words(Reason.of("fix-text-only"))), original);
        return attempt(shown, null, original);
    }

    /** Decodes, fixes pass by pass, and encodes back: the work of both, the file written by neither. */
    private Fixed attempt(String shown, Path file, byte[] original) {
        DecodedText decoded;
        try {
            decoded = new TextDecoder().decode(original);
        } catch (UnreadableInputException e) {
            return new Fixed(Outcome.refused(shown, words(e.reason())), original);
        }
        Charset charset = Charset.forName(decoded.encoding());
        byte[] bom = decoded.byteOrderMark() ? bom(decoded.encoding()) : new byte[0];
        // Writing back must change nothing but the fixes: a text that does not encode back to the
        // very same bytes (a lenient decode, an odd charset) is not ours to rewrite.
        byte[] same = encode(decoded.text(), charset, bom);
        if (same == null || !Arrays.equals(same, original)) {
            return new Fixed(Outcome.refused(shown, words(Reason.of("fix-not-round-trip", "encoding", decoded.encoding()))), original);
        }

        String text = decoded.text();
        int applied = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            byte[] bytes = encode(text, charset, bom);
            if (bytes == null) return new Fixed(Outcome.refused(shown, unencodable(decoded)), original);
            FileReport report = check.apply(new Input(shown, file, bytes));
            if (report.failed()) return new Fixed(Outcome.refused(shown, report.error()), original);
            List<Edit> edits = new ArrayList<>();
            for (Diagnostic d : report.diagnostics()) {
                if (d.fix() != null) edits.add(new Edit(d.span(), d.fix()));
            }
            if (edits.isEmpty()) break;
            TextEdits.Result result = new TextEdits(text).apply(edits);
            if (result.applied() == 0 || result.text().equals(text)) break;
            text = result.text();
            applied += result.applied();
        }
        if (applied == 0) return new Fixed(new Outcome(shown, 0, "", null), original);

        byte[] fixed = encode(text, charset, bom);
        if (fixed == null) return new Fixed(Outcome.refused(shown, unencodable(decoded)), original);
        String diff = UnifiedDiff.of(shown, lines(decoded.text()), lines(text));
        return new Fixed(new Outcome(shown, applied, diff, null), fixed);
    }

    private String unencodable(DecodedText decoded) {
        return words(Reason.of("fix-unencodable", "encoding", decoded.encoding()));
    }

    /** Why a file is not fixed, in this fixer's language ({@code rules/reasons_<lang>.properties}). */
    private String words(Reason reason) {
        return Reasons.text(reason, language);
    }

    static boolean isFixable(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** Writes {@code fixed} over {@code file} if it still holds {@code original}; returns why not, or null. */
    private static Reason replace(Path file, byte[] original, byte[] fixed) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".draftlint-fix");
            Files.write(tmp, fixed);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            // Checked as late as possible: someone may have saved the file while we worked.
            if (!Arrays.equals(Files.readAllBytes(file), original)) {
                return Reason.of("fix-file-changed");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return null;
        } catch (IOException e) {
            return Reason.of("fix-cannot-write", "detail", Reason.detail(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a stray temporary file is the lesser harm
                }
            }
        }
    }

    private static byte[] encode(String text, Charset charset, byte[] bom) {
        try {
            ByteBuffer body = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            ByteArrayOutputStream out = new ByteArrayOutputStream(bom.length + body.remaining());
            out.write(bom, 0, bom.length);
            out.write(body.array(), body.arrayOffset() + body.position(), body.remaining());
            return out.toByteArray();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] bom(String encoding) {
        return switch (encoding) {
            case "UTF-8" -> new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[]{(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[]{(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
    }

    /** The text's lines without their ends, numbered as the readers number them. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
