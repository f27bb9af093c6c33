package draftlint.fact;

import draftlint.draft.Span;
import draftlint.text.HanCharacters;

/**
 * A stretch written in the script that the document otherwise does not use: traditional
 * characters ({@code 發展}) in a simplified draft, or simplified ones in a traditional draft.
 *
 * @param script the script of the stretch: {@code traditional} or {@code simplified}
 */
public record ScriptRun(int paragraph, int start, int end, Span span, String text, String script) implements Located {
    /**
     * The stretch in the document's dominant script, converted phrase by phrase (ICU's rules), or
     * null when the conversion would change its length (then it cannot be offered as a fix).
     * Worked out anew at each call, when a rule asks, not when the stretch is found: loading the
     * phrase rules costs a tenth of a second once per run, and a traditional draft's simplified
     * strays are read only by rules that are off by default, so most such runs never need them.
     */
    public String converted() {
        String converted = "traditional".equals(script) ? HanCharacters.toSimplified(text) : HanCharacters.toTraditional(text);
        return converted.length() == text.length() ? converted : null;
    }
}
