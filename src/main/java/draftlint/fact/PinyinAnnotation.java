package draftlint.fact;

import draftlint.draft.Span;

/**
 * The pinyin a character converter wrote after Han characters on one source line
 * ({@code 優(yōu)先}, {@code 質(zhì)量}): one fact per line, spanning the first annotated character to the last annotation.
 *
 * @param line    the source line
 * @param count   how many annotations the line has
 * @param example the first one with its character, for messages ({@code 優(yōu)})
 * @param plain   the spanned text with the annotations taken out
 */
public record PinyinAnnotation(int paragraph, int line, int start, int end, Span span, int count, String example,
                               String plain) implements Located {
}
