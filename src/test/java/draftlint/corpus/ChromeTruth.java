package draftlint.corpus;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The page chrome of a web copy, told by its clean twin: {@code web-NAME.txt} is {@code NAME.txt}
 * as copied from a web page, so a line of the copy that the clean text does not have came from the
 * page. Consecutive such lines (blank lines between them aside) are one block, as a reviewer would
 * strike them out. A block counts as flagged when every one of its lines lies in a residue finding:
 * a toolbar flagged but for its closing {@code 】} still leaves a stray mark in the draft.
 */
final class ChromeTruth {
    static final String PREFIX = "web-";

    /** A run of chrome lines, 1-based and inclusive, and whether residue findings cover all of them. */
    record Block(String path, int line, int endLine, String text, boolean flagged) {
    }

    private ChromeTruth() {
    }

    /** The chrome blocks of every web copy whose clean twin is among {@code checked}. */
    static List<Block> blocks(List<Corpus.Checked> checked) {
        Map<String, Corpus.Checked> byName = checked.stream()
                .collect(Collectors.toMap(c -> fileName(c.path()), Function.identity(), (a, b) -> a));
        List<Block> blocks = new ArrayList<>();
        for (Corpus.Checked copy : checked) {
            String name = fileName(copy.path());
            if (!name.startsWith(PREFIX)) continue;
            Optional.ofNullable(byName.get(name.substring(PREFIX.length())))
                    .ifPresent(clean -> blocks.addAll(blocks(copy, clean)));
        }
        return blocks;
    }

    /** The lines of a web copy that are chrome, 1-based: what the clean twin does not have. */
    static Set<Integer> chromeLines(Corpus.Checked copy, Corpus.Checked clean) {
        Set<String> kept = new HashSet<>();
        clean.lines().forEach(l -> kept.add(l.strip()));
        Set<Integer> chrome = new HashSet<>();
        for (int i = 0; i < copy.lines().size(); i++) {
            String line = copy.lines().get(i).strip();
            if (!line.isEmpty() && !kept.contains(line)) chrome.add(i + 1);
        }
        return chrome;
    }

    private static List<Block> blocks(Corpus.Checked copy, Corpus.Checked clean) {
        Set<Integer> chrome = chromeLines(copy, clean);
        Set<Integer> covered = residueLines(copy.findings());
        List<Block> blocks = new ArrayList<>();
        List<String> lines = copy.lines();
        int start = -1;
        for (int n = 1; n <= lines.size() + 1; n++) {
            boolean blank = n <= lines.size() && lines.get(n - 1).isBlank();
            if (blank && start > 0) continue;
            boolean isChrome = chrome.contains(n);
            if (isChrome && start < 0) start = n;
            if (!isChrome && start > 0) {
                int end = n - 1;
                while (lines.get(end - 1).isBlank()) end--;
                boolean flagged = true;
                StringBuilder text = new StringBuilder();
                for (int k = start; k <= end; k++) {
                    if (lines.get(k - 1).isBlank()) continue;
                    flagged &= covered.contains(k);
                    if (!text.isEmpty()) text.append(" / ");
                    text.append(lines.get(k - 1).strip());
                }
                blocks.add(new Block(copy.path(), start, end, text.toString(), flagged));
                start = -1;
            }
        }
        return blocks;
    }

    /** The lines that residue findings cover; a span that ends at column 1 does not reach its last line. */
    static Set<Integer> residueLines(List<Diagnostic> findings) {
        Set<Integer> lines = new HashSet<>();
        for (Diagnostic d : findings) {
            if (!d.family().equals("residue")) continue;
            Span s = d.span();
            int last = s.endLine() > s.line() && s.endColumn() == 1 ? s.endLine() - 1 : s.endLine();
            for (int n = s.line(); n <= last; n++) lines.add(n);
        }
        return lines;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
