package draftlint.kind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A document kind as its kind file declares it.
 *
 * @param name   the id used by {@code --kind} and reported as the document's kind
 * @param title  what the end of a title of this kind looks like ({@code 通知$})
 * @param parts  the parts a draft of this kind must have, in reading order
 * @param source the file it was read from, for error messages
 */
public record Kind(String name, String labelZh, String labelEn, Pattern title, List<PartSpec> parts, String source) {
    public Kind {
        parts = List.copyOf(parts);
    }

    /** How many chars at the end of {@code title} this kind's title pattern claims, or -1. */
    int claim(String text) {
        var m = title.matcher(text);
        int best = -1;
        while (m.find()) {
            if (m.end() == text.length()) best = Math.max(best, m.end() - m.start());
        }
        return best;
    }
}
