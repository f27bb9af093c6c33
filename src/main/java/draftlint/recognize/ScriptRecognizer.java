package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Residue;
import draftlint.fact.ScriptPassage;
import draftlint.fact.ScriptProfile;
import draftlint.fact.ScriptRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells which Chinese script the draft is written in ({@link ScriptProfile}) and finds the
 * stretches written in the other one ({@link ScriptRun}). Only characters that one script alone
 * uses count (優 traditional, 优 simplified); most characters are shared and say nothing.
 * <p>
 * Where such stretches crowd neighbouring paragraphs (a part of a report set in traditional
 * characters, a half-converted page), one {@link ScriptPassage} stands for them: a reader is told
 * once that the passage needs converting, not a hundred times which character.
 */
public final class ScriptRecognizer implements Recognizer {
    /** Shared characters that may stand inside a stretch without ending it (發展戰略 → one stretch). */
    private static final int GAP_MAX = 2;
    /** Paragraphs with stretches at most this far apart belong to one passage (a heading between them). */
    private static final int PASSAGE_GAP = 3;
    /** A passage has at least this many stretches; fewer are reported one by one. */
    private static final int PASSAGE_MIN = 5;

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(ScriptProfile.class, ScriptPassage.class, ScriptRun.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        int traditional = 0;
        int simplified = 0;
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            for (int i = 0; i < text.length(); i++) {
                if (facts.overlapsResidue(block.index(), i, i + 1)) continue;
                if (isTraditional(text, i)) traditional++;
                else if (HanCharacters.isSimplifiedOnly(text.charAt(i))) simplified++;
            }
        }
        boolean traditionalDraft = traditional > simplified;
        facts.add(new ScriptProfile(traditional, simplified, traditionalDraft ? "traditional" : "simplified"));
        List<ScriptRun> strays = new ArrayList<>();
        for (Block block : draft.blocks()) {
            if (block.type() != BlockType.CODE) strays.addAll(strays(block, !traditionalDraft, facts));
        }
        addByPassage(strays, facts);
    }

    /**
     * Groups the stretches into passages of neighbouring paragraphs: a crowded passage becomes one
     * {@link ScriptPassage}, a few scattered stretches stay {@link ScriptRun}s of their own.
     */
    private static void addByPassage(List<ScriptRun> strays, Facts facts) {
        int from = 0;
        while (from < strays.size()) {
            int to = from + 1;
            while (to < strays.size() && strays.get(to).paragraph() - strays.get(to - 1).paragraph() <= PASSAGE_GAP) to++;
            List<ScriptRun> group = strays.subList(from, to);
            if (group.size() >= PASSAGE_MIN) {
                ScriptRun first = group.get(0);
                ScriptRun last = group.get(group.size() - 1);
                facts.add(new ScriptPassage(first.paragraph(), last.paragraph(), first.span().to(last.span()),
                        first.script(), group.size(), first.text()));
            } else {
                group.forEach(facts::add);
            }
            from = to;
        }
    }

    /** The stretches of the minority script in a block: traditional ones when the draft is simplified. */
    private static List<ScriptRun> strays(Block block, boolean lookForTraditional, Facts facts) {
        List<ScriptRun> found = new ArrayList<>();
        String text = block.text();
        int i = 0;
        while (i < text.length()) {
            if (!isStray(text, i, lookForTraditional) || facts.overlapsResidue(block.index(), i, i + 1)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            for (int j = i + 1; j < text.length() && j - end <= GAP_MAX && HanCharacters.isHan(text.charAt(j)); j++) {
                if (facts.overlapsResidue(block.index(), j, j + 1)) break;
                if (isStray(text, j, lookForTraditional)) end = j + 1;
            }
            String stretch = text.substring(start, end);
            String converted = lookForTraditional ? HanCharacters.toSimplified(stretch) : HanCharacters.toTraditional(stretch);
            found.add(new ScriptRun(block.index(), start, end, block.span(start, end), stretch,
                    lookForTraditional ? "traditional" : "simplified",
                    converted.length() == stretch.length() ? converted : null));
            i = end;
        }
        return found;
    }

    private static boolean isStray(String text, int i, boolean lookForTraditional) {
        return lookForTraditional ? isTraditional(text, i) : HanCharacters.isSimplifiedOnly(text.charAt(i));
    }

    /** A traditional-only character, unless the standard keeps it where it stands (陈昇, 瞭望). */
    private static boolean isTraditional(String text, int i) {
        return HanCharacters.isTraditionalOnly(text.charAt(i)) && !StandardVariants.isStandardAt(text, i);
    }
}
