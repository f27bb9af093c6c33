package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Residue;
import draftlint.fact.UnpairedMark;
import draftlint.text.NumeralParser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs quotation marks and brackets within each paragraph and reports those left without a
 * partner ({@link UnpairedMark}). Round brackets pair whatever their width: {@code （…)} is a
 * width slip, not a missing bracket.
 */
public final class PairingRecognizer implements Recognizer {
    private static final String OPENERS = "“‘《（(【〔";
    private static final String CLOSERS = "”’》）)】〕";
    /** Residue that cuts the text off: the marks next to the cut lost their partners to the site. */
    private static final Set<String> CUTS = Set.of("member-prompt", "truncation");

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(UnpairedMark.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Set<Integer> nearCut = new HashSet<>();
        for (Residue r : facts.ofType(Residue.class)) {
            if (CUTS.contains(r.kind())) {
                nearCut.add(r.paragraph() - 1);
                nearCut.add(r.paragraph());
                nearCut.add(r.paragraph() + 1);
            }
        }
        List<Block> blocks = draft.blocks();
        List<List<Integer>> unpaired = new ArrayList<>();
        for (Block block : blocks) {
            unpaired.add(block.type() == BlockType.CODE || nearCut.contains(block.index()) ? List.of() : unpaired(block, facts));
        }
        for (Block block : blocks) {
            String text = block.text();
            for (int i : unpaired.get(block.index())) {
                char mark = text.charAt(i);
                boolean opening = OPENERS.indexOf(mark) >= 0;
                if (opening && continuesInNext(blocks, unpaired, block.index(), mark)) continue;
                if (!opening && continuedFromPrevious(blocks, unpaired, block.index(), mark)) continue;
                String partner = String.valueOf(opening ? CLOSERS.charAt(OPENERS.indexOf(mark)) : OPENERS.charAt(CLOSERS.indexOf(mark)));
                facts.add(new UnpairedMark(block.index(), i, i + 1, block.span(i, i + 1), String.valueOf(mark), partner, opening));
            }
        }
    }

    /** Offsets of the marks in a paragraph that find no partner in it. */
    private static List<Integer> unpaired(Block block, Facts facts) {
        String text = block.text();
        List<Deque<Integer>> open = new ArrayList<>();
        for (int k = 0; k < OPENERS.length(); k++) open.add(new ArrayDeque<>());
        List<Integer> lone = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPENERS.indexOf(c);
            int cl = CLOSERS.indexOf(c);
            if (o < 0 && cl < 0 || isYearApostrophe(text, i)) continue;
            if (o >= 0) {
                open.get(kind(o)).push(i);
            } else if (!open.get(kind(cl)).isEmpty()) {
                open.get(kind(cl)).pop();
            } else {
                lone.add(i);
            }
        }
        for (Deque<Integer> left : open) lone.addAll(left);
        lone.sort(Integer::compare);
        return lone;
    }

    /** {@code 中国’99昆明世界园艺博览会}: ’ before two digits cuts a year short; it closes nothing. */
    private static boolean isYearApostrophe(String text, int i) {
        return text.charAt(i) == '’' && i + 2 < text.length() && NumeralParser.isDigit(text.charAt(i + 1)) && NumeralParser.isDigit(text.charAt(i + 2))
                && (i + 3 == text.length() || !NumeralParser.isDigit(text.charAt(i + 3)));
    }

    /** Round brackets of either width share one stack. */
    private static int kind(int index) {
        return index == 4 ? 3 : index;
    }

    /**
     * A quotation over several paragraphs opens each with “ and closes only the last (GB/T 15834
     * 4.1.3.4); a paragraph hard-wrapped between the marks leaves the partner just after the break;
     * a mark set around a few short lines finds its partner a few lines on: a title laid out on
     * three lines ({@code 关于印发《…} / {@code …} / {@code …》的通知}), a page's toolbar
     * ({@code 【字号：} / {@code 加大} / {@code 还原} / {@code 】}).
     */
    private static boolean continuesInNext(List<Block> blocks, List<List<Integer>> unpaired, int index, char mark) {
        if (index + 1 >= blocks.size()) return false;
        String next = blocks.get(index + 1).text();
        if (next.charAt(0) == mark) return true;
        char partner = CLOSERS.charAt(OPENERS.indexOf(mark));
        return partnerWithin(blocks, unpaired, index, 1, mark, partner);
    }

    private static boolean continuedFromPrevious(List<Block> blocks, List<List<Integer>> unpaired, int index, char mark) {
        char partner = OPENERS.charAt(CLOSERS.indexOf(mark));
        return partnerWithin(blocks, unpaired, index, -1, mark, partner);
    }

    /** Lines a mark may span to its partner, and the length of each line it spans (a title line's). */
    private static final int REACH = 6;
    private static final int SHORT_LINE = 24;

    /**
     * The partner stands unpaired in the next block in {@code step}'s direction, or in one a few
     * blocks on across short lines that hold no other lone mark of the same kind.
     */
    private static boolean partnerWithin(List<Block> blocks, List<List<Integer>> unpaired, int index, int step,
                                         char mark, char partner) {
        for (int k = 1; k <= REACH; k++) {
            int at = index + k * step;
            if (at < 0 || at >= blocks.size()) return false;
            String text = blocks.get(at).text();
            if (unpaired.get(at).stream().anyMatch(i -> text.charAt(i) == partner)) return true;
            if (text.length() > SHORT_LINE || unpaired.get(at).stream().anyMatch(i -> text.charAt(i) == mark)) return false;
        }
        return false;
    }
}
