/**
 * What decides, after the rules have run, which findings of a file are reported and how: the
 * configuration's rule settings ({@link draftlint.filter.RulePolicy}), the words it accepts
 * ({@link draftlint.filter.AcceptedTerms}), suppression comments in Markdown
 * ({@link draftlint.filter.InlineSuppressions}) and a baseline of accepted findings
 * ({@link draftlint.filter.Baseline}). Each is generic: it knows rules by id and family only, and
 * findings by their span.
 */
package draftlint.filter;
