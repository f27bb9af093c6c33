/**
 * Document kinds as data: each {@code rules/kinds/*.kind} file (and each {@code kinds/*.kind} file
 * of a {@code --rules DIR}) names a kind, the title words that identify it and the parts a draft
 * of that kind must have, with where and how to find each. {@link draftlint.kind.KindFile} reads
 * the format; {@link draftlint.kind.Kinds} holds the kinds of one run.
 */
package draftlint.kind;
