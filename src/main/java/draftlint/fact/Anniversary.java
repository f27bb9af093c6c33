package draftlint.fact;

import draftlint.draft.Span;

/**
 * The ordinal of a recurring event whose first year is known: {@code 第41个教师节},
 * {@code 新中国成立75周年}, {@code 十四届全国人大三次会议}. The events and their first years are data
 * ({@code rules/lists/anniversaries.txt}).
 *
 * @param event        the event as the table names it ({@code 教师节})
 * @param ordinal      the ordinal written ({@code 41})
 * @param firstYear    the year of the first occurrence ({@code 1985})
 * @param year         the year the mention is set in: its sentence's, else the draft's; 0 when unknown
 * @param expected     the ordinal that year gives; 0 when the year is unknown or the sentence neither
 *                     celebrates the event ({@code 庆祝}, {@code 之际}) nor looks ahead to it
 * @param upcoming     the next ordinal, also right when the sentence looks ahead ({@code 喜迎}); else 0
 * @param expectedText the phrase written with that ordinal ({@code 第40个教师节}), or ""
 */
public record Anniversary(int paragraph, int start, int end, Span span, String text, String event, int ordinal,
                          int firstYear, int year, int expected, int upcoming,
                          String expectedText) implements Located {
}
