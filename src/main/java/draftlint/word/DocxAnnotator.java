package draftlint.word;

import draftlint.draft.Span;
import draftlint.read.Reason;
import draftlint.read.UnreadableInputException;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes comments (批注) into a copy of a .docx, each anchored on its span: a
 * {@code w:commentRangeStart} before the first char, a {@code w:commentRangeEnd} and the
 * reference run after the last, splitting runs where a span starts or ends inside one (the split
 * halves keep the run's formatting). Only the body, the comments and the package's lists of parts
 * change; every other part is copied byte for byte.
 */
public final class DocxAnnotator {
    public static final String AUTHOR = "draftlint";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private DocxAnnotator() {
    }

    /** The bytes of a copy of {@code docx} with {@code comments} added. */
    public static byte[] annotate(byte[] docx, List<WordComment> comments) throws UnreadableInputException {
        try (WordFile file = WordFile.open(docx)) {
            List<WordParagraph> paragraphs = BodyWalker.paragraphs(file);
            if (paragraphs.isEmpty()) throw new UnreadableInputException(Reason.of("nothing-to-comment"));
            XWPFDocument document = file.document();
            XWPFComments part = document.getDocComments() != null ? document.getDocComments() : document.createComments();
            int nextId = nextFreeId(part);
            Map<WordParagraph, TreeMap<Integer, List<Element>>> marks = new IdentityHashMap<>();
            Calendar now = Calendar.getInstance();
            for (WordComment c : comments) {
                String id = String.valueOf(nextId++);
                write(part.createComment(new BigInteger(id)), c, now);
                Anchor anchor = anchor(paragraphs, c);
                Element p = anchor.first.element();
                mark(marks, anchor.first, anchor.start, element(p, "commentRangeStart", id));
                mark(marks, anchor.last, anchor.end, element(p, "commentRangeEnd", id));
                Element reference = element(p, "r", null);
                reference.appendChild(element(p, "commentReference", id));
                mark(marks, anchor.last, anchor.end, reference);
            }
            for (Map.Entry<WordParagraph, TreeMap<Integer, List<Element>>> e : marks.entrySet()) {
                // From the end backwards: splitting a run at one offset leaves the elements of earlier offsets in place.
                for (Map.Entry<Integer, List<Element>> at : e.getValue().descendingMap().entrySet()) {
                    insert(e.getKey(), at.getKey(), at.getValue());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 4096);
            document.write(out);
            return PackageSplice.keepUnchanged(docx, out.toByteArray(), Set.of(
                    entryName(document.getPackagePart().getPartName()),
                    entryName(PackagingURIHelper.getRelationshipPartName(document.getPackagePart().getPartName())),
                    entryName(part.getPackagePart().getPartName()),
                    "[Content_Types].xml"));
        } catch (IOException e) {
            throw e instanceof UnreadableInputException u ? u
                    : new UnreadableInputException(Reason.of("cannot-annotate", "detail", Reason.detail(e)), e);
        }
    }

    private record Anchor(WordParagraph first, int start, WordParagraph last, int end) {
    }

    /** Where a comment goes, in offsets of the paragraphs' own text (automatic numbers excluded). */
    private static Anchor anchor(List<WordParagraph> paragraphs, WordComment c) {
        Span s = c.span();
        WordParagraph first = paragraphs.get(Math.min(s.line(), paragraphs.size()) - 1);
        WordParagraph last = paragraphs.get(Math.min(s.endLine(), paragraphs.size()) - 1);
        Anchor whole = new Anchor(first, 0, first, first.text().length());
        if (c.wholeParagraph() || s.isEmpty()) return whole;
        int start = ownOffset(first, s.column());
        int end = ownOffset(last, s.endColumn());
        if (first == last && start >= end) return whole;
        return new Anchor(first, start, last, end);
    }

    /** The offset in a paragraph's own text of a 1-based code-point column of its checked text. */
    private static int ownOffset(WordParagraph p, int column) {
        String checked = p.checkedText();
        int cps = checked.codePointCount(0, checked.length());
        int index = checked.offsetByCodePoints(0, Math.min(column - 1, cps));
        return Math.max(0, Math.min(index - p.autoNumber().length(), p.text().length()));
    }

    private static void mark(Map<WordParagraph, TreeMap<Integer, List<Element>>> marks, WordParagraph p, int offset,
                             Element element) {
        marks.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(offset, k -> new ArrayList<>()).add(element);
    }

    /** Puts {@code elements}, in order, between char {@code offset - 1} and char {@code offset} of the paragraph. */
    private static void insert(WordParagraph p, int offset, List<Element> elements) {
        List<WordParagraph.Segment> segments = p.segments();
        Node parent;
        Node before;
        if (segments.isEmpty()) {
            parent = p.element();
            before = null;
        } else if (offset >= p.text().length()) {
            Element lastRun = segments.get(segments.size() - 1).run();
            parent = lastRun.getParentNode();
            before = lastRun.getNextSibling();
        } else {
            WordParagraph.Segment s = segments.stream().filter(x -> x.start() <= offset && offset < x.end())
                    .findFirst().orElseThrow();
            before = splitRun(s.run(), s.child(), offset - s.start());
            parent = before.getParentNode();
        }
        for (Element e : elements) parent.insertBefore(e, before);
    }

    /**
     * Splits {@code run} so that a new run begins at char {@code at} of its child {@code child},
     * and returns the run that begins there (the run itself when nothing comes before).
     */
    private static Node splitRun(Element run, Element child, int at) {
        Element from = child;
        if (at > 0 && Ooxml.is(child, "t")) {
            String text = Ooxml.text(child);
            Element tail = (Element) child.cloneNode(false);
            tail.appendChild(child.getOwnerDocument().createTextNode(text.substring(at)));
            while (child.getFirstChild() != null) child.removeChild(child.getFirstChild());
            child.appendChild(child.getOwnerDocument().createTextNode(text.substring(0, at)));
            preserveSpaces(child);
            preserveSpaces(tail);
            run.insertBefore(tail, child.getNextSibling());
            from = tail;
        }
        boolean contentBefore = false;
        for (Node n = from.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e && !Ooxml.is(e, "rPr")) contentBefore = true;
        }
        if (!contentBefore) return run;
        Element second = (Element) run.cloneNode(false);
        Element rPr = Ooxml.child(run, "rPr");
        if (rPr != null) second.appendChild(rPr.cloneNode(true));
        for (Node n = from; n != null; ) {
            Node next = n.getNextSibling();
            second.appendChild(n);
            n = next;
        }
        run.getParentNode().insertBefore(second, run.getNextSibling());
        return second;
    }

    private static void preserveSpaces(Element t) {
        t.setAttributeNS(XML_NS, "xml:space", "preserve");
    }

    private static Element element(Element near, String localName, String id) {
        Element e = near.getOwnerDocument().createElementNS(Ooxml.W, "w:" + localName);
        if (id != null) e.setAttributeNS(Ooxml.W, "w:id", id);
        return e;
    }

    private static void write(XWPFComment comment, WordComment c, Calendar date) {
        comment.setAuthor(AUTHOR);
        comment.setInitials("DL");
        comment.setDate(date);
        for (String text : c.paragraphs()) {
            comment.createParagraph().createRun().setText(text);
        }
    }

    private static String entryName(PackagePartName name) {
        return name.getName().substring(1);
    }

    /** Comment ids are unique in a document: new ones follow the largest already there. */
    private static int nextFreeId(XWPFComments part) {
        int max = -1;
        for (XWPFComment existing : part.getComments()) {
            max = Math.max(max, Ooxml.intOr(existing.getId(), -1));
        }
        return max + 1;
    }
}
