package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.text.HanCharacters;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a draft lists its own outline ahead of the text: a {@code 目录} or {@code 提纲} label
 * ({@code 目录/提纲:……}) followed by short entry lines, up to a line of {@code ……} or the first line
 * that reads as prose. Headings inside are promises about the body, not body headings, so the
 * numbering of each outline is a tree of its own.
 */
final class OutlineBlocks {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:目录|提纲)(?:\\s*[/／、]\\s*(?:目录|提纲))?\\s*[:：]?\\s*(?<open>……|…|\\.{3,})?$"); // matched folded (目錄 as 目录)
    private static final Pattern CLOSE = Pattern.compile("^(?:…|\\.{3,})+$");
    /** An outline entry is a heading line, never a paragraph of prose. */
    private static final int ENTRY_MAX = 60;

    private final int[] outlineOf;

    private OutlineBlocks(int[] outlineOf) {
        this.outlineOf = outlineOf;
    }

    static OutlineBlocks of(Draft draft) {
        List<Block> blocks = draft.blocks();
        int[] outlineOf = new int[blocks.size()];
        Arrays.fill(outlineOf, -1);
        int outlines = 0;
        for (int i = 0; i < blocks.size(); i++) {
            var label = LABEL.matcher(HanCharacters.foldToSimplified(blocks.get(i).text().strip()));
            if (!label.matches()) continue;
            int close = label.group("open") != null ? closingLine(blocks, i + 1) : -1;
            int last = i;
            if (close > 0) {
                last = close;
            } else {
                while (last + 1 < blocks.size() && isEntry(blocks.get(last + 1).text())) last++;
            }
            for (int k = i; k <= last; k++) outlineOf[k] = outlines;
            outlines++;
            i = last;
        }
        return new OutlineBlocks(outlineOf);
    }

    /** Which outline paragraph {@code index} belongs to (0, 1, …), or -1 for the body. */
    int outlineOf(int index) {
        return outlineOf[index];
    }

    /** The {@code ……} line that closes an outline opened at {@code from}, or -1 when prose comes first. */
    private static int closingLine(List<Block> blocks, int from) {
        for (int k = from; k < blocks.size(); k++) {
            String text = blocks.get(k).text().strip();
            if (CLOSE.matcher(text).matches()) return k;
            if (!isEntry(text)) return -1;
        }
        return -1;
    }

    private static boolean isEntry(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.codePointCount(0, t.length()) <= ENTRY_MAX && t.indexOf('。') < 0;
    }
}
