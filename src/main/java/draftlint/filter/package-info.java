/**
 * What decides, after the rules have run, which findings of a file are reported and how: the
 * configuration's rule settings ({@link draftlint.filter.RulePolicy}), suppression comments in
 * Markdown ({@link draftlint.filter.InlineSuppressions}) and a baseline of accepted findings
 * ({@link draftlint.filter.Baseline}). Each is generic: it knows rules by id and family only.
 */
package draftlint.filter;
