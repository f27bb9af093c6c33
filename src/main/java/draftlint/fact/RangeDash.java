package draftlint.fact;

import draftlint.draft.Span;

/**
 * The connecting mark of a range written with digits: {@code 2023-2025}, {@code 3-5年}.
 *
 * @param span  the span of the connecting mark alone
 * @param dash  the mark as written ({@code -}, {@code －}, {@code –})
 * @param range {@code time} for the start and end of a period (years, months, days: 2023-2025,
 *              3月1日-5日) or {@code number} for a range of quantities (3-5年, 25-30%)
 * @param text  the whole range, for messages
 */
public record RangeDash(int paragraph, int start, int end, Span span, String dash, String range, String text) implements Located {
}
