/**
 * The text toolkit the recognizers share: what a character is (a Han character, CJK punctuation),
 * traditional and simplified forms ({@link draftlint.text.HanCharacters}), numbers as drafts write
 * them ({@link draftlint.text.NumeralParser}: figures, counts, ordinals, one reader), and the walk
 * to a sentence's ends. It knows nothing of drafts, facts or recognizers, so the public fact model
 * ({@code draftlint.fact.Ordinal}) may use it too.
 */
package draftlint.text;
