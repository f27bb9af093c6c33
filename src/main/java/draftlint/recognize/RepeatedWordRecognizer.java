package draftlint.recognize;

import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.RepeatedWord;

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

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            int i = 0;
            while (i < text.length()) {
                int length = repeatAt(text, i);
                if (length == 0 || facts.overlapsResidue(block.index(), i, i + 2 * length)) {
                    i++;
                    continue;
                }
                String word = text.substring(i, i + length);
                facts.add(new RepeatedWord(block.index(), i, i + 2 * length, block.span(i, i + 2 * length), word,
                        isReduplication(word)));
                i += 2 * length;
            }
        }
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

    /** 研究研究 (a listed verb), 一个一个 (one + measure word), 谢谢谢谢 (a doubled word doubled). */
    private static boolean isReduplication(String word) {
        if (REDUPLICABLE.contains(word)) return true;
        if (word.length() == 2 && word.charAt(0) == '一') return true;
        return word.length() == 2 && word.charAt(0) == word.charAt(1);
    }
}
