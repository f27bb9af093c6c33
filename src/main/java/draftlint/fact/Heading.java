package draftlint.fact;

import draftlint.draft.Span;

/**
 * A numbered heading: {@code 一、} (level 1), {@code （一）} (2), {@code 1.} (3), {@code （1）} (4),
 * {@code ①} (5), standing alone on its line or opening a paragraph ({@code （一）优化布局。一是…}).
 * Headings inside an outline block ({@code 目录/提纲}) are facts too, with {@code outline} true;
 * they form a tree of their own.
 *
 * @param id              unique in the document, increasing in reading order
 * @param start           offset of the marker in the paragraph
 * @param end             offset where the heading text ends (the first {@code 。} of an inline heading)
 * @param markerSpan      the span of the marker with its mark ({@code （一）}, {@code 1、})
 * @param marker          the marker as written
 * @param style           {@code chinese} ({@code 一}), {@code arabic} ({@code 1}), {@code circled} ({@code ①})
 *                        with {@code -paren} when parenthesized: {@code chinese-paren}, {@code arabic-paren}
 * @param mark            what follows the ordinal: {@code 、}, {@code .}, {@code ．}, {@code ，}, or "" (none)
 * @param level           1 to 5 as above, from the style (GB/T 9704-2012 7.3.3)
 * @param ordinal         the ordinal as a number ({@code 四} → 4)
 * @param parent          id of the enclosing heading, or -1 at the top
 * @param previous        id of the previous heading with the same parent and level, or -1
 * @param previousOrdinal ordinal of {@code previous}, or 0 when there is none
 * @param path            ordinals from the top down, dot-separated ({@code 2.1}): equal for an outline
 *                        entry and the body heading it promises
 * @param text            the heading's words, without the marker
 * @param inline          true when the heading opens a paragraph that goes on after it
 * @param outline         true inside an outline block
 * @param form            the marker's shape with {@code N} for the numeral ({@code （N）}, {@code (N)},
 *                        {@code N.}, {@code N．}, {@code N、}): siblings written alike have equal forms
 * @param carriedOrdinal  for the first heading under its parent, the ordinal of the last heading of the
 *                        same level under an earlier parent in the same tree (the 5 of {@code 5.} before
 *                        {@code 二、 6.}), else 0: tells a count carried on across sections from a restart
 * @param nested          true for the first heading of a list numbered afresh inside a section, with the
 *                        numerals of its own level or a higher one ({@code 三、 （一） 一、…四、 （二）}: items
 *                        {@code 一、}… stand in （一）, as reports before GB/T 9704-2012 often wrote them). Its
 *                        parent is the heading whose section holds the list; being a list, not a level of
 *                        the outline, it is not judged by the rules on levels
 * @param part            the numbering tree the heading belongs to: 0 for the body, then one per outline
 *                        block and per annex ({@code 附件} on a line of its own) in reading order. An annex
 *                        numbers afresh and in its own way
 */
public record Heading(int id, int paragraph, int start, int end, Span span, Span markerSpan, String marker,
                      String style, String mark, int level, int ordinal, int parent, int previous,
                      int previousOrdinal, String path, String text, boolean inline, boolean outline,
                      String form, int carriedOrdinal, boolean nested, int part) {
}
