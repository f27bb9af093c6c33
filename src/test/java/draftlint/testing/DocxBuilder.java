package draftlint.testing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds .docx fixtures with POI from WordprocessingML fragments, written as Word writes them, so
 * that a test shows exactly what the document holds. Fragments use the {@code w:} prefix; the
 * namespaces are declared here.
 */
public final class DocxBuilder {
    public static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private final List<String> body = new ArrayList<>();
    private final List<String> numbering = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private String header;
    private final List<HeaderFooterType> footerTypes = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();
    private boolean evenAndOdd;
    private String theme;
    private String themeLanguage;

    /** A paragraph of plain runs, one run per argument. */
    public static String p(String... runs) {
        StringBuilder out = new StringBuilder("<w:p>");
        for (String r : runs) out.append(r(r));
        return out.append("</w:p>").toString();
    }

    /** A paragraph on list {@code numId} at level {@code ilvl} (0-based), with one run. */
    public static String numbered(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + r(text) + "</w:p>";
    }

    public static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A list definition with one level per {@code {numFmt, lvlText}} pair, starting at 1. */
    public static String abstractNum(int id, String[]... levels) {
        StringBuilder out = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">");
        for (int i = 0; i < levels.length; i++) {
            out.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(levels[i][0]).append("\"/><w:lvlText w:val=\"").append(levels[i][1]).append("\"/></w:lvl>");
        }
        return out.append("</w:abstractNum>").toString();
    }

    public static String num(int numId, int abstractNumId) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractNumId + "\"/></w:num>";
    }

    public DocxBuilder body(String... fragments) {
        body.addAll(List.of(fragments));
        return this;
    }

    public DocxBuilder numbering(String... fragments) {
        numbering.addAll(List.of(fragments));
        return this;
    }

    public DocxBuilder styles(String... fragments) {
        styles.addAll(List.of(fragments));
        return this;
    }

    public DocxBuilder header(String text) {
        header = text;
        return this;
    }

    /** A footer of {@code type} made of WordprocessingML paragraphs. */
    public DocxBuilder footer(HeaderFooterType type, String paragraphs) {
        footerTypes.add(type);
        footers.add(paragraphs);
        return this;
    }

    /** Odd and even pages get footers of their own (Word's 奇偶页不同, {@code w:evenAndOddHeaders}). */
    public DocxBuilder evenAndOddFooters() {
        evenAndOdd = true;
        return this;
    }

    /** A theme part ({@code <a:theme>…</a:theme>}, with the {@code a:} prefix), and the east-Asian language its fonts are chosen for. */
    public DocxBuilder theme(String themeXml, String eastAsiaLanguage) {
        theme = themeXml;
        themeLanguage = eastAsiaLanguage;
        return this;
    }

    public XWPFDocument document() {
        try {
            XWPFDocument doc = new XWPFDocument();
            // Parsed as whole part documents: a type's own Factory.parse would nest the root element inside itself.
            doc.getDocument().setBody(DocumentDocument.Factory.parse("<w:document " + NAMESPACES + "><w:body>"
                    + String.join("", body) + "</w:body></w:document>").getDocument().getBody());
            if (!numbering.isEmpty()) {
                doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(
                        "<w:numbering " + NAMESPACES + ">" + String.join("", numbering) + "</w:numbering>").getNumbering());
            }
            if (!styles.isEmpty()) {
                doc.createStyles().setStyles(StylesDocument.Factory.parse(
                        "<w:styles " + NAMESPACES + ">" + String.join("", styles) + "</w:styles>").getStyles());
            }
            if (header != null) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
            }
            for (int i = 0; i < footers.size(); i++) {
                doc.createFooter(footerTypes.get(i)).setHeaderFooter(FtrDocument.Factory.parse(
                        "<w:ftr " + NAMESPACES + ">" + footers.get(i) + "</w:ftr>").getFtr());
            }
            if (evenAndOdd) doc.setEvenAndOddHeadings(true);
            if (theme != null) {
                doc.createTheme().setTheme(ThemeDocument.Factory.parse(theme).getTheme());
                doc.getSettings().getCTSettings().addNewThemeFontLang().setEastAsia(themeLanguage);
            }
            return doc;
        } catch (XmlException e) {
            throw new IllegalArgumentException("fixture XML does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * The document as Word saves it behind a password: OOXML agile encryption inside an OLE2 container.
     */
    public byte[] encryptedBytes(String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(bytes());
            }
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public byte[] bytes() {
        try (XWPFDocument doc = document(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
