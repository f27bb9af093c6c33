package draftlint.fact;

import draftlint.draft.Span;

/**
 * A calendar date: {@code 2024年2月20日}, {@code 2月20日} (year from the document), {@code 2024-02-23},
 * with the weekday written after it, if any ({@code （星期二）}, {@code （周二）}).
 *
 * @param year          the year, written or taken from the document; 0 when unknown
 * @param yearWritten   true when the year is part of the date as written
 * @param month         1 to 12 for a real month; as written otherwise ({@code 13月} → 13)
 * @param day           the day of the month as written, or 0 for a month without a day ({@code 2024年13月})
 * @param valid         false for a date no calendar has ({@code 2月30日}, {@code 13月}); a 2月29日
 *                      with an unknown year counts as valid
 * @param weekday       the weekday written after the date, 1 (Monday) to 7 (Sunday), or 0 when none is
 * @param weekdaySpan   where that weekday is written, or the date's span when none is
 * @param weekdayText   the weekday as written ({@code 星期三}), or ""
 * @param actualWeekday the weekday the date falls on, 1 to 7; 0 when the year is unknown or the date invalid
 */
public record DateMention(int paragraph, int start, int end, Span span, String text, int year, boolean yearWritten,
                          int month, int day, boolean valid, int weekday, Span weekdaySpan, String weekdayText,
                          int actualWeekday) implements Located {
}
