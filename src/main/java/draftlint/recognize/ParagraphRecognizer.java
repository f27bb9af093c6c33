package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.AutoNumber;
import draftlint.fact.Paragraph;

import java.util.Locale;
import java.util.Set;

/**
 * Hands every block of the draft to the rules as a {@link Paragraph}, and the number automatic
 * numbering shows before it, if any, as an {@link AutoNumber}.
 */
public final class ParagraphRecognizer implements Recognizer {
    /** The paragraphs are the draft as it came. */
    @Override
    public boolean readsChrome() {
        return true;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Paragraph.class, AutoNumber.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            String markup = block.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
            facts.add(new Paragraph(block.index(), block.text(), block.span(), markup, block.markupLevel()));
            int number = block.autoNumberLength();
            if (number > 0) {
                facts.add(new AutoNumber(block.index(), number, block.span(0, number), block.text().substring(0, number)));
            }
        }
    }
}
