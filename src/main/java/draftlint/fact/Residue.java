package draftlint.fact;

import draftlint.draft.Span;

/**
 * Text that a web page or tool left in the draft and that is not part of the document: a member
 * prompt, navigation, a pager, a byline, a footer, a site name injected into a sentence. The
 * other recognizers do not look inside residue, so nothing in it is reported twice.
 *
 * @param kind what it is: {@code member-prompt}, {@code truncation}, {@code navigation}, {@code pager},
 *             {@code toolbar}, {@code byline}, {@code footer}, {@code url}, {@code caption}, {@code site-name}, {@code watermark}
 */
public record Residue(int paragraph, int start, int end, Span span, String text, String kind) {
}
