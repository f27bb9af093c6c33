package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Residue;
import draftlint.fact.ResidueBlock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        String[] folded = new String[blocks.size()];
        boolean[] whole = new boolean[blocks.size()];
        List<Piece> pieces = new ArrayList<>();
        SiteNames names = new SiteNames();
        for (Block block : blocks) {
            int i = block.index();
            if (block.type() == BlockType.CODE) continue;
            folded[i] = HanCharacters.foldToSimplified(block.text());
            String kind = PageChrome.wholeParagraphKind(folded[i]);
            if (kind != null) {
                whole[i] = true;
                pieces.add(new Piece(i, 0, folded[i].length(), kind));
                names.learnFrom(folded[i], kind);
                continue;
            }
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
        return next.paragraph == before.paragraph + 1 && next.start == 0
                && before.end == blocks.get(before.paragraph).text().length();
    }

    private static ResidueBlock block(int id, List<Block> blocks, List<Piece> run) {
        Piece first = run.get(0);
        Piece last = run.get(run.size() - 1);
        Span span = blocks.get(first.paragraph).span(first.start, first.end)
                .to(blocks.get(last.paragraph).span(last.start, last.end));
        StringBuilder text = new StringBuilder();
        for (Piece p : run) {
            if (!text.isEmpty()) text.append(p.paragraph == first.paragraph ? "" : "\n");
            text.append(blocks.get(p.paragraph).text(), p.start, p.end);
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
