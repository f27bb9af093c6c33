package draftlint.fact;

import draftlint.draft.Span;

/**
 * A sentence that announces how many parts follow ({@code 下面，我讲四点意见}, {@code 从以下三个方面},
 * {@code 重点做好五项工作}, a compilation's {@code 汇编(4篇)}), and how many were found.
 *
 * @param span      the count and what is counted ({@code 四点意见}, {@code (4篇)})
 * @param phrase    that text, for messages
 * @param announced the number announced (Chinese or Arabic numerals read: {@code 四} → 4)
 * @param counted   {@code parts}: the headings one level below the announcement's own heading that
 *                  follow it, or where there are none, the {@code 一是…二是…} run that starts right
 *                  after it; {@code pieces}: the pieces of a compilation
 *                  (not named {@code unit}: that word is a keyword of Drools' executable model,
 *                  in which the built-in rules are compiled)
 * @param found     how many such parts follow; 0 when none follow at all (then nothing can be judged:
 *                  the parts may be written as running text)
 * @param foundLine the line of the last part found, or 0
 */
public record Announcement(int paragraph, int start, int end, Span span, String phrase, int announced, String counted,
                           int found, int foundLine) implements Located {
}
