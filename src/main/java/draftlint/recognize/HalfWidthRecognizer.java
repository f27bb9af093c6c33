package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Garble;
import draftlint.fact.HalfWidthMarks;
import draftlint.fact.PunctuationProfile;
import draftlint.text.ChineseText;
import draftlint.text.Needles;
import draftlint.text.Openers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds half-width {@code , : ; ? ! ( )} in Chinese text, paragraph by paragraph
 * ({@link HalfWidthMarks}), and counts them against the full-width marks of the whole draft
 * ({@link PunctuationProfile}), so that a draft that uses them throughout can be told apart from
 * one with a few slips.
 */
public final class HalfWidthRecognizer implements Recognizer {
    private static final String HALF = ",:;?!()";
    private static final String FULL = "，：；？！（）";
    /** {@code (一)}, {@code (3)}: the brackets belong to the ordinal, which numbering checks. */
    private static final Pattern ORDINAL_BRACKETS = Pattern.compile("[(（][一二三四五六七八九十百\\d]{1,3}[)）]");
    /** {@code 一,} {@code 3:} at a paragraph's start and {@code 第一,} {@code 一是,} anywhere: marks after ordinals. */
    private static final Pattern ORDINAL_MARK = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+|\\d{1,3})[,:;]|(?:第[一二三四五六七八九十百\\d]+|[一二三四五六七八九十]+是)[,:;]");
    /** What is not prose to punctuate: URLs, ordinals' brackets and marks, pinyin annotations. */
    private static final List<Skip> SKIPPED = List.of(
            new Skip(PageChrome.URL, PageChrome.URL_NEEDLES, PageChrome.URL_OPENERS),
            new Skip(ORDINAL_BRACKETS, Needles.chars("(（"), new Openers("(（")),
            new Skip(ORDINAL_MARK, Needles.chars(",:;"), new Openers("一二三四五六七八九十百0123456789第")),
            new Skip(PinyinRecognizer.ANNOTATION, Needles.chars("(（"), PinyinRecognizer.ANNOTATION_OPENERS));

    /** A pattern of what is skipped, what its matches hold, and what they open with. */
    private record Skip(Pattern pattern, Needles needles, Openers openers) {
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Garble.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(HalfWidthMarks.class, PunctuationProfile.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Garble> garbles = facts.ofType(Garble.class);
        int half = 0;
        int full = 0;
        int paragraphs = 0;
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            boolean[] skip = skipped(block, facts, garbles);
            List<Integer> marks = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (skip[i]) continue;
                char c = text.charAt(i);
                if (FULL.indexOf(c) >= 0) full++;
                if (HALF.indexOf(c) >= 0 && inChineseText(text, i)) marks.add(i);
            }
            if (marks.isEmpty()) continue;
            half += marks.size();
            paragraphs++;
            facts.add(marksOf(draft, block, marks));
        }
        facts.add(new PunctuationProfile(half, full, paragraphs));
    }

    /**
     * Chars that are not prose to punctuate: residue, URLs, ordinals' brackets and marks, pinyin
     * annotations and lost characters (other rules report those, and their brackets go with them).
     */
    private static boolean[] skipped(Block block, Facts facts, List<Garble> garbles) {
        String text = block.text();
        boolean[] skip = new boolean[text.length()];
        for (Skip s : SKIPPED) {
            if (!s.needles().in(text)) continue;
            Matcher m = s.pattern().matcher(text);
            for (int at = 0; s.openers().find(m, text, at); at = m.end()) {
                for (int i = m.start(); i < m.end(); i++) skip[i] = true;
            }
        }
        for (Garble g : garbles) {
            if (g.paragraph() != block.index()) continue;
            for (int i = g.start(); i < g.end(); i++) skip[i] = true;
        }
        return skip;
    }

    /** Chinese on at least one side, and not a mark between Latin words or digits ({@code 12:30}). */
    private static boolean inChineseText(String text, int i) {
        char before = neighbour(text, i, -1);
        char after = neighbour(text, i, 1);
        if (isLatin(before) && isLatin(after)) return false;
        return ChineseText.isChinese(before) || ChineseText.isChinese(after);
    }

    private static char neighbour(String text, int i, int step) {
        for (int k = i + step; k >= 0 && k < text.length(); k += step) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u3000' && HALF.indexOf(c) < 0) return c;
        }
        return ' ';
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static HalfWidthMarks marksOf(Draft draft, Block block, List<Integer> marks) {
        int start = marks.get(0);
        int end = marks.get(marks.size() - 1) + 1;
        Set<Character> distinct = new LinkedHashSet<>();
        List<Span> at = new ArrayList<>();
        for (int i : marks) {
            distinct.add(block.text().charAt(i));
            at.add(block.span(i, i + 1));
        }
        StringBuilder shown = new StringBuilder();
        distinct.forEach(shown::append);
        Span span = block.span(start, end);
        return new HalfWidthMarks(block.index(), start, end, span, marks.size(), shown.toString(), fixed(draft, span, at));
    }

    /**
     * The source text under {@code span}, lines kept as they are, with each mark made full-width;
     * null (no fix) should the source not hold the marks where the draft says it does.
     */
    private static String fixed(Draft draft, Span span, List<Span> marks) {
        StringBuilder out = new StringBuilder();
        for (int line = span.line(); line <= span.endLine(); line++) {
            int[] cps = draft.line(line).codePoints().toArray();
            int from = line == span.line() ? span.column() - 1 : 0;
            int to = line == span.endLine() ? span.endColumn() - 1 : cps.length;
            if (to > cps.length) return null;
            for (Span m : marks) {
                if (m.line() != line) continue;
                int half = HALF.indexOf(cps[m.column() - 1]);
                if (half < 0) return null;
                cps[m.column() - 1] = FULL.charAt(half);
            }
            if (line > span.line()) out.append('\n');
            for (int k = from; k < to; k++) out.appendCodePoint(cps[k]);
        }
        return out.toString();
    }
}
