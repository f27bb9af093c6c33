package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.RepeatedParagraph;

import java.util.Set;

/**
 * Finds a paragraph that repeats the one before it, residue left out on both sides: a page that
 * prints the title, then a byline, then the title again ({@code 汇编(4篇)} / {@code 时间:…} /
 * {@code 汇编(4篇)}). Only neighbours are compared: an outline entry that comes back as a heading
 * forty lines later is structure, not a repetition.
 * <p>
 * Paragraphs are compared by their source lines too: a heading without end punctuation is read as
 * the first line of a hard-wrapped paragraph, so a paragraph pasted twice under such a heading
 * repeats only the lines of its neighbour that follow the heading.
 */
public final class RepeatedParagraphRecognizer implements Recognizer {
    /** Shorter lines (同志们：) may come back on purpose. */
    private static final int SHORTEST = 6;

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(RepeatedParagraph.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Block previous = null;
        for (Block block : draft.blocks()) {
            String text = withoutResidue(block, 0);
            if (text.isEmpty()) continue;
            if (previous != null && text.codePointCount(0, text.length()) >= SHORTEST) {
                int repeatedFrom = repeatedFrom(previous, text);
                if (repeatedFrom >= 0) {
                    facts.add(new RepeatedParagraph(block.index(), block.span(), previous.index(),
                            previous.lineAt(repeatedFrom), text));
                }
            }
            previous = block;
        }
    }

    /**
     * Where in {@code previous} the text that {@code text} repeats begins: 0 when it repeats the
     * whole paragraph, else the start of the source line from which the rest of it does; -1 when
     * it repeats neither.
     */
    private static int repeatedFrom(Block previous, String text) {
        String whole = previous.text();
        for (int from = 0; from < whole.length(); from++) {
            if (from > 0 && previous.lineAt(from) == previous.lineAt(from - 1)) continue;
            if (withoutResidue(previous, from).equals(text)) return from;
        }
        return -1;
    }

    /** The text of a block (residue masked) from {@code from} on, residue left out. */
    private static String withoutResidue(Block block, int from) {
        return block.text().substring(from).replace(String.valueOf(ResidueMask.MASK), "").strip();
    }
}
