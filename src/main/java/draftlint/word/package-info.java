/**
 * Word documents: what their body says in reading order (automatic numbering rendered, tracked
 * changes accepted, fields as displayed), and writing findings back as Word comments. A .docx is
 * walked by {@link draftlint.word.BodyWalker}, which annotating walks the same way, so a finding's
 * paragraph number means the same paragraph to both. A Word 97-2003 binary file
 * ({@link draftlint.word.BinaryWordFile}, POI's HWPF) and a Word 2003 XML file
 * ({@link draftlint.word.Word2003Xml}) give the same kind of paragraphs, numbered by the same
 * {@link draftlint.word.ListNumbering}; they cannot be annotated.
 */
package draftlint.word;
