package draftlint.fact;

import draftlint.draft.Span;

/**
 * A stretch of the draft that stands in for content still to be written: a mask ({@code **},
 * {@code _}, {@code XX}, {@code ××}, {@code 某某}), a template field ({@code {{…}}}, {@code 【单位名称】})
 * or a to-do marker ({@code （略）}, {@code 待补充}, {@code TODO}). The masks of one blank date
 * ({@code **年*月**日}) are one placeholder, from the first mask to the last.
 *
 * @param form   {@code asterisk}, {@code underscore}, {@code letters}, {@code symbols}, {@code field}, {@code marker}
 * @param stands what the mask stands for, read from its neighbours: {@code figure}, {@code percentage},
 *               {@code date}, {@code person}, {@code place}, {@code organization}, or {@code text} when
 *               it cannot tell
 * @param label  the mask with the word that tells what it stands for ({@code **万人次}, {@code _总书记}),
 *               for messages
 */
public record Placeholder(int paragraph, int start, int end, Span span, String text, String form, String stands,
                          String label) implements Located {
}
