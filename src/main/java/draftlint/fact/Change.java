package draftlint.fact;

import draftlint.draft.Span;

/**
 * A change from one value to another told with a direction word: {@code 从27.54%压减到4.53%},
 * {@code 由30%提高至45%}.
 *
 * @param word      the direction word as written ({@code 压减})
 * @param direction {@code up} ({@code 提高}, {@code 增加}…) or {@code down} ({@code 下降}, {@code 压减}…)
 * @param oldValue  the value after {@code 从}/{@code 由}
 * @param newValue  the value after {@code 到}/{@code 至}/{@code 为}
 */
public record Change(int paragraph, int start, int end, Span span, String text, String word, String direction,
                     double oldValue, String oldText, double newValue, String newText) implements Located {
}
