package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Residue;
import draftlint.fact.ResidueBlock;
import draftlint.text.HanCharacters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds what a web page or a tool left in the draft: page chrome ({@link PageChrome}), lines that
 * are only the site's name, and the site's name injected into sentences ({@link SiteNames}). Adds
 * a {@link Residue} for each stretch and a {@link ResidueBlock} for each run of them that a
 * reviewer would strike out at once. Runs right after the paragraphs, so that every later
 * recognizer can leave residue alone.
 */
public final class ResidueRecognizer implements Recognizer {
    /** Characters of a block's text shown in a message. */
    private static final int EXCERPT = 20;

    private record Piece(int paragraph, int start, int end, String kind) {
    }

    /** A stretch of a paragraph that stood on a line of its own in the source. */
    private record Line(int paragraph, int start, int end) {
    }

    /** It finds the chrome, so it reads it. */
    @Override
    public boolean readsChrome() {
        return true;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Residue.class, ResidueBlock.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        String[] folded = new String[blocks.size()];
        boolean[] whole = new boolean[blocks.size()];
        boolean[] chrome = new boolean[blocks.size()];
        List<Piece> pieces = new ArrayList<>();
        SiteNames names = new SiteNames();
        // Chrome is judged line by line, with its neighbours: a caption broken off into the next line
        // (…本报记者 戴冰摄 / 各位代表：) is read as one paragraph, but is a line of its own on the page.
        List<Line> lines = new ArrayList<>();
        for (Block block : blocks) {
            int i = block.index();
            if (block.type() == BlockType.CODE) continue;
            folded[i] = HanCharacters.foldToSimplified(block.text());
            lines.addAll(sourceLines(block, folded[i]));
        }
        String[] texts = new String[lines.size()];
        for (int k = 0; k < texts.length; k++) {
            Line line = lines.get(k);
            texts[k] = folded[line.paragraph].substring(line.start, line.end);
        }
        String[] kinds = ChromeLines.kinds(texts);
        for (int k = 0; k < texts.length; k++) {
            Line line = lines.get(k);
            if (line.start == 0 && line.end < folded[line.paragraph].length()) {
                // A paragraph of chrome wrapped over lines (a footer, a member prompt) is judged whole, too.
                String kind = PageChrome.wholeParagraphKind(folded[line.paragraph]);
                if (kind != null) {
                    pieces.add(new Piece(line.paragraph, 0, folded[line.paragraph].length(), kind));
                    chrome[line.paragraph] = true;
                    names.learnFrom(folded[line.paragraph], kind);
                    while (k + 1 < texts.length && lines.get(k + 1).paragraph == line.paragraph) k++;
                    continue;
                }
            }
            if (kinds[k] == null) continue;
            pieces.add(new Piece(line.paragraph, line.start, line.end, kinds[k]));
            chrome[line.paragraph] = true;
            // Only a line that is chrome on its own tells names; a crumb of a trail may be the article's title.
            String own = PageChrome.wholeParagraphKind(texts[k]);
            if (own != null) names.learnFrom(texts[k], own);
        }
        for (Piece p : pieces) {
            whole[p.paragraph] = folded[p.paragraph].substring(0, p.start).isBlank() && folded[p.paragraph].substring(p.end).isBlank()
                    || whole[p.paragraph];
        }
        for (Block block : blocks) {
            int i = block.index();
            if (folded[i] == null || chrome[i]) continue;
            for (PageChrome.Stretch s : PageChrome.inline(folded[i])) {
                pieces.add(new Piece(i, s.start(), s.end(), s.kind()));
                names.learnFrom(folded[i].substring(s.start(), s.end()), s.kind());
            }
        }
        // What the chrome gave away finds the rest: name-only lines first, then injected names.
        for (int i = 0; i < blocks.size(); i++) {
            if (folded[i] != null && !whole[i] && names.isNameLine(folded[i])) {
                whole[i] = true;
                int paragraph = i;
                pieces.removeIf(p -> p.paragraph == paragraph);
                pieces.add(new Piece(i, 0, folded[i].length(), "site-name"));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (folded[i] == null || whole[i]) continue;
            for (String mark : names.watermarks()) {
                for (int at = folded[i].indexOf(mark); at >= 0; at = folded[i].indexOf(mark, at + mark.length())) {
                    int end = at + mark.length();
                    if (!SiteNames.endsWord(folded[i], end) && !overlaps(pieces, i, at, end)) {
                        pieces.add(new Piece(i, at, end, "watermark"));
                    }
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::paragraph).thenComparingInt(Piece::start));
        for (Piece p : pieces) {
            Block block = blocks.get(p.paragraph);
            facts.add(new Residue(p.paragraph, p.start, p.end, block.span(p.start, p.end),
                    block.text().substring(p.start, p.end), p.kind));
        }
        addBlocks(blocks, pieces, facts);
    }

    /** Joins residue that touches across paragraph breaks or white space into blocks. */
    private static void addBlocks(List<Block> blocks, List<Piece> pieces, Facts facts) {
        List<Piece> run = new ArrayList<>();
        int id = 0;
        for (Piece p : pieces) {
            if (!run.isEmpty() && !continues(blocks, run.get(run.size() - 1), p)) {
                facts.add(block(id++, blocks, run));
                run.clear();
            }
            run.add(p);
        }
        if (!run.isEmpty()) facts.add(block(id, blocks, run));
    }

    private static boolean continues(List<Block> blocks, Piece before, Piece next) {
        if (before.kind.equals("watermark") || next.kind.equals("watermark")) return false;
        if (next.paragraph == before.paragraph) {
            return blocks.get(before.paragraph).text().substring(before.end, next.start).isBlank();
        }
        return next.paragraph == before.paragraph + 1 && blocks.get(next.paragraph).text().substring(0, next.start).isBlank()
                && blocks.get(before.paragraph).text().substring(before.end).isBlank();
    }

    /** The stretches of a paragraph that stood on separate lines of the source, white space at their ends left out. */
    private static List<Line> sourceLines(Block block, String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int line = text.isEmpty() ? 0 : block.lineAt(0); // the line of start, looked up once a line, not at every char
        for (int at = 1; at <= text.length(); at++) {
            int atLine = at == text.length() ? line : block.lineAt(at);
            if (at == text.length() || atLine != line) {
                int s = start;
                int e = at;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (s < e) lines.add(new Line(block.index(), s, e));
                start = at;
                line = atLine;
            }
        }
        return lines;
    }

    private static ResidueBlock block(int id, List<Block> blocks, List<Piece> run) {
        Piece first = run.get(0);
        Piece last = run.get(run.size() - 1);
        Span span = blocks.get(first.paragraph).span(first.start, first.end)
                .to(blocks.get(last.paragraph).span(last.start, last.end));
        StringBuilder text = new StringBuilder();
        Piece before = null;
        for (Piece p : run) {
            // Between two pieces of one paragraph stands what the paragraph has there (nothing where
            // the reader joined a wrapped line, a space); between paragraphs, one line end.
            if (before != null) {
                text.append(before.paragraph == p.paragraph ? blocks.get(p.paragraph).text().substring(before.end, p.start) : "\n");
            }
            text.append(blocks.get(p.paragraph).text(), p.start, p.end);
            before = p;
        }
        return new ResidueBlock(id, first.paragraph, last.paragraph, span, text.toString(), excerpt(text.toString()),
                first.kind, run.size());
    }

    private static String excerpt(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        if (firstLine.codePointCount(0, firstLine.length()) <= EXCERPT) return firstLine;
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    private static boolean overlaps(List<Piece> pieces, int paragraph, int start, int end) {
        for (Piece p : pieces) {
            if (p.paragraph == paragraph && start < p.end && p.start < end) return true;
        }
        return false;
    }
}
