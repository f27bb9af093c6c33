package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.ScriptProfile;
import draftlint.fact.ScriptRun;

/**
 * Tells which Chinese script the draft is written in ({@link ScriptProfile}) and finds the
 * stretches written in the other one ({@link ScriptRun}). Only characters that one script alone
 * uses count (優 traditional, 优 simplified); most characters are shared and say nothing.
 */
public final class ScriptRecognizer implements Recognizer {
    /** Shared characters that may stand inside a stretch without ending it (發展戰略 → one stretch). */
    private static final int GAP_MAX = 2;

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
        for (Block block : draft.blocks()) {
            if (block.type() != BlockType.CODE) addStrays(block, !traditionalDraft, facts);
        }
    }

    /** Adds the stretches of the minority script: traditional ones when the draft is simplified. */
    private static void addStrays(Block block, boolean lookForTraditional, Facts facts) {
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
            facts.add(new ScriptRun(block.index(), start, end, block.span(start, end), stretch,
                    lookForTraditional ? "traditional" : "simplified",
                    converted.length() == stretch.length() ? converted : null));
            i = end;
        }
    }

    private static boolean isStray(String text, int i, boolean lookForTraditional) {
        return lookForTraditional ? isTraditional(text, i) : HanCharacters.isSimplifiedOnly(text.charAt(i));
    }

    /** A traditional-only character, unless the standard keeps it where it stands (陈昇, 瞭望). */
    private static boolean isTraditional(String text, int i) {
        return HanCharacters.isTraditionalOnly(text.charAt(i)) && !StandardVariants.isStandardAt(text, i);
    }
}
