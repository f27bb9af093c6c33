package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Paragraph;

import java.util.Locale;

/** Hands every block of the draft to the rules as a {@link Paragraph}. */
public final class ParagraphRecognizer implements Recognizer {
    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            String markup = block.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
            facts.add(new Paragraph(block.index(), block.text(), block.span(), markup, block.markupLevel()));
        }
    }
}
