package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Garble;
import draftlint.fact.ScriptPassage;
import draftlint.fact.ScriptProfile;
import draftlint.fact.ScriptRun;
import draftlint.text.HanCharacters;

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
 * once that the passage needs converting, not a hundred times which character. Crowded means many
 * stretches that also make up a good share of the script-marked characters there: a 1950s report
 * in traditional characters that writes 届, 况, 够 all through has many stretches but a tiny share
 * of them, and each one is a stretch of its own. A passage is also more than one sentence: a clause
 * pasted from a traditional source (瞭解日軍掩埋化學武器的地點) is five stretches, reported as such. The
 * same holds for either script.
 * <p>
 * Mojibake ({@code 鍏舵妧鏈}) is garbled text, not a script: characters inside a {@link
 * draftlint.fact.Garble} are left to the garble rule and counted for neither script.
 */
public final class ScriptRecognizer implements Recognizer {
    /** Shared characters that may stand inside a stretch without ending it (發展戰略 → one stretch). */
    private static final int GAP_MAX = 2;
    /** Paragraphs with stretches at most this far apart belong to one passage (a heading between them). */
    private static final int PASSAGE_GAP = 3;
    /** A passage has at least this many stretches; fewer are reported one by one. */
    private static final int PASSAGE_MIN = 5;
    /**
     * In a passage, the other script's characters are at least this share (percent) of the
     * script-marked characters of its paragraphs: a half-converted part runs at 20–45 %, a draft's
     * own habit of variants (届 in a traditional report) or one pasted clause at 3–12 %.
     */
    private static final int PASSAGE_SHARE_PERCENT = 20;
    private static final String SENTENCE_ENDS = "。！？；!?;";

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Garble.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(ScriptProfile.class, ScriptPassage.class, ScriptRun.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        int blocks = draft.blocks().size();
        int[] traditionalIn = new int[blocks];
        int[] simplifiedIn = new int[blocks];
        int traditional = 0;
        int simplified = 0;
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            boolean garbled = facts.overlapsGarble(block.index(), 0, text.length()); // asked once, not at every char
            for (int i = 0; i < text.length(); i++) {
                if (garbled && skipped(block, i, facts)) continue;
                if (isTraditional(text, i)) traditionalIn[block.index()]++;
                else if (HanCharacters.isSimplifiedOnly(text.charAt(i))) simplifiedIn[block.index()]++;
            }
            traditional += traditionalIn[block.index()];
            simplified += simplifiedIn[block.index()];
        }
        boolean traditionalDraft = traditional > simplified;
        facts.add(new ScriptProfile(traditional, simplified, traditionalDraft ? "traditional" : "simplified"));
        List<ScriptRun> strays = new ArrayList<>();
        for (Block block : draft.blocks()) {
            if (block.type() != BlockType.CODE) strays.addAll(strays(block, !traditionalDraft, facts));
        }
        addByPassage(draft, strays, traditionalDraft ? simplifiedIn : traditionalIn, traditionalDraft ? traditionalIn : simplifiedIn, facts);
    }

    /** Garbled characters belong to no script (residue is masked: no script either). */
    private static boolean skipped(Block block, int i, Facts facts) {
        return facts.overlapsGarble(block.index(), i, i + 1);
    }

    /**
     * Groups the stretches into passages of neighbouring paragraphs: a crowded passage becomes one
     * {@link ScriptPassage}, a few scattered stretches stay {@link ScriptRun}s of their own.
     */
    private static void addByPassage(Draft draft, List<ScriptRun> strays, int[] strayCharsIn, int[] dominantCharsIn,
                                     Facts facts) {
        int from = 0;
        while (from < strays.size()) {
            int to = from + 1;
            while (to < strays.size() && strays.get(to).paragraph() - strays.get(to - 1).paragraph() <= PASSAGE_GAP) to++;
            List<ScriptRun> group = strays.subList(from, to);
            ScriptRun first = group.get(0);
            ScriptRun last = group.get(group.size() - 1);
            int stray = 0;
            int marked = 0;
            for (int p = first.paragraph(); p <= last.paragraph(); p++) {
                stray += strayCharsIn[p];
                marked += strayCharsIn[p] + dominantCharsIn[p];
            }
            if (group.size() >= PASSAGE_MIN && stray * 100 >= marked * PASSAGE_SHARE_PERCENT
                    && beyondOneSentence(draft, first, last)) {
                facts.add(new ScriptPassage(first.paragraph(), last.paragraph(), first.span().to(last.span()),
                        first.script(), group.size(), first.text()));
            } else {
                group.forEach(facts::add);
            }
            from = to;
        }
    }

    /** Whether a sentence ends between two stretches, or they lie in different paragraphs. */
    private static boolean beyondOneSentence(Draft draft, ScriptRun first, ScriptRun last) {
        if (first.paragraph() != last.paragraph()) return true;
        String between = draft.blocks().get(first.paragraph()).text().substring(first.end(), last.start());
        return between.chars().anyMatch(c -> SENTENCE_ENDS.indexOf(c) >= 0);
    }

    /** The stretches of the minority script in a block: traditional ones when the draft is simplified. */
    private static List<ScriptRun> strays(Block block, boolean lookForTraditional, Facts facts) {
        List<ScriptRun> found = new ArrayList<>();
        String text = block.text();
        boolean garbled = facts.overlapsGarble(block.index(), 0, text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isStray(text, i, lookForTraditional) || garbled && skipped(block, i, facts)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            for (int j = i + 1; j < text.length() && j - end <= GAP_MAX && HanCharacters.isHan(text.charAt(j)); j++) {
                if (garbled && skipped(block, j, facts)) break;
                if (isStray(text, j, lookForTraditional)) end = j + 1;
            }
            found.add(new ScriptRun(block.index(), start, end, block.span(start, end), text.substring(start, end),
                    lookForTraditional ? "traditional" : "simplified"));
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
