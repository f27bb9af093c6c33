package draftlint.draft;

import java.util.List;

/**
 * How a Word draft is laid out, as Word shows it: every property already resolved through document
 * defaults, styles, numbering and direct formatting (the reader does that, {@code draftlint.word}).
 * Plain text and Markdown have none ({@link #NONE}). Lengths are in twips (1/20 pt), font sizes in
 * half-points, as WordprocessingML stores them; the facts convert them for the rules.
 *
 * @param paragraphs     one per source line of the draft (index = line − 1)
 * @param sections       the sections' page setup in document order
 * @param pageNumbers    the footers that show a page number and are in force
 * @param evenAndOdd     whether odd and even pages have footers of their own ({@code w:evenAndOddHeaders})
 */
public record WordLayout(List<ParagraphFormat> paragraphs, List<Section> sections, List<PageNumber> pageNumbers,
                         boolean evenAndOdd) {
    public static final WordLayout NONE = new WordLayout(List.of(), List.of(), List.of(), false);

    public WordLayout {
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
        pageNumbers = List.copyOf(pageNumbers);
    }

    public boolean isPresent() {
        return !paragraphs.isEmpty() || !sections.isEmpty();
    }

    /**
     * A stretch of a paragraph's text in one look.
     *
     * @param start      offset in the line's text (automatic number included), inclusive
     * @param end        exclusive
     * @param eastAsia   the font Word uses for Chinese characters, or "" when none is set anywhere
     * @param latin      the font for Latin letters and digits ({@code w:ascii}), or ""
     * @param halfPoints the size in half-points (32 = 16 pt)
     */
    public record FontSpan(int start, int end, String eastAsia, String latin, int halfPoints, boolean bold,
                           String color) {
    }

    /**
     * One paragraph's look.
     *
     * @param alignment       {@code left}, {@code center}, {@code right}, {@code both} (justified), {@code distribute}, …
     * @param firstLine       first-line indent in twips (negative: hanging)
     * @param firstLineChars  first-line indent in hundredths of a character when set in characters
     *                        (it wins over {@code firstLine}), else -1
     * @param lineRule        {@code auto} (multiple of single, {@code line}/240), {@code exact} or {@code atLeast}
     * @param line            line spacing in twips (exact, atLeast) or 240ths of a line (auto)
     * @param snapToGrid      whether the paragraph follows the document grid
     * @param spans           the text's looks, in order
     * @param inTextBox       whether the paragraph sits in a text box (where templates put the 版头 and 版记)
     * @param before          space before the paragraph (段前) in twips
     * @param beforeLines     the same in hundredths of a line when set in lines (it wins over {@code before}), else -1
     * @param after           space after it (段后) in twips
     * @param afterLines      the same in hundredths of a line, else -1
     * @param lineBreaks      line breaks typed in it (Shift+Enter), which the draft's text does not keep
     */
    public record ParagraphFormat(String style, String alignment, int left, int leftChars, int right, int rightChars,
                                  int firstLine, int firstLineChars, String lineRule, int line, boolean snapToGrid,
                                  List<FontSpan> spans, boolean inTextBox, int before, int beforeLines, int after,
                                  int afterLines, int lineBreaks) {
        public ParagraphFormat {
            spans = List.copyOf(spans);
        }
    }

    /**
     * One section's page: size and margins in twips ({@code width}/{@code height} 0 when the file sets
     * no size and Word uses its own default); the document grid.
     *
     * @param gridType   {@code default} (none), {@code lines}, {@code linesAndChars}, {@code snapToChars}
     * @param linePitch  grid line pitch in twips, 0 when unset
     * @param charSpace  the grid's character pitch beyond the default font size, in 4096ths of a point
     * @param defaultHalfPoints the document's default font size (the Normal style), which the
     *                   character grid counts from
     */
    public record Section(int width, int height, boolean landscape, int top, int bottom, int left, int right,
                          int gutter, String gridType, int linePitch, int charSpace, int defaultHalfPoints,
                          boolean titlePage) {
    }

    /**
     * A footer paragraph that shows the page number.
     *
     * @param which      {@code default} (every page, or odd pages when odd and even differ), {@code even}, {@code first}
     * @param text       the text it shows, with the field's cached result ({@code — 1 —})
     * @param format     the paragraph's look
     * @param position   where a frame or text box holding it is placed across the page ({@code outside},
     *                   {@code inside}, {@code left}, {@code center}, {@code right}), or "" when it flows
     *                   in the footer and its alignment places it
     */
    public record PageNumber(String which, String text, ParagraphFormat format, String position) {
    }
}
