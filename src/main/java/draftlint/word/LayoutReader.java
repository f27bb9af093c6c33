package draftlint.word;

import draftlint.draft.WordLayout;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word file's layout as Word shows it ({@link WordLayout}): the resolved look of every
 * paragraph the body walker read, each section's page, and the footers that show a page number.
 * Everything is read through POI's model of the parts; {@link FormatResolver} does the inheritance.
 */
public final class LayoutReader {
    private final WordFile file;
    private final FormatResolver resolver;

    private LayoutReader(WordFile file) {
        this.file = file;
        XWPFDocument document = file.document();
        this.resolver = new FormatResolver(document, ThemeFonts.of(document, themeScript(document)));
    }

    /** The layout of {@code file}, whose body reads as {@code paragraphs}. */
    public static WordLayout read(WordFile file, List<WordParagraph> paragraphs) {
        LayoutReader reader = new LayoutReader(file);
        List<WordLayout.ParagraphFormat> formats = new ArrayList<>(paragraphs.size());
        for (WordParagraph p : paragraphs) formats.add(reader.format(p));
        return new WordLayout(formats, reader.sections(), reader.pageNumbers(), evenAndOdd(file.document()));
    }

    private WordLayout.ParagraphFormat format(WordParagraph p) {
        CTP ctp = typed(p.element(), CTP.class);
        CTPPr pPr = ctp == null ? null : ctp.getPPr();
        FormatResolver.Look paragraph = resolver.paragraph(pPr);
        List<WordLayout.FontSpan> spans = new ArrayList<>();
        int offset = p.autoNumber().length();
        if (offset > 0) spans.add(resolver.number(paragraph).span(0, offset));
        Map<Element, FormatResolver.Look> looks = new HashMap<>();
        for (WordParagraph.Segment s : p.segments()) {
            FormatResolver.Look look = looks.computeIfAbsent(s.run(), run -> {
                CTR ctr = typed(run, CTR.class);
                CTRPr rPr = ctr == null ? null : ctr.getRPr();
                return resolver.run(paragraph, rPr);
            });
            WordLayout.FontSpan span = look.span(offset + s.start(), offset + s.end());
            WordLayout.FontSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == span.start() && sameLook(last, span)) {
                spans.set(spans.size() - 1, new WordLayout.FontSpan(last.start(), span.end(), last.eastAsia(),
                        last.latin(), last.halfPoints(), last.bold(), last.color()));
            } else {
                spans.add(span);
            }
        }
        return paragraph.format(spans, inTextBox(p.element()), lineBreaks(p.element()));
    }

    /** Line breaks typed in the paragraph (Shift+Enter, {@code w:br} of no type or textWrapping, {@code w:cr}). */
    private static int lineBreaks(Element p) {
        int n = 0;
        for (String name : new String[]{"br", "cr"}) {
            org.w3c.dom.NodeList found = p.getElementsByTagNameNS(p.getNamespaceURI(), name);
            for (int i = 0; i < found.getLength(); i++) {
                String type = ((Element) found.item(i)).getAttributeNS(p.getNamespaceURI(), "type");
                if (type.isEmpty() || type.equals("textWrapping")) n++;
            }
        }
        return n;
    }

    private static boolean inTextBox(Element p) {
        for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
            if ("txbxContent".equals(n.getLocalName())) return true;
        }
        return false;
    }

    private static boolean sameLook(WordLayout.FontSpan a, WordLayout.FontSpan b) {
        return a.eastAsia().equals(b.eastAsia()) && a.latin().equals(b.latin()) && a.halfPoints() == b.halfPoints()
                && a.bold() == b.bold() && a.color().equals(b.color());
    }

    /** Each section's page: the {@code sectPr} closing a section in a paragraph, then the body's last one. */
    private List<WordLayout.Section> sections() {
        List<CTSectPr> found = new ArrayList<>();
        var body = file.document().getDocument().getBody();
        for (CTP p : body.getPList()) {
            if (p.getPPr() != null && p.getPPr().getSectPr() != null) found.add(p.getPPr().getSectPr());
        }
        if (body.getSectPr() != null) found.add(body.getSectPr());
        int normal = resolver.normal().halfPoints;
        List<WordLayout.Section> out = new ArrayList<>();
        for (CTSectPr s : found) {
            CTPageSz size = s.getPgSz();
            CTPageMar mar = s.getPgMar();
            CTDocGrid grid = s.getDocGrid();
            int w = size == null ? 0 : Measure.twips(size.getW(), 0);
            int h = size == null ? 0 : Measure.twips(size.getH(), 0);
            boolean landscape = size != null && size.getOrient() == STPageOrientation.LANDSCAPE;
            out.add(new WordLayout.Section(w, h, landscape,
                    mar == null ? 1440 : Math.abs(Measure.twips(mar.getTop(), 1440)),
                    mar == null ? 1440 : Math.abs(Measure.twips(mar.getBottom(), 1440)),
                    mar == null ? 1800 : Measure.twips(mar.getLeft(), 1800),
                    mar == null ? 1800 : Measure.twips(mar.getRight(), 1800),
                    mar == null ? 0 : Measure.twips(mar.getGutter(), 0),
                    grid == null || grid.getType() == null ? "default" : grid.getType().toString(),
                    grid == null ? 0 : Measure.integer(grid.getLinePitch(), 0),
                    grid == null ? 0 : Measure.integer(grid.getCharSpace(), 0),
                    normal, Boolean.TRUE.equals(Measure.onOff(s.getTitlePg()))));
        }
        return out;
    }

    /**
     * The footers in force that show a page number: the default footer, the even-page footer only
     * when odd and even pages differ, the first-page footer only when the section has a title page.
     */
    private List<WordLayout.PageNumber> pageNumbers() {
        List<WordLayout.PageNumber> out = new ArrayList<>();
        XWPFHeaderFooterPolicy policy;
        try {
            policy = file.document().getHeaderFooterPolicy();
        } catch (RuntimeException e) {
            return out;
        }
        if (policy == null) return out;
        CTSectPr last = file.document().getDocument().getBody().getSectPr();
        boolean titlePage = last != null && Boolean.TRUE.equals(Measure.onOff(last.getTitlePg()));
        addPageNumbers("default", policy.getDefaultFooter(), out);
        if (evenAndOdd(file.document())) addPageNumbers("even", policy.getEvenPageFooter(), out);
        if (titlePage) addPageNumbers("first", policy.getFirstPageFooter(), out);
        return out;
    }

    private void addPageNumbers(String which, XWPFFooter footer, List<WordLayout.PageNumber> out) {
        if (footer == null) return;
        Map<Element, XWPFParagraph> byElement = new HashMap<>();
        for (XWPFParagraph p : footer.getParagraphs()) byElement.put((Element) p.getCTP().getDomNode(), p);
        for (WordParagraph p : BodyWalker.paragraphs(file, (Element) footer._getHdrFtr().getDomNode())) {
            XWPFParagraph model = byElement.get(p.element());
            CTP ctp = model != null ? model.getCTP() : typed(p.element(), CTP.class);
            if (ctp != null && showsPageNumber(ctp, p.element())) {
                out.add(new WordLayout.PageNumber(which, p.checkedText(), format(p), position(ctp, p.element())));
            }
        }
    }

    /**
     * A {@code PAGE} field, simple or complex, in the paragraph's own runs (those in content controls
     * and hyperlinks included). A text box's paragraphs are read as paragraphs of their own, so the
     * one that holds the field is the page number, not the footer paragraph anchoring the box.
     */
    private static boolean showsPageNumber(CTP p, Element element) {
        String w = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
        // What selectPath finds inside text boxes and content controls comes back untyped: read it with a cursor.
        for (XmlObject t : p.selectPath(w + ".//w:instrText")) {
            try (XmlCursor c = t.newCursor()) {
                if (isPageField(c.getTextValue()) && own(t, element)) return true;
            }
        }
        for (XmlObject f : p.selectPath(w + ".//w:fldSimple")) {
            try (XmlCursor c = f.newCursor()) {
                if (isPageField(c.getAttributeText(INSTR)) && own(f, element)) return true;
            }
        }
        return false;
    }

    /** Whether {@code o} belongs to paragraph {@code p} itself, not to a text box inside it. */
    private static boolean own(XmlObject o, Element p) {
        for (Node n = o.getDomNode().getParentNode(); n != null && n != p; n = n.getParentNode()) {
            if ("txbxContent".equals(n.getLocalName())) return false;
        }
        return true;
    }

    private static final javax.xml.namespace.QName INSTR =
            new javax.xml.namespace.QName("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "instr");
    private static final Pattern VML_POSITION = Pattern.compile("mso-position-horizontal:\\s*([a-z]+)");

    /**
     * Where a page number that does not flow in the footer is placed across the page: by its frame
     * ({@code w:framePr w:xAlign}), or by the text box around it: a VML shape's
     * {@code mso-position-horizontal} (WPS writes these), a DrawingML anchor's {@code wp:positionH/wp:align}.
     * Neither the VML style nor the anchor has a model in POI, so those two are read off the elements.
     */
    private static String position(CTP p, Element element) {
        if (p.getPPr() != null && p.getPPr().getFramePr() != null && p.getPPr().getFramePr().getXAlign() != null) {
            return p.getPPr().getFramePr().getXAlign().toString();
        }
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if ("urn:schemas-microsoft-com:vml".equals(e.getNamespaceURI()) && e.hasAttribute("style")) {
                Matcher m = VML_POSITION.matcher(e.getAttribute("style"));
                if (m.find()) return m.group(1);
            }
            if ("anchor".equals(e.getLocalName())) {
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!"positionH".equals(c.getLocalName())) continue;
                    for (Node a = c.getFirstChild(); a != null; a = a.getNextSibling()) {
                        if ("align".equals(a.getLocalName())) return Ooxml.text((Element) a).strip();
                    }
                }
            }
        }
        return "";
    }

    private static boolean isPageField(String instr) {
        if (instr == null) return false;
        String code = instr.trim().toUpperCase(Locale.ROOT);
        return code.equals("PAGE") || code.startsWith("PAGE ") || code.startsWith("PAGE\\");
    }

    private static boolean evenAndOdd(XWPFDocument document) {
        try {
            if (document.getSettings() == null) return false;
            CTSettings settings = document.getSettings().getCTSettings();
            return settings != null && Boolean.TRUE.equals(Measure.onOff(settings.getEvenAndOddHeaders()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The theme script of the document's east-Asian language: {@code Hans} unless the settings say otherwise. */
    private static String themeScript(XWPFDocument document) {
        try {
            CTSettings settings = document.getSettings() == null ? null : document.getSettings().getCTSettings();
            String lang = settings == null || settings.getThemeFontLang() == null ? null : settings.getThemeFontLang().getEastAsia();
            if (lang == null) return "Hans";
            lang = lang.toLowerCase(Locale.ROOT);
            if (lang.startsWith("zh-tw") || lang.startsWith("zh-hk") || lang.startsWith("zh-mo")) return "Hant";
            if (lang.startsWith("ja")) return "Jpan";
            if (lang.startsWith("ko")) return "Hang";
            return "Hans";
        } catch (RuntimeException e) {
            return "Hans";
        }
    }

    /**
     * The XMLBeans object behind a DOM element of POI's model, as its schema type. Inside
     * {@code mc:AlternateContent} (a text box saved for new and old Word) XMLBeans holds the content
     * untyped; such an element is parsed as the type it is.
     */
    private static <T> T typed(Element element, Class<T> type) {
        try (XmlCursor c = XmlBeans.nodeToCursor(element)) {
            XmlObject o = c.getObject();
            if (type.isInstance(o)) return type.cast(o);
        } catch (RuntimeException e) {
            // fall through to parsing a copy
        }
        try {
            // Without the document element replaced, the element would be parsed as the content of its own type.
            XmlOptions unwrap = new XmlOptions().setLoadReplaceDocumentElement(null);
            if (type == CTP.class) return type.cast(CTP.Factory.parse(element, unwrap));
            if (type == CTR.class) return type.cast(CTR.Factory.parse(element, unwrap));
        } catch (XmlException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
