package draftlint.fact;

import draftlint.draft.Span;

/**
 * A number that announces how many things are listed, and the things that are: {@code “A、B、C、D”四大平台},
 * {@code 以下三个方面的问题：一是…二是…三是…}, {@code 讲四点意见。} followed by headings, or a
 * compilation titled {@code 汇编（4篇）} followed by its pieces.
 *
 * @param span             the announcing number with its measure ({@code 四大})
 * @param claimed          the number announced
 * @param form             how the items were found: {@code list} (items joined by {@code 、}),
 *                         {@code enumeration} ({@code 一是…二是…}, {@code 一要…}), {@code headings}
 *                         ({@code 一、} paragraphs that follow), {@code pieces} (titles in a compilation)
 * @param listed           how many items were found
 * @param listedAtMost     the count when every {@code 和}/{@code 及}/{@code 与} inside an item joins two
 *                         items ({@code A、B和C} may be three); equal to {@code listed} when there is none
 * @param listSpan         where the items stand (the list, or the first to last marker)
 * @param listLine         the source line where the items start, for messages
 * @param placeholderItems how many items are masked or blank ({@code **}, {@code _之间})
 * @param open             true when {@code 等} stands between the list and the number
 */
public record Claim(int paragraph, int start, int end, Span span, String text, int claimed, String form,
                    int listed, int listedAtMost, Span listSpan, int listLine, int placeholderItems,
                    boolean open) {
}
