package draftlint.fact;

import draftlint.draft.Span;

/**
 * A total and the parts it is broken into after {@code 其中}: {@code 新开工项目17个，其中中小学6所、托育一体园11所}.
 *
 * @param total       the total ({@code 17})
 * @param totalSpan   where the total stands
 * @param sum         the sum of the parts ({@code 6 + 11})
 * @param parts       how many parts were listed (at least two)
 * @param partsText   the parts as an addition for messages ({@code 6+11})
 * @param sumText     the sum as written in messages ({@code 17})
 * @param partsSpan   from the first part to the last
 * @param approximate true when the total or a part is a bound ({@code 20余所}, {@code 近百人})
 * @param masked      true when a part or the total is masked ({@code **所}): nothing can be checked
 * @param partition   true when the parts can be added: two or more counts of one measure, labelled
 *                    along one attribute (not money, whose parts may overlap, nor 女教师 beside 研究生)
 * @param largest     the largest single part, in the total's unit (亿元 and 万元 made comparable)
 * @param largestText the largest part as written ({@code 16000亿元})
 * @param oneOver     true when the largest part alone is more than an exact total, and no part is a
 *                    decrease: one part larger than its whole is wrong however the whole is divided
 */
public record Breakdown(int paragraph, Span span, double total, String totalText, Span totalSpan, double sum,
                        int parts, String partsText, String sumText, Span partsSpan, boolean approximate, boolean masked,
                        boolean partition, double largest, String largestText, boolean oneOver) {
}
