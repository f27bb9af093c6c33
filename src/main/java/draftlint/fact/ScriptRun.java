package draftlint.fact;

import draftlint.draft.Span;

/**
 * A stretch written in the script that the document otherwise does not use: traditional
 * characters ({@code 發展}) in a simplified draft, or simplified ones in a traditional draft.
 *
 * @param script    the script of the stretch: {@code traditional} or {@code simplified}
 * @param converted the stretch in the document's dominant script, or null when the conversion would
 *                  change its length (then it cannot be offered as a fix)
 */
public record ScriptRun(int paragraph, int start, int end, Span span, String text, String script, String converted) implements Located {
}
