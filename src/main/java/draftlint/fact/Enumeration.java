package draftlint.fact;

import draftlint.draft.Span;

/**
 * One item marker of an enumeration inside running text: {@code 一是…二是…}, {@code 一要…二要…},
 * {@code 第一，…第二，…}, {@code 其一…其二…}, {@code 首先…其次…最后}. Consecutive items of one kind
 * of series within the same section form a run; a run restarts at each heading and at each
 * item numbered one, except that an item carrying on a run of the section its section lies in
 * joins that run ({@code 第一，} … {@code （一）…（九）} … {@code 第二，}), and an item after
 * {@code 首先}/{@code 其次} may carry on from them ({@code 首先…。二是…}). Ordinals used in prose
 * ({@code 第一次}, {@code 一是一，二是二}, {@code 三是指}, {@code 十四五}) are not items unless a later item
 * needs one as the item before it ({@code 一是指令性计划…；二是指导性计划…；三是市场调节}).
 *
 * @param id              unique in the document, increasing in reading order
 * @param start           offset of the marker in the paragraph
 * @param end             offset after the marker's words ({@code 二是}, {@code 第二}), before any mark
 * @param span            the span of the marker's words
 * @param marker          the marker's words as written ({@code 二是}, {@code 第二}, {@code 其次})
 * @param series          {@code yi-shi} (一是), {@code yi-yao} (一要), {@code di-yi} (第一), {@code qi-yi} (其一),
 *                        or {@code shou-xian} (首先, 其次, 再次, 最后)
 * @param form            the marker's words with {@code N} for the numeral ({@code N是}, {@code 第N}); the words
 *                        themselves for {@code shou-xian}
 * @param mark            the mark after the words ({@code ，} of {@code 第一，}), or ""; items written alike
 *                        have equal forms and marks
 * @param ordinal         the item's number ({@code 三是} → 3; 首先 1, 其次 2, 再次 3, 最后 one past the item before)
 * @param run             id of the first item of the run
 * @param previous        id of the item before in the run, or -1 for the first
 * @param previousOrdinal ordinal of {@code previous}, or 0 for the first item of a run
 * @param scope           id of the heading whose section holds the item, or -1 before any heading
 * @param afterCut        true when text cut off by a web page ({@link Residue} of kind {@code truncation} or
 *                        {@code member-prompt}) lies between this item and the item before it, or, for the
 *                        first item of a run, the start of its section: an item missing there was in the cut
 * @param outline         true inside an outline block
 */
public record Enumeration(int id, int paragraph, int start, int end, Span span, String marker, String series,
                          String form, String mark, int ordinal, int run, int previous, int previousOrdinal, int scope,
                          boolean afterCut, boolean outline) implements Located {
}
