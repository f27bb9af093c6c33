/**
 * Word .docx documents: what their body says in reading order (automatic numbering rendered,
 * tracked changes accepted, fields as displayed), and writing findings back as Word comments.
 * Reading and annotating walk the body with the same {@link draftlint.word.BodyWalker}, so a
 * finding's paragraph number means the same paragraph to both.
 */
package draftlint.word;
