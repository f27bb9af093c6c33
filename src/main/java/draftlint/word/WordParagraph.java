package draftlint.word;

import org.w3c.dom.Element;

import java.util.List;

/**
 * One paragraph of a .docx body as it reads: the number automatic numbering shows before it, and
 * its own text with tracked changes accepted and fields as displayed. {@code segments} tie every
 * char of {@code text} to the run element it comes from, for anchoring comments.
 *
 * @param element      the {@code w:p} element
 * @param number       1-based position in reading order: the "line" of reports
 * @param autoNumber   the number shown by automatic numbering ({@code 一、}), or ""
 * @param text         the writer's text
 * @param outlineLevel the outline level (0 for level 1) from the paragraph or its style, or -1
 * @param inTable      true for a paragraph of a table cell
 */
public record WordParagraph(Element element, int number, String autoNumber, String text, List<Segment> segments,
                            int outlineLevel, boolean inTable) {

    /** The text as it is checked: the automatic number, then the writer's text. */
    public String checkedText() {
        return autoNumber + text;
    }

    /**
     * Chars {@code [start, end)} of {@code text} come from {@code child} of the run {@code run}: its
     * whole text for a {@code w:t}, or one char standing for the whole child (a tab, a line break).
     */
    public record Segment(int start, int end, Element run, Element child) {
    }
}
