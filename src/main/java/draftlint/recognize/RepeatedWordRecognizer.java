package draftlint.recognize;

import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.RepeatedWord;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds words of two to four Han characters written twice in a row ({@code 推动推动}) and tells
 * whether the doubling is a form of the language ({@code 研究研究}, {@code 一个一个}).
 * Single characters are left alone: 常常, 人人, 天天 and 谢谢 are words, not slips.
 */
public final class RepeatedWordRecognizer implements Recognizer {
    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;
    private static final List<String> REDUPLICABLE = BuiltInFiles.list("text/reduplicable");
    private static final List<String> COMPOUND_PAIRS = BuiltInFiles.list("text/compound-pairs");
    /** 很对很对, 太多太多: a degree adverb and its adjective said twice, for stress. */
    private static final String DEGREE_ADVERBS = "很挺蛮太";

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            List<int[]> found = new ArrayList<>(); // start and word length of each doubling
            int i = 0;
            while (i < text.length()) {
                int length = repeatAt(text, i);
                if (length == 0 || facts.overlapsResidue(block.index(), i, i + 2 * length)) {
                    i++;
                    continue;
                }
                if (beginsCompound(text, i, length)) {
                    i += length;
                    continue;
                }
                found.add(new int[]{i, length});
                i += 2 * length;
            }
            for (int k = 0; k < found.size(); k++) {
                int start = found.get(k)[0];
                int length = found.get(k)[1];
                String word = text.substring(start, start + length);
                boolean reduplication = isReduplication(word)
                        || k > 0 && listedBeside(text, found.get(k - 1), found.get(k))
                        || k + 1 < found.size() && listedBeside(text, found.get(k), found.get(k + 1));
                facts.add(new RepeatedWord(block.index(), start, start + 2 * length,
                        block.span(start, start + 2 * length), word, reduplication));
            }
        }
    }

    /**
     * 经营主体主体责任: 经营主体 and then 主体责任, not 主体 written twice. Both compounds are a
     * listed pair whose shared word is the doubled one.
     */
    private static boolean beginsCompound(String text, int i, int length) {
        String word = text.substring(i, i + length);
        for (String pair : COMPOUND_PAIRS) {
            String[] words = pair.split("\\s+");
            if (words.length != 2 || !words[0].endsWith(word) || !words[1].startsWith(word)) continue;
            int firstStart = i + length - words[0].length();
            if (firstStart >= 0 && text.startsWith(words[0], firstStart) && text.startsWith(words[1], i + length)) return true;
        }
        return false;
    }

    /**
     * 锻炼锻炼、摔打摔打: two doublings side by side in a 、 list, one of them a listed
     * reduplication; the other is said the same way on purpose.
     */
    private static boolean listedBeside(String text, int[] first, int[] second) {
        int firstEnd = first[0] + 2 * first[1];
        if (second[0] != firstEnd + 1 || text.charAt(firstEnd) != '、') return false;
        return isReduplication(text.substring(first[0], first[0] + first[1]))
                || isReduplication(text.substring(second[0], second[0] + second[1]));
    }

    /** The length of the longest word at {@code i} that is written again right after itself, or 0. */
    private static int repeatAt(String text, int i) {
        for (int length = LONGEST; length >= SHORTEST; length--) {
            if (i + 2 * length > text.length()) continue;
            boolean han = true;
            for (int k = i; k < i + 2 * length && han; k++) han = HanCharacters.isHan(text.charAt(k));
            if (han && text.regionMatches(i, text, i + length, length)) return length;
        }
        return 0;
    }

    /**
     * 研究研究 (a listed verb), 一个一个 (one + measure word), 谢谢谢谢 (a doubled word doubled),
     * 很对很对 (a degree adverb and its adjective).
     */
    private static boolean isReduplication(String word) {
        if (REDUPLICABLE.contains(word)) return true;
        if (word.length() == 2 && DEGREE_ADVERBS.indexOf(word.charAt(0)) >= 0) return true;
        if (word.length() == 2 && word.charAt(0) == '一') return true;
        return word.length() == 2 && word.charAt(0) == word.charAt(1);
    }
}
