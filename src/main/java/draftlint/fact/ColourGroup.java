package draftlint.fact;

import draftlint.draft.Span;

/**
 * The paragraphs of one part of a Word draft (the body, the title, or one heading level) whose
 * Chinese text Word shows in one colour. Reported once, at the first of them.
 *
 * @param colour the colour as six hex digits ({@code 000000} for black and for Word's automatic colour)
 * @see FontGroup for {@code role}, {@code level}, {@code count}, {@code total}
 */
public record ColourGroup(String role, int level, String colour, int count, int total, int paragraph, Span span) {
    public String getPartZh() {
        return new FontGroup(role, level, "", "", 0, count, total, paragraph, span).getPartZh();
    }

    public String getPartEn() {
        return new FontGroup(role, level, "", "", 0, count, total, paragraph, span).getPartEn();
    }

    public String getScopeZh() {
        return new FontGroup(role, level, "", "", 0, count, total, paragraph, span).getScopeZh();
    }

    public String getScopeEn() {
        return new FontGroup(role, level, "", "", 0, count, total, paragraph, span).getScopeEn();
    }
}
