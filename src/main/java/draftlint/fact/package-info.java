/**
 * The facts that recognizers hand to the rules, and the {@link draftlint.fact.Finding} that rules
 * insert. This package is a public API: user rules in {@code --rules DIR} match these classes by
 * their getters, so names and meanings stay stable. All facts are immutable. Offsets
 * ({@code start}, {@code end}) are UTF-16 indexes into the text of the paragraph numbered
 * {@code paragraph}; spans are source positions for reports.
 */
package draftlint.fact;
