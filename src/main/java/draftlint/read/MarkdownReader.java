package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.SourceFormat;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a Markdown draft through commonmark-java. The markup is not text: {@code **bold**} is
 * emphasis, a list marker is the list's, code (inline or fenced) is not prose. Every char of the text that remains
 * is mapped back to its source line and column through commonmark's source spans.
 */
public final class MarkdownReader implements DraftReader {
    private final TextDecoder decoder = new TextDecoder();
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Override
    public Draft read(String path, byte[] bytes) throws UnreadableInputException {
        DecodedText decoded = decoder.decode(bytes);
        List<String> lines = SourceLines.split(decoded.text());
        if (lines.stream().allMatch(SourceLines::isBlank)) {
            throw new UnreadableInputException(Reason.of(lines.isEmpty() ? "empty" : "blank"));
        }
        // Parse the lines as numbered here so that commonmark's line indexes are ours.
        Node document = parser.parse(String.join("\n", lines));
        List<Block> blocks = new ArrayList<>();
        for (Node leaf : blocksInOrder(document)) {
            BlockType type = leaf instanceof Heading ? BlockType.HEADING : typeOf(leaf);
            int level = leaf instanceof Heading heading ? heading.getLevel() : depthOf(leaf);
            Lines out = new Lines(type == BlockType.PARAGRAPH);
            collect(leaf.getFirstChild(), out, lines);
            for (BlockBuilder builder : out.builders) {
                if (!builder.isEmpty()) blocks.add(builder.build(blocks.size(), type, level));
            }
        }
        return new Draft(path, SourceFormat.MARKDOWN, decoded.encoding(), lines, blocks);
    }

    private static BlockType typeOf(Node paragraph) {
        for (Node p = paragraph.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ListItem) return BlockType.LIST_ITEM;
            if (p instanceof BlockQuote) return BlockType.QUOTE;
        }
        return BlockType.PARAGRAPH;
    }

    private static int depthOf(Node paragraph) {
        int depth = 0;
        for (Node p = paragraph.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ListItem) depth++;
        }
        return depth;
    }

    /**
     * The blocks one Markdown paragraph is read as. Markdown joins the lines of a paragraph, but a
     * draft written in Markdown puts its signature and date on consecutive lines (滨江市教育局 /
     * 2024年9月27日) and means two lines. So, as in plain text ({@link PlainTextReader#breaksOff}),
     * a line break ends the block unless the line plainly breaks off mid-sentence; a hard break
     * always ends it. List items and quotes stay whole: their lines belong to the item.
     */
    private static final class Lines {
        private final boolean splits;
        private final List<BlockBuilder> builders = new ArrayList<>(List.of(new BlockBuilder()));
        private int lineStart;

        Lines(boolean splits) {
            this.splits = splits;
        }

        BlockBuilder current() {
            return builders.get(builders.size() - 1);
        }

        /** Whether the break after the current line ends the block. */
        boolean endsBlock(boolean hard) {
            if (!splits || current().isEmpty()) return false;
            return hard || !PlainTextReader.breaksOff(current().textFrom(lineStart).strip());
        }

        void newBlock() {
            builders.add(new BlockBuilder());
            lineStart = 0;
        }

        void newLine() {
            lineStart = current().length();
        }
    }

    /**
     * The paragraphs and headings in document order. Walked with a stack of our own, not
     * commonmark's recursive visitor: ten thousand nested quotes or list levels are valid Markdown
     * and must not overflow the call stack.
     */
    private static List<Node> blocksInOrder(Node document) {
        List<Node> found = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Paragraph || node instanceof Heading) {
                found.add(node);
                continue; // their children are inline text, collected with the block
            }
            pushChildren(node, pending);
        }
        return found;
    }

    /** Pushes the children of a node so that they pop in document order. */
    private static void pushChildren(Node node, Deque<Node> pending) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) pending.push(child);
    }

    /** Appends the prose of inline nodes in document order; iterative for the same reason as above. */
    private static void collect(Node first, Lines lines, List<String> source) {
        Deque<Node> pending = new ArrayDeque<>();
        for (Node n = first; n != null; n = n.getNext()) pending.addLast(n);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            BlockBuilder out = lines.current();
            if (n instanceof Text text) {
                appendMapped(text.getLiteral(), text.getSourceSpans(), out, source);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                if (lines.endsBlock(n instanceof HardLineBreak)) {
                    lines.newBlock();
                    continue;
                }
                // Chinese wraps without a space; only a break between two Latin words stands for one.
                if (!out.isEmpty() && isAsciiWord(out.lastChar()) && startsAsciiWord(n.getNext())) {
                    out.appendJoiningSpace();
                }
                lines.newLine();
            } else if (!(n instanceof HtmlInline || n instanceof Image || n instanceof Code)) {
                pushChildren(n, pending); // markup, pictures and code are not the draft's prose
            }
        }
    }

    /**
     * Places the literal of an inline node on its source. Where the literal is as long as the source
     * (the usual case) each char maps to its own place; an escape or entity makes them differ, and
     * then the chars are laid from the start of the span, clamped to its end.
     */
    private static void appendMapped(String literal, List<SourceSpan> spans, BlockBuilder out, List<String> lines) {
        if (literal.isEmpty()) return;
        if (spans.isEmpty()) {
            int line = out.isEmpty() ? 1 : out.lastLine();
            int column = out.isEmpty() ? 1 : out.lastColumn() + 1;
            out.appendRun(literal, line, column);
            return;
        }
        SourceSpan span = spans.get(0);
        String line = lines.get(span.getLineIndex());
        if (literal.length() == span.getLength() && spans.size() == 1) {
            out.appendRun(literal, span.getLineIndex() + 1, SourceLines.column(line, span.getColumnIndex()));
            return;
        }
        int last = Math.min(line.length(), span.getColumnIndex() + Math.max(span.getLength(), 1) - 1);
        for (int i = 0; i < literal.length(); i++) {
            int index = Math.min(span.getColumnIndex() + i, last);
            out.appendVirtual(literal.charAt(i), span.getLineIndex() + 1, SourceLines.column(line, index));
        }
    }

    private static boolean startsAsciiWord(Node next) {
        return next instanceof Text t && !t.getLiteral().isEmpty() && isAsciiWord(t.getLiteral().charAt(0));
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
