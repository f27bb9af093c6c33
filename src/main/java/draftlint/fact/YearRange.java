package draftlint.fact;

import draftlint.draft.Span;

/**
 * A range of years: {@code 2023—2025年}, {@code （2023-2025）}, with the number of years a
 * phrase just before it announces ({@code 三年达标计划(2023-2025)}).
 *
 * @param startYear    the first year
 * @param endYear      the last year
 * @param years        how many years the range spans, both ends included (2023-2025: 3)
 * @param claimedYears the N of an {@code N年} that names the period, or 0 when there is none
 * @param claimSpan    where that {@code N年} stands, or the range's span when there is none
 * @param claimText    that {@code N年} as written, or ""
 */
public record YearRange(int paragraph, int start, int end, Span span, String text, int startYear, int endYear, int years,
                        int claimedYears, Span claimSpan, String claimText) implements Located {
}
