package draftlint.fact;

import draftlint.draft.Span;

/**
 * A number that sums up the list it closes, and the items of that list: {@code “A、B、C、D”四大平台},
 * {@code 新建**、**、**3所高中}. Parts announced for what follows ({@code 讲四点意见}) are the
 * structure family's.
 *
 * @param span             the announcing number with its measure ({@code 四大})
 * @param claimed          the number announced
 * @param form             how the items were found: {@code list} (items joined by {@code 、} before the
 *                         count) or {@code clauses} (clauses parted by {@code ；} after the count and
 *                         a colon: {@code 重点抓好三项工作：加强A；推进B；完善C。})
 * @param listed           how many items were found
 * @param listedAtMost     the count when every {@code 和}/{@code 及}/{@code 与} inside an item joins two
 *                         items ({@code A、B和C} may be three); equal to {@code listed} when there is none
 * @param listSpan         where the items stand
 * @param listLine         the source line where the items start, for messages
 * @param placeholderItems how many items are masked or blank ({@code **}, {@code _之间})
 * @param open             true when {@code 等} stands between the list and the number
 */
public record Claim(int paragraph, int start, int end, Span span, String text, int claimed, String form,
                    int listed, int listedAtMost, Span listSpan, int listLine, int placeholderItems,
                    boolean open) implements Located {
}
