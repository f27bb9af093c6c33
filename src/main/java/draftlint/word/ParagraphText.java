package draftlint.word;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one paragraph run by run, remembering where each char came from. A line
 * break inside a paragraph ({@code Shift+Enter}) is no char in Chinese text, which runs on across
 * it; between two Latin words it stands for the space that separates them.
 */
final class ParagraphText {
    private final StringBuilder text = new StringBuilder();
    private final List<WordParagraph.Segment> segments = new ArrayList<>();
    private Element breakRun;
    private Element breakChild;

    void append(String s, Element run, Element child) {
        if (s.isEmpty()) return;
        if (breakRun != null) {
            if (!text.isEmpty() && isAsciiWord(text.charAt(text.length() - 1)) && isAsciiWord(s.charAt(0))) {
                add(" ", breakRun, breakChild);
            }
            breakRun = null;
        }
        add(s, run, child);
    }

    void lineBreak(Element run, Element child) {
        breakRun = run;
        breakChild = child;
    }

    private void add(String s, Element run, Element child) {
        int start = text.length();
        text.append(s);
        segments.add(new WordParagraph.Segment(start, text.length(), run, child));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    List<WordParagraph.Segment> segments() {
        return List.copyOf(segments);
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
