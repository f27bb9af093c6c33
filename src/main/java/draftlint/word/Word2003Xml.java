package draftlint.word;

import draftlint.read.Reason;
import draftlint.read.UnreadableInputException;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Word 2003 XML document ({@code <w:wordDocument>}, "XML 文档" in Word 2003, often saved as
 * .doc), read into the paragraphs a .docx gives: body paragraphs and table cells in reading order,
 * text boxes after the paragraph that holds them, fields as displayed, deleted and hidden text left
 * out, and the automatic numbering of lists ({@code w:lists}) attached to a paragraph itself. Its
 * markup is an older WordprocessingML under another namespace; what differs from
 * {@link BodyWalker} is read here. Numbering that comes only from a paragraph style, and
 * outline levels, are not read: such a heading's number is missing from the checked text.
 * The file is parsed with POI's hardened parser settings (no DOCTYPE, no external entities).
 */
public final class Word2003Xml {
    static final String W = "http://schemas.microsoft.com/office/word/2003/wordml";

    private final ListNumbering numbering;
    private final List<WordParagraph> paragraphs = new ArrayList<>();
    private final Deque<Boolean> fields = new ArrayDeque<>();

    private Word2003Xml(ListNumbering numbering) {
        this.numbering = numbering;
    }

    public static List<WordParagraph> paragraphs(byte[] bytes) throws UnreadableInputException {
        Document xml;
        try {
            // POI's hardened factory (no DOCTYPE, no external entities), with a handler that throws
            // instead of logging a stack trace: the reason is said once, in the file's line.
            DocumentBuilder builder = XMLHelper.getDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            xml = builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException | SAXException e) {
            String m = Reason.detail(e);
            throw new UnreadableInputException(m.contains("DOCTYPE") ? Reason.of("word-xml-doctype")
                    : Reason.of("word-xml-not-well-formed", "detail", m), e);
        }
        Element root = xml.getDocumentElement();
        if (!is(root, "wordDocument")) throw new UnreadableInputException(Reason.of("not-word-xml"));
        Element body = child(root, "body");
        if (body == null) throw new UnreadableInputException(Reason.of("word-xml-no-body"));
        Word2003Xml file = new Word2003Xml(lists(child(root, "lists")));
        file.blocks(body, false);
        return file.paragraphs;
    }

    private static ListNumbering lists(Element lists) {
        Map<String, ListNumbering.Level[]> definitions = new HashMap<>();
        Map<String, ListNumbering.NumberedList> out = new HashMap<>();
        if (lists == null) return ListNumbering.of(out);
        for (Element def : children(lists)) {
            if (!is(def, "listDef")) continue;
            ListNumbering.Level[] levels = new ListNumbering.Level[ListNumbering.LEVELS];
            for (Element lvl : children(def)) {
                int ilvl = Ooxml.intOr(attr(lvl, "ilvl"), -1);
                if (!is(lvl, "lvl") || ilvl < 0 || ilvl >= levels.length) continue;
                levels[ilvl] = new ListNumbering.Level(Ooxml.intOr(val(lvl, "start"), 1),
                        NumberFormat.ofNfc(Ooxml.intOr(val(lvl, "nfc"), 0)), val(lvl, "lvlText"),
                        Ooxml.intOr(val(lvl, "lvlRestart"), ilvl), child(lvl, "isLgl") != null, null);
            }
            definitions.put(attr(def, "listDefId"), levels);
        }
        for (Element list : children(lists)) {
            if (!is(list, "list")) continue;
            String defId = val(list, "ilst");
            ListNumbering.Level[] levels = definitions.get(defId);
            if (levels == null) continue;
            // A list with overrides counts on its own, as in a .docx; its overrides themselves are not read.
            boolean overridden = child(list, "lvlOverride") != null;
            String key = overridden ? "ilfo:" + attr(list, "ilfo") : "def:" + defId;
            out.put(attr(list, "ilfo"), new ListNumbering.NumberedList(key, levels));
        }
        return ListNumbering.of(out);
    }

    private void blocks(Element container, boolean inTable) {
        for (Element e : children(container)) {
            if (is(e, "p")) paragraph(e, inTable);
            else if (is(e, "tbl")) blocks(e, true);
            else if (is(e, "sectPr") || is(e, "tblPr") || is(e, "tblGrid") || is(e, "trPr") || is(e, "tcPr")) continue;
            else blocks(e, inTable); // wx:sect, wx:sub-section, w:tr, w:tc, content of annotations
        }
    }

    private void paragraph(Element p, boolean inTable) {
        ParagraphText text = new ParagraphText();
        List<Element> textBoxes = new ArrayList<>();
        inline(p, text, textBoxes);
        Element listPr = child(child(p, "pPr"), "listPr");
        String number = "";
        if (listPr != null) number = numbering.next(val(listPr, "ilfo"), Ooxml.intOr(val(listPr, "ilvl"), 0));
        paragraphs.add(new WordParagraph(null, paragraphs.size() + 1, number, text.text(), List.of(), -1, inTable));
        for (Element box : textBoxes) blocks(box, inTable);
    }

    private void inline(Element container, ParagraphText text, List<Element> textBoxes) {
        for (Element e : children(container)) {
            if (is(e, "r")) run(e, text, textBoxes);
            else if (is(e, "pPr") || is(e, "rPr")) continue;
            else if (isDeletion(e)) continue;
            else inline(e, text, textBoxes); // hyperlinks, simple fields, insertions (aml:annotation/aml:content)
        }
    }

    private void run(Element r, ParagraphText text, List<Element> textBoxes) {
        Element rPr = child(r, "rPr");
        boolean hidden = child(rPr, "vanish") != null && !"off".equals(val(rPr, "vanish"));
        for (Element c : children(r)) {
            if (is(c, "fldChar")) {
                String type = attr(c, "fldCharType");
                if ("begin".equals(type)) fields.push(Boolean.FALSE);
                else if ("separate".equals(type) && !fields.isEmpty()) {
                    fields.pop();
                    fields.push(Boolean.TRUE);
                } else if ("end".equals(type) && !fields.isEmpty()) fields.pop();
                continue;
            }
            if (is(c, "pict")) {
                findTextBoxes(c, textBoxes);
                continue;
            }
            if (hidden || fields.contains(Boolean.FALSE)) continue;
            if (is(c, "t")) text.append(c.getTextContent(), null, null);
            else if (is(c, "tab")) text.append("\t", null, null);
            else if (is(c, "br") || is(c, "cr")) text.lineBreak(null, null);
            else if (is(c, "noBreakHyphen")) text.append("-", null, null);
        }
    }

    private static void findTextBoxes(Element e, List<Element> out) {
        if (is(e, "txbxContent")) {
            out.add(e);
            return;
        }
        for (Element c : children(e)) findTextBoxes(c, out);
    }

    /** A tracked deletion: {@code <aml:annotation w:type="Word.Deletion">}. */
    private static boolean isDeletion(Element e) {
        return "annotation".equals(e.getLocalName()) && "Word.Deletion".equals(attr(e, "type"));
    }

    private static boolean is(Node node, String localName) {
        return Ooxml.is(node, W, localName);
    }

    private static Element child(Element parent, String localName) {
        return Ooxml.child(parent, W, localName);
    }

    private static List<Element> children(Element parent) {
        return Ooxml.children(parent);
    }

    private static String attr(Element e, String localName) {
        return Ooxml.attr(e, W, localName);
    }

    /** The {@code w:val} of the child named {@code localName}, or null. */
    private static String val(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : attr(c, "val");
    }
}
