package draftlint.recognize;

import draftlint.draft.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's text as the document has it: residue blanked out (a site name injected into a
 * sentence becomes a space, a pager or footer vanishes) and the ends stripped. {@code offset} maps
 * an index of {@code text} back to the paragraph, so spans stay exact.
 */
record VisibleText(String text, int offset) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The visible text of every block of a draft with residue masked ({@link ResidueMask}), indexed like the blocks. */
    static List<VisibleText> of(List<Block> masked) {
        List<VisibleText> all = new ArrayList<>(masked.size());
        for (Block block : masked) {
            String text = block.text().replace(ResidueMask.MASK, ' ');
            int start = 0;
            int end = text.length();
            while (start < end && isSpace(text.charAt(start))) start++;
            while (end > start && isSpace(text.charAt(end - 1))) end--;
            all.add(new VisibleText(text.substring(start, end), start));
        }
        return all;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
