package draftlint.draft;

import java.util.List;

/**
 * A draft as read: where it came from, how it was decoded, its source lines (for excerpts) and
 * its blocks (for the checks). Immutable; knows nothing of rules.
 *
 * @param path     the path as the user gave it (or "-" for standard input), for reports
 * @param encoding the charset the bytes were decoded with, as reported in JSON
 * @param lines    the source lines without their line ends; for .docx, the paragraphs
 */
public record Draft(String path, SourceFormat format, String encoding, List<String> lines, List<Block> blocks) {

    public Draft {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
    }

    /** Source line {@code n} (1-based), or "" past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
