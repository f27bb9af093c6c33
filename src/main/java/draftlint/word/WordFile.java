package draftlint.word;

import draftlint.read.Reason;
import draftlint.read.UnreadableInputException;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A .docx opened with POI, with what reading its body needs: the body element, the list
 * numbering and the paragraph styles. Opening refuses, each with a one-line reason, what is not
 * a Word document, a password-protected one, a legacy binary one, and a zip bomb or a part too
 * large to be a draft (POI's own safeguards, which inflate nothing beyond their limits).
 */
public final class WordFile implements AutoCloseable {
    /**
     * No part of a draft is this large unpacked; a picture may come close, text never does. POI's
     * own cap on a part read into memory is the same 100 MB.
     */
    private static final long MAX_PART_BYTES = 100_000_000L;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final XWPFDocument document;
    private final ParagraphStyles styles;
    private final ListNumbering numbering;

    private WordFile(XWPFDocument document) throws UnreadableInputException {
        // POI opens a main part without <w:body> (a damaged or hand-made file) as a document whose
        // body is null; everything after this constructor may rely on the body being there.
        if (document.getDocument() == null || document.getDocument().getBody() == null) {
            throw new UnreadableInputException(Reason.of("no-document-body"));
        }
        this.document = document;
        this.styles = document.getStyles() == null ? ParagraphStyles.none()
                : ParagraphStyles.of(xml(document.getStyles()));
        this.numbering = ListNumbering.of(document.getNumbering() == null ? null : xml(document.getNumbering()), styles);
    }

    public static WordFile open(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) throw new UnreadableInputException(Reason.of("empty"));
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) throw new UnreadableInputException(legacyOrEncrypted(bytes));
        if (!startsWith(bytes, 'P', 'K')) {
            throw new UnreadableInputException(Reason.of("not-docx"));
        }
        try {
            return new WordFile(new XWPFDocument(new ByteArrayInputStream(bytes)));
        } catch (UnreadableInputException e) {
            throw e; // already a reason of ours
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(reason(e), e);
        }
    }

    public XWPFDocument document() {
        return document;
    }

    Element body() {
        return (Element) document.getDocument().getBody().getDomNode();
    }

    ParagraphStyles styles() {
        return styles;
    }

    ListNumbering numbering() {
        return numbering;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** An OLE2 file is either a .doc/.wps or an encrypted .docx, which Office wraps in OLE2. */
    private static Reason legacyOrEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) return Reason.of("password");
        } catch (IOException | RuntimeException e) {
            return Reason.of("damaged-container");
        }
        return Reason.of("legacy-binary");
    }

    private static Reason reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("max size of the expanded data") || m.contains("maximum length for this record type")) {
                return Reason.of("part-too-large", "mb", MAX_PART_BYTES / 1_000_000);
            }
            if (m.contains("Zip bomb")) {
                return Reason.of("zip-bomb");
            }
            if (m.contains("DOCTYPE is disallowed")) {
                // Word never writes a DOCTYPE; one there can only declare entities (a billion-laughs
                // bomb, an external file or URL). POI's parser refuses it before expanding or fetching.
                return Reason.of("doctype");
            }
            if (m.contains("EncryptionInfo") || m.contains("encrypted")) return Reason.of("password");
        }
        return Reason.of("damaged-or-not-word", "detail", Reason.detail(e));
    }

    private static Document xml(POIXMLDocumentPart part) throws UnreadableInputException {
        try (InputStream in = part.getPackagePart().getInputStream()) {
            return DocumentHelper.readDocument(in);
        } catch (IOException | SAXException e) {
            throw new UnreadableInputException(Reason.of("part-not-xml", "part", part.getPackagePart().getPartName()), e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
