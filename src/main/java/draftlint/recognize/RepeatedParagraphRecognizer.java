package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.RepeatedParagraph;
import draftlint.fact.Residue;

import java.util.List;
import java.util.Set;

/**
 * Finds a paragraph that repeats the one before it, residue left out on both sides: a page that
 * prints the title, then a byline, then the title again ({@code 汇编(4篇)} / {@code 时间:…} /
 * {@code 汇编(4篇)}). Only neighbours are compared: an outline entry that comes back as a heading
 * forty lines later is structure, not a repetition.
 */
public final class RepeatedParagraphRecognizer implements Recognizer {
    /** Shorter lines (同志们：) may come back on purpose. */
    private static final int SHORTEST = 6;

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(RepeatedParagraph.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Block previous = null;
        String previousText = null;
        for (Block block : draft.blocks()) {
            String text = withoutResidue(block, facts.residueIn(block.index()));
            if (text.isEmpty()) continue;
            if (previousText != null && text.equals(previousText) && text.codePointCount(0, text.length()) >= SHORTEST) {
                facts.add(new RepeatedParagraph(block.index(), block.span(), previous.index(), previous.firstLine(), text));
            }
            previous = block;
            previousText = text;
        }
    }

    private static String withoutResidue(Block block, List<Residue> mine) {
        if (mine.isEmpty()) return block.text().strip();
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (Residue r : mine) {
            kept.append(block.text(), at, r.start());
            at = r.end();
        }
        kept.append(block.text().substring(at));
        return kept.toString().strip();
    }
}
