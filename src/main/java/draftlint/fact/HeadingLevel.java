package draftlint.fact;

/**
 * A level of numbered heading that a document uses: one fact per level found in the body, and one
 * per level found in each outline and each annex. Lets a rule ask "does this document use （一） at
 * all?" without comparing every heading with every other.
 *
 * @param outline true for the levels of the outline blocks, false for the body's
 * @param level   1 to 5, as {@link Heading#level()}
 * @param marker  the marker of the first heading of that level, for messages
 * @param part    the numbering tree, as {@link Heading#part()}: an annex's levels are its own
 */
public record HeadingLevel(boolean outline, int level, String marker, int part) {
}
