package draftlint.fact;

import draftlint.draft.Span;

/**
 * A fixed formulation (固定提法) with a canonical number: {@code 四个自信}, {@code 五育并举}, written with
 * the number the draft gives it. The formulations are data ({@code rules/lists/formulations.txt}).
 *
 * @param name           the canonical form ({@code 四个自信})
 * @param count          the number written ({@code 三个自信} → 3)
 * @param canonicalCount the number the formulation has ({@code 4})
 */
public record Formulation(int paragraph, int start, int end, Span span, String text, String name, int count,
                          int canonicalCount) implements Located {
}
