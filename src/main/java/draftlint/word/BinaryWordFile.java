package draftlint.word;

import draftlint.read.Reason;
import draftlint.read.UnreadableInputException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A Word 97-2003 binary document (.doc, and the .wps that WPS 文字 saves in the same format), read
 * with POI's HWPF into the paragraphs a .docx gives ({@link BodyWalker}): the main text in reading
 * order, table cells row by row (the mark that ends a row is no paragraph), automatic numbering
 * rendered by the same {@link ListNumbering}, tracked changes accepted, fields as displayed,
 * hidden text left out. Headers, footers, footnotes and comments are not read, as for a .docx.
 * Text boxes are read after the body: the binary format keeps their text apart from the
 * paragraph that anchors them, and POI does not tell which paragraph that is.
 * The paragraphs carry no XML elements: a binary document cannot be annotated.
 */
public final class BinaryWordFile {
    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATE = 0x14;
    private static final char FIELD_END = 0x15;

    private final ListNumbering numbering;
    private final List<WordParagraph> paragraphs = new ArrayList<>();
    /** One entry per open field: false while its code runs, true once its result begins. */
    private final Deque<Boolean> fields = new ArrayDeque<>();

    private BinaryWordFile(ListNumbering numbering) {
        this.numbering = numbering;
    }

    /** Whether an OLE2 container holds a Word binary document (its {@code WordDocument} stream). */
    public static boolean isWordBinary(POIFSFileSystem fs) {
        return fs.getRoot().hasEntry("WordDocument");
    }

    /** The paragraphs of the document in reading order, numbered from 1. */
    public static List<WordParagraph> paragraphs(POIFSFileSystem fs) throws UnreadableInputException {
        HWPFDocument document;
        try {
            int ident = wIdent(fs);
            // The FIB's first field names the format: 0xA5EC for Word 97 and later; Word 6.0/95
            // wrote 0xA5DC. Anything else is no Word stream, whatever POI would make of it.
            if (ident != 0xA5EC && ident != 0xA5DC) {
                throw new UnreadableInputException(Reason.of("word-stream-damaged"));
            }
            document = new HWPFDocument(fs);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableInputException(Reason.of("password"));
        } catch (OldWordFileFormatException e) {
            throw new UnreadableInputException(Reason.of("word-95"));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(damaged(e), e);
        }
        try {
            BinaryWordFile file = new BinaryWordFile(BinaryLists.of(document));
            file.read(document.getRange());
            file.fields.clear();
            file.readTextBoxes(document.getMainTextboxRange());
            return file.paragraphs;
        } catch (RuntimeException e) {
            throw new UnreadableInputException(damaged(e), e);
        }
    }

    public static List<WordParagraph> paragraphs(byte[] bytes) throws UnreadableInputException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return paragraphs(fs);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(damaged(e), e);
        }
    }

    private void read(Range range) {
        if (range == null) return;
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd()) continue;
            paragraph(p);
        }
    }

    /**
     * The text boxes' story holds each box's paragraphs and then one more paragraph mark that ends
     * the story (an empty range in a document without boxes has that mark alone): it is no paragraph.
     */
    private void readTextBoxes(Range range) {
        if (range == null || range.text().isBlank()) return;
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph p = range.getParagraph(i);
            if (i == count - 1 && p.text().isBlank()) continue;
            if (p.isInTable() && p.isTableRowEnd()) continue;
            paragraph(p);
        }
    }

    private void paragraph(Paragraph p) {
        ParagraphText text = new ParagraphText();
        boolean markDeleted = false;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            String s = run.text();
            boolean skipped = run.isMarkedDeleted() || run.isVanished();
            StringBuilder shown = new StringBuilder();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == FIELD_BEGIN) {
                    fields.push(Boolean.FALSE);
                } else if (c == FIELD_SEPARATE && !fields.isEmpty()) {
                    fields.pop();
                    fields.push(Boolean.TRUE);
                } else if (c == FIELD_END) {
                    if (!fields.isEmpty()) fields.pop();
                } else if (c == '\r' || c == 0x07) {
                    markDeleted = run.isMarkedDeleted(); // the paragraph (or cell) mark
                } else if (skipped || fields.contains(Boolean.FALSE)) {
                    continue;
                } else if (c == 0x0B || c == 0x0C || c == 0x0E) {
                    // A line, page, section or column break: no char of the text (see ParagraphText).
                    flush(shown, text);
                    text.lineBreak(null, null);
                } else if (c == 0x1E) {
                    shown.append('-'); // a non-breaking hyphen
                } else if (c == '\t' || c >= 0x20) {
                    shown.append(c);
                }
                // Other controls stand for a picture, a drawing, a note or comment mark, an optional hyphen.
            }
            flush(shown, text);
        }
        if (text.isEmpty() && markDeleted) return; // a paragraph deleted whole, as BodyWalker leaves it out
        int lvl = p.getLvl();
        String number = p.getIlfo() > 0 ? numbering.next(String.valueOf(p.getIlfo()), p.getIlvl()) : "";
        paragraphs.add(new WordParagraph(null, paragraphs.size() + 1, number, text.text(), List.of(),
                lvl >= 0 && lvl < 9 ? lvl : -1, p.isInTable()));
    }

    private static void flush(StringBuilder shown, ParagraphText text) {
        if (shown.isEmpty()) return;
        text.append(shown.toString(), null, null);
        shown.setLength(0);
    }

    private static int wIdent(POIFSFileSystem fs) throws IOException {
        try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
            return in.available() < 2 ? -1 : in.readUShort();
        }
    }

    private static Reason damaged(Throwable e) {
        return Reason.of("damaged-or-not-word", "detail", Reason.detail(e));
    }
}
