package draftlint.fact;

/**
 * The draft as a whole: one per checked file.
 *
 * @param path           the path as given on the command line
 * @param format         {@code text}, {@code markdown} or {@code word}
 * @param kind           {@code speech}, {@code notice}, {@code report}, {@code plan}, {@code summary},
 *                       {@code compilation}, the name of a user's kind file ({@code --rules DIR/kinds}),
 *                       or {@code unknown}
 * @param kindAssumed    true when the kind was guessed from the title rather than given with {@code --kind}
 * @param title          the title's text (its lines joined, when it is set on several), or "" when none was found
 * @param titleParagraph the paragraph index of the title (its last line, when it is set on several), or -1
 * @param paragraphCount how many paragraphs the draft has
 * @param titleStart     the paragraph index of the title's first line ({@code titleParagraph} when the
 *                       title is one line), or -1
 */
public record Document(String path, String format, String kind, boolean kindAssumed, String title,
                       int titleParagraph, int paragraphCount, int titleStart) {
    public int getLastParagraph() {
        return paragraphCount - 1;
    }
}
