package draftlint.fact;

import draftlint.draft.Span;

/**
 * A word of two to four Han characters written twice in a row ({@code 推动推动}, {@code 全县全县}).
 *
 * @param word          the word once
 * @param reduplication true when doubling is a form the language has: a verb said twice to soften it
 *                      ({@code 研究研究}, from {@code rules/lists/text/reduplicable.txt}), {@code 一个一个},
 *                      or a word that is itself doubled ({@code 谢谢谢谢})
 */
public record RepeatedWord(int paragraph, int start, int end, Span span, String word, boolean reduplication) implements Located {
}
