package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Residue;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft as the document has it: every char of page chrome ({@link Residue}) replaced by
 * {@link #MASK}, every other char and every position kept. The recognizers after the residue
 * recognizer read this view ({@link Recognizer#readsChrome()} says which do not), so a pager, a
 * toolbar or a site name injected into a sentence is no text to them: a pattern does not find a
 * number, a bracket or a heading marker in it, and a walk along the text can see where it lies.
 *
 * <p>{@link Facts} adds the second half of the guarantee: a located fact that still overlaps
 * residue (a pattern that spans any char, {@code .}, may cross a mask) is dropped when it is added.
 */
final class ResidueMask {
    /**
     * A noncharacter, kept by Unicode for a program's internal use: no letter, digit, Han character,
     * space or punctuation, so no pattern of a recognizer takes it for text; and no document holds it
     * (U+FFFC, which Word and web pages put for an image, would have been mistaken for chrome).
     */
    static final char MASK = '\uFFFF';

    private ResidueMask() {
    }

    /** {@code draft} with the chars of {@code residue} masked; the draft itself when there is none. */
    static Draft of(Draft draft, List<Residue> residue) {
        if (residue.isEmpty()) return draft;
        List<Block> blocks = draft.blocks();
        char[][] texts = new char[blocks.size()][];
        for (Residue r : residue) {
            char[] text = texts[r.paragraph()];
            if (text == null) text = texts[r.paragraph()] = blocks.get(r.paragraph()).text().toCharArray();
            for (int i = Math.max(0, r.start()); i < Math.min(text.length, r.end()); i++) text[i] = MASK;
        }
        List<Block> masked = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            char[] text = texts[block.index()];
            masked.add(text == null ? block : block.withText(new String(text)));
        }
        return draft.withBlocks(masked);
    }

    /** Whether any char of {@code text} is masked: the paragraph holds page chrome. */
    static boolean holdsChrome(String text) {
        return text.indexOf(MASK) >= 0;
    }
}
