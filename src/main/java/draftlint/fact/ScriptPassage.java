package draftlint.fact;

import draftlint.draft.Span;

/**
 * A passage of neighbouring paragraphs in which many stretches are written in the script the
 * document otherwise does not use: a part of a report pasted from a traditional-character source,
 * or a half-converted one. Reported once for the passage instead of once per stretch.
 *
 * @param firstParagraph the first paragraph with such a stretch
 * @param lastParagraph  the last one
 * @param span           from the first stretch to the end of the last one
 * @param script         the script of the stretches: {@code traditional} or {@code simplified}
 * @param stretches      how many stretches the passage holds
 * @param example        the first stretch, to name in the message
 */
public record ScriptPassage(int firstParagraph, int lastParagraph, Span span, String script, int stretches,
                            String example) {
}
