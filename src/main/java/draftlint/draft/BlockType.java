package draftlint.draft;

/**
 * What the source format itself says a block is. Plain text says nothing beyond PARAGRAPH;
 * Markdown marks headings and list items, whose numbering the markup renders (and which the
 * numbering checks must therefore leave alone).
 */
public enum BlockType {
    PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE_CELL
}
