package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.SourceFormat;
import draftlint.draft.WordLayout;
import draftlint.word.BodyWalker;
import draftlint.word.LayoutReader;
import draftlint.word.WordFile;
import draftlint.word.WordParagraph;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word .docx draft. A "line" is a paragraph of the body in reading order (table cells and
 * text boxes included, empty paragraphs counted); its text is the number automatic numbering
 * shows, then the writer's text (see {@link BodyWalker} for what counts as text). A block is that
 * text without the white space around it, so a heading indented with spaces still starts with
 * its ordinal; its columns stay those of the whole line.
 */
public final class DocxReader implements DraftReader {

    @Override
    public Draft read(String path, byte[] bytes) throws UnreadableInputException {
        // A .doc saved under a .docx name is read as what it is; an encrypted .docx is OLE2 as well.
        if (DocReader.isOle2(bytes)) return new DocReader().read(path, bytes);
        List<WordParagraph> paragraphs;
        WordLayout layout;
        try (WordFile file = WordFile.open(bytes)) {
            paragraphs = BodyWalker.paragraphs(file);
            layout = layout(file, paragraphs);
        } catch (IOException e) {
            throw e instanceof UnreadableInputException u ? u : new UnreadableInputException(e.getMessage(), e);
        }
        return draft(path, paragraphs, layout);
    }

    /**
     * The draft of a Word document's paragraphs read from a format whose layout draftlint does not
     * read (.doc, .wps, Word 2003 XML): text checks only, no layout finding.
     */
    static Draft draft(String path, List<WordParagraph> paragraphs) throws UnreadableInputException {
        return draft(path, paragraphs, WordLayout.NONE);
    }

    /** The draft of a Word document's paragraphs, with the layout Word shows them in. */
    private static Draft draft(String path, List<WordParagraph> paragraphs, WordLayout layout) throws UnreadableInputException {
        List<String> lines = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (WordParagraph p : paragraphs) {
            String line = p.checkedText();
            lines.add(line);
            int start = 0;
            int end = line.length();
            while (start < end && SourceLines.isSpace(line.charAt(start))) start++;
            while (end > start && SourceLines.isSpace(line.charAt(end - 1))) end--;
            if (start == end) continue;
            BlockBuilder builder = new BlockBuilder();
            builder.appendRun(line.substring(start, end), p.number(), SourceLines.column(line, start));
            BlockType type = p.inTable() ? BlockType.TABLE_CELL : p.outlineLevel() >= 0 ? BlockType.HEADING : BlockType.PARAGRAPH;
            int level = p.outlineLevel() >= 0 ? p.outlineLevel() + 1 : 0;
            int autoNumber = Math.max(0, p.autoNumber().length() - start);
            blocks.add(builder.build(blocks.size(), type, level, Math.min(autoNumber, end - start)));
        }
        if (blocks.isEmpty()) throw new UnreadableInputException("the document has no text");
        return new Draft(path, SourceFormat.WORD, "UTF-8", lines, blocks, layout);
    }

    /**
     * The layout Word shows. A part of it that POI cannot model (a damaged style or theme part) costs
     * the layout checks, never the text checks: the draft is then read as having no layout.
     */
    private static WordLayout layout(WordFile file, List<WordParagraph> paragraphs) {
        try {
            return LayoutReader.read(file, paragraphs);
        } catch (RuntimeException e) {
            return WordLayout.NONE;
        }
    }
}
