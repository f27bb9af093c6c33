package draftlint.read;

import draftlint.draft.Draft;
import draftlint.draft.WordLayout;
import draftlint.word.BinaryWordFile;
import draftlint.word.Word2003Xml;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a {@code .doc} or {@code .wps} input by what it holds, not by its name: Word's binary format
 * (an OLE2 container with a {@code WordDocument} stream; WPS 文字 saves .wps in it too) is read
 * with HWPF into the same paragraphs as a .docx; a .docx under the old name goes to the
 * {@link DocxReader}; Word 2003 XML ({@code <w:wordDocument>}) read by {@link Word2003Xml}.
 * RTF, a web page saved as .doc, a PDF, plain text and older WPS formats are refused, each with a
 * one-line reason that says what the file is.
 */
public final class DocReader implements DraftReader {
    @Override
    public Draft read(String path, byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) throw new UnreadableInputException(Reason.of("empty"));
        if (isOle2(bytes)) return binary(path, bytes);
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            if (!hasEntry(bytes, "[Content_Types].xml")) {
                throw new UnreadableInputException(Reason.of("zip-not-word"));
            }
            return new DocxReader().read(path, bytes); // a .docx renamed
        }
        String head = head(bytes);
        if (head.startsWith("{\\rtf")) {
            throw new UnreadableInputException(Reason.of("rtf"));
        }
        if (head.startsWith("%PDF")) throw new UnreadableInputException(Reason.of("pdf"));
        // Case matters: Word's own HTML export carries a <w:WordDocument> block of settings.
        if ((head.startsWith("<?xml") || head.startsWith("<w:wordDocument")) && head.contains("wordDocument")) {
            return DocxReader.draft(path, Word2003Xml.paragraphs(bytes), WordLayout.NONE);
        }
        if (head.startsWith("<?xml") && head.contains("office:document")) {
            throw new UnreadableInputException(Reason.of("fodt"));
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
                || lower.startsWith("mime-version:")) {
            throw new UnreadableInputException(Reason.of("web-page"));
        }
        throw new UnreadableInputException(Reason.of("not-word"));
    }

    private static Draft binary(String path, byte[] bytes) throws UnreadableInputException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableInputException(Reason.of("password"));
            }
            if (!BinaryWordFile.isWordBinary(fs)) {
                throw new UnreadableInputException(Reason.of("office-not-word"));
            }
            return DocxReader.draft(path, BinaryWordFile.paragraphs(fs), WordLayout.NONE);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(Reason.of("damaged-container"), e);
        }
    }

    /** Whether the bytes are an OLE2 compound file: a Word 97-2003 document, or an encrypted .docx. */
    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    /** Whether a ZIP archive names an entry; names are read, nothing is unpacked. */
    private static boolean hasEntry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return true;
            }
        } catch (IOException | RuntimeException e) {
            return true; // damaged: the .docx reader says how
        }
        return false;
    }

    /** The first bytes as text, past a byte order mark and white space (ASCII suffices to tell the formats apart). */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String s;
        if (startsWith(bytes, 0xFF, 0xFE)) s = new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        else if (startsWith(bytes, 0xFE, 0xFF)) s = new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        else s = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        return s.replaceFirst("^(\u00EF\u00BB\u00BF|\uFEFF)?\\s*", "");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
