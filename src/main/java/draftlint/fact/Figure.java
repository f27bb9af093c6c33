package draftlint.fact;

import draftlint.draft.Span;

/**
 * A number with what it measures: {@code 17个}, {@code 1.2万个}, {@code 27.54%}, {@code 四大平台},
 * {@code 3所高中}. Masked numbers ({@code **所}) are {@link Placeholder}s, not figures.
 *
 * @param text        the number and its measure as written ({@code 3所})
 * @param value       the number ({@code 1.2万} → 12000)
 * @param measure     the measure word or unit after it: {@code 个}, {@code 所}, {@code 大}, {@code %},
 *                    {@code 人次}, {@code 元}…, or "" when none follows
 * @param noun        up to four Han chars that follow the measure and name what is counted
 *                    ({@code 高中}), or ""
 * @param subject     for a percentage, the ratio it states when the clause says so plainly
 *                    ({@code 覆盖率达到100%} → {@code 覆盖率}, {@code 占比}); "" otherwise
 * @param approximate true when 余, 多, 近, 约, 超, 以上, 左右 or similar make the number a bound
 */
public record Figure(int paragraph, int start, int end, Span span, String text, double value, String measure,
                     String noun, String subject, boolean approximate) implements Located {
}
