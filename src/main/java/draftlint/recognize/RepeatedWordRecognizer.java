package draftlint.recognize;

import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.RepeatedWord;
import draftlint.text.HanCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds words of two to four Han characters written twice in a row ({@code 推动推动}) and tells
 * whether the doubling is a form of the language ({@code 研究研究}, {@code 一个一个}).
 * Single characters are left alone: 常常, 人人, 天天 and 谢谢 are words, not slips.
 * <p>
 * Two characters written twice may not be a word at all but the seam of three words: 产业创业创新
 * is 产业 + 创业 + 创新, and 构建共建共治共享 is 构建 + 共建 + 共治 + 共享. Without a dictionary the
 * document itself is asked: when the three words of that other reading each stand elsewhere in it,
 * or the shared first character goes on alternating (共建共治共享), the doubling is that seam.
 */
public final class RepeatedWordRecognizer implements Recognizer {
    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;
    private static final List<String> REDUPLICABLE = BuiltInFiles.list("text/reduplicable");
    private static final List<String> COMPOUND_PAIRS = BuiltInFiles.list("text/compound-pairs");
    /** 很对很对, 太多太多: a degree adverb and its adjective said twice, for stress. */
    private static final String DEGREE_ADVERBS = "很挺蛮太";

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(RepeatedWord.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        StringBuilder all = new StringBuilder();
        for (Block block : draft.blocks()) all.append(block.text()).append('\n');
        String document = all.toString();
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            List<int[]> found = new ArrayList<>(); // start and word length of each doubling
            int i = 0;
            while (i < text.length()) {
                int length = repeatAt(text, i);
                if (length == 0) {
                    i++;
                    continue;
                }
                if (beginsCompound(text, i, length) || isSeam(document, text, i, length)) {
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
     * 产业创业创新 read as XA|BA|BY rather than AB twice: the shared B goes on alternating
     * (共建共治共享), or, away from every place where the same six characters stand (a title
     * repeated on the page is no evidence), XA and BY occur and BA is more common than AB.
     */
    private static boolean isSeam(String document, String text, int i, int length) {
        if (length != 2 || i == 0 || i + 4 >= text.length()) return false;
        char x = text.charAt(i - 1);
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        char y = text.charAt(i + 4);
        if (!HanCharacters.isHan(x) || !HanCharacters.isHan(y) || y == a) return false;
        if (i + 5 < text.length() && text.charAt(i + 5) == b) return true;
        String elsewhere = document.replace(text.substring(i - 1, i + 5), "\n");
        return count(elsewhere, "" + x + a) > 0 && count(elsewhere, "" + b + y) > 0
                && count(elsewhere, "" + b + a) > count(elsewhere, "" + a + b);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
        return n;
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
            // The halves compared first: they differ at their first char almost everywhere.
            if (!text.regionMatches(i, text, i + length, length)) continue;
            boolean han = true;
            for (int k = i; k < i + 2 * length && han; k++) han = HanCharacters.isHan(text.charAt(k));
            if (han) return length;
        }
        return 0;
    }

    /**
     * 研究研究 (a listed verb), 一个一个 (one + measure word), 谢谢谢谢 (a doubled word doubled),
     * 很对很对 (a degree adverb and its adjective), 走着走着 (a verb with 着, said twice: while
     * going on doing it).
     */
    private static boolean isReduplication(String word) {
        if (word.length() == 2 && word.charAt(1) == '着') return true;
        if (REDUPLICABLE.contains(word)) return true;
        if (word.length() == 2 && DEGREE_ADVERBS.indexOf(word.charAt(0)) >= 0) return true;
        if (word.length() == 2 && word.charAt(0) == '一') return true;
        return word.length() == 2 && word.charAt(0) == word.charAt(1);
    }
}
