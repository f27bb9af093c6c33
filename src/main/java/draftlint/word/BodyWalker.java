package draftlint.word;

import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static draftlint.word.Ooxml.child;
import static draftlint.word.Ooxml.childVal;
import static draftlint.word.Ooxml.is;

/**
 * Reads the paragraphs of a document body in reading order: body paragraphs, the paragraphs of
 * table cells row by row (nested tables where they stand), content controls, and the paragraphs
 * of a text box right after the paragraph that anchors it. Headers, footers, footnotes and
 * comments are not body text and are not read. The text of a paragraph is what Word shows with
 * every tracked change accepted: inserted and moved-to runs in, deleted and moved-from runs out,
 * a paragraph deleted whole left out; fields show their result, never their code; hidden text
 * ({@code w:vanish}) is left out.
 */
public final class BodyWalker {
    /** Block-level elements that hold no body text, or only text that tracked changes removed. */
    private static final Set<String> NOT_BLOCK_TEXT = Set.of("del", "moveFrom", "sectPr", "tblPr", "tblGrid",
            "trPr", "tcPr", "tblPrEx", "sdtPr", "sdtEndPr", "altChunk");
    /** Run-level elements whose content is not shown as text once changes are accepted. */
    private static final Set<String> NOT_INLINE_TEXT = Set.of("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr");

    private final ListNumbering numbering;
    private final ParagraphStyles styles;
    private final List<WordParagraph> paragraphs = new ArrayList<>();
    /** One entry per open complex field: false while its code runs, true once its result begins. */
    private final Deque<Boolean> fields = new ArrayDeque<>();

    private BodyWalker(ListNumbering numbering, ParagraphStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The paragraphs of the document's body in reading order, numbered from 1. */
    public static List<WordParagraph> paragraphs(WordFile file) {
        BodyWalker walker = new BodyWalker(file.numbering(), file.styles());
        walker.blocks(file.body(), false);
        return walker.paragraphs;
    }

    /** The paragraphs of another story of the document (a footer), read as the body is. */
    static List<WordParagraph> paragraphs(WordFile file, Element container) {
        BodyWalker walker = new BodyWalker(file.numbering(), file.styles());
        walker.blocks(container, false);
        return walker.paragraphs;
    }

    private void blocks(Element container, boolean inTable) {
        for (Element e : Ooxml.children(container)) {
            if (is(e, "p")) {
                paragraph(e, inTable);
            } else if (is(e, "tbl")) {
                blocks(e, true);
            } else if (isFallback(e) || Ooxml.W.equals(e.getNamespaceURI()) && NOT_BLOCK_TEXT.contains(e.getLocalName())) {
                continue;
            } else {
                blocks(e, inTable);
            }
        }
    }

    private void paragraph(Element p, boolean inTable) {
        ParagraphText text = new ParagraphText();
        List<Element> textBoxes = new ArrayList<>();
        inline(p, text, textBoxes);
        Element pPr = child(p, "pPr");
        if (text.isEmpty() && markDeleted(pPr)) {
            // Accepting the deletion of a whole paragraph removes it, number and all.
            textBoxes.forEach(box -> blocks(box, inTable));
            return;
        }
        String styleId = styles.styleOf(pPr);
        String outline = childVal(pPr, "outlineLvl");
        if (outline == null) outline = styles.outlineLevel(styleId);
        int outlineLevel = Ooxml.intOr(outline, -1);
        paragraphs.add(new WordParagraph(p, paragraphs.size() + 1, numbering.next(pPr), text.text(), text.segments(),
                outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel : -1, inTable));
        for (Element box : textBoxes) blocks(box, inTable);
    }

    private static boolean markDeleted(Element pPr) {
        Element rPr = child(pPr, "rPr");
        return child(rPr, "del") != null || child(rPr, "moveFrom") != null;
    }

    private void inline(Element container, ParagraphText text, List<Element> textBoxes) {
        for (Element e : Ooxml.children(container)) {
            if (is(e, "r")) {
                run(e, text, textBoxes);
            } else if (isFallback(e) || Ooxml.MATH.equals(e.getNamespaceURI())
                    || Ooxml.W.equals(e.getNamespaceURI()) && NOT_INLINE_TEXT.contains(e.getLocalName())) {
                continue;
            } else {
                // Hyperlinks, simple fields (their runs are the result), insertions, content controls, smart tags.
                inline(e, text, textBoxes);
            }
        }
    }

    private void run(Element r, ParagraphText text, List<Element> textBoxes) {
        Element rPr = child(r, "rPr");
        boolean hidden = Ooxml.isOn(rPr, "vanish") || Ooxml.isOn(rPr, "webHidden");
        for (Element c : Ooxml.children(r)) {
            if (is(c, "fldChar")) {
                field(Ooxml.attr(c, "fldCharType"));
                continue;
            }
            if (is(c, "drawing") || is(c, "pict") || is(c, "object") || Ooxml.MC.equals(c.getNamespaceURI())) {
                findTextBoxes(c, textBoxes);
                continue;
            }
            if (hidden || fields.contains(Boolean.FALSE)) continue;
            if (is(c, "t")) {
                text.append(Ooxml.text(c), r, c);
            } else if (is(c, "tab") || is(c, "ptab")) {
                text.append("\t", r, c);
            } else if (is(c, "br") || is(c, "cr")) {
                text.lineBreak(r, c);
            } else if (is(c, "noBreakHyphen")) {
                text.append("-", r, c);
            }
        }
    }

    private void field(String type) {
        if ("begin".equals(type)) {
            fields.push(Boolean.FALSE);
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.pop();
            fields.push(Boolean.TRUE);
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }

    /**
     * The contents ({@code w:txbxContent}) of the text boxes inside a drawing. A drawing saved for
     * both new and old Word ({@code mc:AlternateContent}) holds the box twice; the fallback copy is skipped.
     */
    private static void findTextBoxes(Element e, List<Element> out) {
        if (isFallback(e)) return;
        if (is(e, "txbxContent")) {
            out.add(e);
            return;
        }
        for (Element c : Ooxml.children(e)) findTextBoxes(c, out);
    }

    private static boolean isFallback(Element e) {
        return Ooxml.MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName());
    }
}
