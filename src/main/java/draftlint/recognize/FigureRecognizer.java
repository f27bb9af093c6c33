package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Figure;
import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds numbers with what they measure ({@code 17个}, {@code 27.54%}, {@code 四大平台}) and, for a
 * percentage, the ratio the clause says it is ({@code 覆盖率达到100%}). A Chinese numeral counts
 * only with a measure word after it, so {@code 统一}, {@code 一是} and {@code 六一} are not figures;
 * nor are ordinals ({@code 第一}, {@code 周一}) or digits inside codes ({@code C9}, {@code X3.4}).
 */
public final class FigureRecognizer implements Recognizer {
    /** Longest first, so that 个百分点 wins over 个 and 人次 over 人 (rules/lists/figures/measures.txt). */
    static final List<String> MEASURES = BuiltInFiles.list("figures/measures");
    private static final String NOUN_STOP = "的和与及等是为在要将从向对把被已均并达";
    // The patterns and lists are simplified: they are matched in the text folded to simplified
    // (HanCharacters.foldToSimplified, char for char, so offsets hold); the fact quotes the text.
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:第|星期|礼拜|周|初|之)$");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?:近|约|超|逾|将近|大约|不足|不到)$");
    private static final Pattern APPROX_AFTER = Pattern.compile("^(?:余|多|以上|以下|左右|上下|许|以内)");
    private static final Pattern APPROX_INSIDE = Pattern.compile("^(?:余|多)");
    /** A ratio named just before its percentage, with only a linking verb between. */
    private static final Pattern SUBJECT = Pattern.compile(
            "([" + HanCharacters.HAN + "]{0,8}?(?:率|占比|比重|比例))(?:均|已|始终|稳定|继续|分别)?"
                    + "(?:达到|达|为|是|保持在|稳定在|提高到|提升到|提高至|提升至|上升到|上升至|升至|增至|超过|超|在"
                    + "|不得低于|不低于|不少于|高于|由|从)?$");
    /**
     * Where the ratio's own noun phrase starts: after 占 (产销量占全球比重: 产销 names what has the
     * share, not the kind of ratio) or a 的 (占全部担保金额的比例).
     */
    private static final Pattern PHRASE_START = Pattern.compile(".*[占的]");
    /** Ratios that can lawfully exceed 100%: growth, completion, gross enrolment, contribution, bed use, self-sufficiency… */
    private static final Pattern UNBOUNDED = Pattern.compile(BuiltInFiles.list("figures/unbounded-ratios").stream()
            .map(Pattern::quote).collect(Collectors.joining("|")));

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Figure.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            String text = block.text();
            String folded = HanCharacters.foldToSimplified(text);
            int i = 0;
            while (i < text.length()) {
                NumeralParser.Numeral n = startsNumber(text, i) ? NumeralParser.read(text, i) : null;
                if (n == null) {
                    i++;
                    continue;
                }
                i = n.end();
                int at = n.end();
                boolean approximate = false;
                Matcher inside = APPROX_INSIDE.matcher(folded.substring(at, Math.min(text.length(), at + 1)));
                if (inside.find()) { // 20余项: 余 between number and measure
                    approximate = true;
                    at += inside.end();
                }
                int end = at + measureAt(folded, at).length();
                String measure = text.substring(at, end); // as written: 個 stays 個
                if (measure.isEmpty() && n.chinese()) continue;
                if (ORDINAL_BEFORE.matcher(folded.substring(Math.max(0, n.start() - 2), n.start())).find()) continue;
                approximate |= APPROX_BEFORE.matcher(folded.substring(Math.max(0, n.start() - 2), n.start())).find()
                        || APPROX_AFTER.matcher(folded.substring(end, Math.min(text.length(), end + 2))).find();
                String subject = measure.equals("%") || measure.equals("％") ? subject(text, folded, n.start()) : "";
                facts.add(new Figure(block.index(), n.start(), end, block.span(n.start(), end), text.substring(n.start(), end),
                        n.value(), measure.equals("％") ? "%" : measure, subject.isEmpty() && !measure.endsWith("%") && !measure.endsWith("％") ? noun(text, folded, end) : "", subject, approximate));
                i = end;
            }
        }
    }

    /** A number starts here unless the char before makes it part of a code or a longer number. */
    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        if (!NumeralParser.isArabicDigit(c) && !NumeralParser.isChineseNumeralChar(c)) return false;
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        if (NumeralParser.isArabicDigit(c)) {
            return !(before < 0x80 && Character.isLetterOrDigit(before)) && before != '.' && before != '．'
                    && !NumeralParser.isArabicDigit(before);
        }
        return !NumeralParser.isChineseNumeralChar(before);
    }

    /** The measure word at {@code at} of the folded text, or "". */
    private static String measureAt(String folded, int at) {
        for (String m : MEASURES) {
            if (folded.startsWith(m, at)) return m;
        }
        return "";
    }

    private static String noun(String text, String folded, int at) {
        int end = at;
        while (end < text.length() && end - at < 4 && HanCharacters.isHan(text.charAt(end)) && NOUN_STOP.indexOf(folded.charAt(end)) < 0) {
            end++;
        }
        return text.substring(at, end);
    }

    /** The ratio the percentage at {@code numberStart} is of, as written, or "". */
    private static String subject(String text, String folded, int numberStart) {
        int from = numberStart;
        while (from > 0 && "，。；：！？,;:!?、（(“\"".indexOf(text.charAt(from - 1)) < 0) from--;
        Matcher m = SUBJECT.matcher(folded.substring(from, numberStart));
        if (!m.find()) return "";
        Matcher start = PHRASE_START.matcher(m.group(1));
        String phrase = start.lookingAt() ? m.group(1).substring(start.end()) : m.group(1);
        if (UNBOUNDED.matcher(phrase).find()) return "";
        // The pattern reaches back for words that make a ratio unbounded (毛入学率); the message
        // needs only the ratio's own word: 联网率, not 统与公安机关联网率.
        String ratio = text.substring(from + m.start(1), from + m.end(1));
        return ratio.endsWith("率") ? ratio.substring(Math.max(0, ratio.length() - 3)) : ratio.substring(ratio.length() - 2);
    }
}
