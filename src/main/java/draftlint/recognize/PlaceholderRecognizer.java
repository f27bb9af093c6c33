package draftlint.recognize;

import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.draft.SourceFormat;
import draftlint.fact.Abridgement;
import draftlint.fact.Placeholder;
import draftlint.text.ChineseText;
import draftlint.text.HanCharacters;
import draftlint.text.Needles;
import draftlint.text.Openers;
import draftlint.text.NumeralParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what stands in for content not yet written: masks ({@code **}, {@code **.*%}, {@code _},
 * {@code XX}, {@code ××}, {@code ○○}, {@code □□}, {@code 某某}), template fields ({@code {{…}}},
 * {@code ${…}}, {@code 【单位名称】}) and to-do markers ({@code （略）}, {@code 待补充}, {@code TODO}).
 * It leaves alone what only looks alike: multiplication ({@code 5×770MW}, {@code 3*4}), list
 * bullets, {@code _} inside file names and URLs, {@code 二○○八年} written with circles, and
 * {@code 有待完善} in running prose. Markdown emphasis never reaches it: the reader removed it. A
 * published copy's note that it was shortened ({@code （本文有删减）}) is an {@link Abridgement}.
 */
public final class PlaceholderRecognizer implements Recognizer {
    // The patterns and surnames are simplified and read the text folded to simplified (【單位名稱】 as
    // 【单位名称】, 陳某某 as 陈某某; HanCharacters.foldToSimplified, char for char, so offsets hold);
    // a placeholder quotes the text as written.
    private static final Pattern ASTERISKS = Pattern.compile("[*＊]+(?:[.．][*＊]+)?");
    private static final Pattern UNDERSCORES = Pattern.compile("[_＿]+");
    private static final Pattern LETTERS = Pattern.compile("(?<![A-Za-z])(?:X{2,}|x{2,})(?![A-Za-z])|[Ｘ]{2,}|[ｘ]{2,}");
    /**
     * One letter standing for a figure where a template left it: {@code 201x年}, {@code 去年X月},
     * {@code 县x届}, {@code 理事x—x人}, and {@code 镇X委} (a body's name cut to its last
     * character). A lone X elsewhere ({@code “555X”}, {@code X坐标}, {@code X射线}) is a name.
     */
    private static final Pattern LETTER = Pattern.compile(
            "(?<![A-Za-zＡ-Ｚａ-ｚ])(?<=\\d{2,3})[Xxｘ](?=年)"
                    + "|(?<![A-Za-zＡ-Ｚａ-ｚ\\d])(?<=[" + HanCharacters.HAN + "，、：；（—～])[Xxｘ](?=[—～~\\-][Xxｘ](?![A-Za-z])|委|(?:月|日|人|名|届|个|次|项|家|所|年)(?![A-Za-z]))");
    private static final Pattern TIMES = Pattern.compile("×+");
    private static final Pattern SYMBOLS = Pattern.compile("[○◯□△]{2,}");
    private static final Pattern MOU = Pattern.compile("某{2,}");
    /**
     * {@code 某局2022年度工作总结}, {@code 某县长在…的讲话}: a paragraph (a title, an item of a table of
     * contents) that opens with one 某 and the body it names. In running prose 某县 is the
     * anonymisation that published cases use, and stays; so does a long paragraph opening with it.
     */
    private static final int TITLE_MAX = 60;
    private static final Pattern MOU_TITLE = Pattern.compile(
            "^(?:\\d{1,3}[.、．]\\s*)?(某)(?=(?:省|市|县|区|镇|乡|村|局|厅|委|办|部|单位|公司|学校|集团|街道))");
    /** Words that make a bracketed phrase a template field rather than a heading or a quotation. */
    private static final String FIELD_WORDS = "名称|单位|姓名|时间|日期|地点|地址|职务|数字|数据|金额"
            + "|填写|填入|输入|补充|待定|此处|内容|XX|xx|某|×";
    private static final Pattern FIELDS = Pattern.compile(
            "\\{\\{[^{}\\n]{0,40}}}|\\$\\{[^{}\\n]{0,40}}"
                    + "|[【\\[［{<〈]((?:(?![【】\\[\\]［］{}<>〈〉]).){0,20}?(?:" + FIELD_WORDS + ")(?:(?![【】\\[\\]［］{}<>〈〉]).){0,20}?)[】\\]］}>〉]"
                    + "|[(（](?:此处|请)?(?:填写|填入|待补充|待定)[^()（）]{0,20}[)）]");
    private static final Pattern MARKERS = Pattern.compile(
            "[(（]\\s*略\\s*[)）]|(?<![有亟尚仍还])(?<!标注|标明|注明|标记|标为)待(?:补充|完善|填写|核实|确认)|(?<![A-Za-z])(?:TBD|TODO|FIXME)(?![A-Za-z])");
    // What every match of each pattern holds (the field's brackets, 略 or a marker's words; 待 alone is in 期待, 对待).
    private static final Needles BRACKETS = Needles.chars("(（");
    private static final Needles FIELD_NEEDLES = Needles.chars("{【[［<〈(（");
    private static final Needles MARKER_NEEDLES = Needles.words("略", "待补充", "待完善", "待填写", "待核实", "待确认", "TBD", "TODO", "FIXME");
    private static final Needles ASTERISK_NEEDLES = Needles.chars("*＊");
    private static final Needles UNDERSCORE_NEEDLES = Needles.chars("_＿");
    private static final Needles LETTER_NEEDLES = Needles.chars("XxＸｘ");
    private static final Needles TIMES_NEEDLES = Needles.chars("×");
    private static final Needles SYMBOL_NEEDLES = Needles.chars("○◯□△");
    private static final Needles MOU_NEEDLES = Needles.chars("某");
    // What the patterns that open with lookbehinds or alternatives open with.
    private static final Openers FIELD_OPENERS = new Openers("{$【[［<〈(（");
    private static final Openers MARKER_OPENERS = new Openers("(（待TF");
    private static final Openers LETTER_OPENERS = new Openers("XxＸｘ");
    /** A published copy's note that it was shortened: （本文有删减）, （有删节）, （文中有删节）. */
    private static final Pattern ABRIDGED = Pattern.compile("[(（]\\s*(?:本文|全文|文中|此文)?(?:略)?有(?:删减|删节)\\s*[)）]");
    private static final Pattern CHINESE_DIGITS = Pattern.compile("[〇零一二三四五六七八九十年]");
    private static final List<String> SURNAMES = BuiltInFiles.list("placeholder/surnames");
    /** Words that introduce a quoted sample of a format: {@code 落款格式为“××学校（盖章）”}. */
    private static final Pattern EXAMPLE_CUE = Pattern.compile(
            "(?:(?:格式|样式|式样|写法|示例|范例)(?:统一)?(?:为|是|[：:])|例如[：:]?|如[：:]?|写作|写成)$");

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Placeholder.class, Abridgement.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == draftlint.draft.BlockType.CODE) continue;
            List<Candidate> found = new ArrayList<>();
            String written = block.text();
            String text = HanCharacters.foldToSimplified(written); // char for char: offsets hold
            Matcher abridged = ABRIDGED.matcher(text);
            if (BRACKETS.in(text) && abridged.find()) {
                facts.add(new Abridgement(block.index(), block.span(abridged.start(), abridged.end()),
                        written.substring(abridged.start(), abridged.end())));
            }
            // Each pattern only where its chars are (Needles): most paragraphs hold none of them.
            if (FIELD_NEEDLES.in(text)) collect(found, FIELDS, FIELD_OPENERS, text, "field", m -> true);
            if (MARKER_NEEDLES.in(text)) collect(found, MARKERS, MARKER_OPENERS, text, "marker", m -> true);
            if (ASTERISK_NEEDLES.in(text)) collect(found, ASTERISKS, text, "asterisk", m -> isAsteriskMask(text, m, draft.format()));
            if (UNDERSCORE_NEEDLES.in(text)) collect(found, UNDERSCORES, text, "underscore", m -> isUnderscoreBlank(text, m));
            boolean letters = LETTER_NEEDLES.in(text);
            boolean mou = MOU_NEEDLES.in(text);
            if (letters) collect(found, LETTERS, LETTER_OPENERS, text, "letters", m -> true);
            if (TIMES_NEEDLES.in(text)) collect(found, TIMES, text, "letters", m -> isTimesMask(text, m));
            if (SYMBOL_NEEDLES.in(text)) collect(found, SYMBOLS, text, "symbols", m -> !isWrittenNumeral(text, m));
            if (mou) collect(found, MOU, text, "letters", m -> !isAnonymisedName(text, m));
            if (letters) collect(found, LETTER, LETTER_OPENERS, text, "letters", m -> true);
            if (mou && text.length() <= TITLE_MAX) collectGroup(found, MOU_TITLE, text, "letters");
            // The masks a reading's cue takes in (the 月 and 日 of "20XX年XX月XX日") are one blank
            // date with the first: one placeholder over all of them, not three findings for one date.
            List<Candidate> masks = outermost(found);
            for (int i = 0; i < masks.size(); i++) {
                Candidate c = masks.get(i);
                if (inFormatExample(text, c.start) || inCitedWording(text, c.start)) continue;
                String mask = written.substring(c.start, c.end);
                String stands;
                String label;
                int end = c.end;
                if (c.form.equals("field") || c.form.equals("marker")) {
                    stands = "text";
                    label = mask;
                } else {
                    MaskMeaning.Reading reading = MaskMeaning.read(written, c.start, c.end);
                    stands = reading.stands();
                    label = reading.cue().isEmpty() ? around(written, c.start, c.end) : mask + reading.cue();
                    int cueEnd = c.end + reading.cue().length();
                    while (i + 1 < masks.size() && masks.get(i + 1).start < cueEnd) end = masks.get(++i).end;
                }
                facts.add(new Placeholder(block.index(), c.start, end, block.span(c.start, end), written.substring(c.start, end),
                        c.form, stands, label));
            }
        }
    }

    private interface Accept {
        boolean test(Matcher m);
    }

    private record Candidate(int start, int end, String form) {
    }

    private static void collect(List<Candidate> out, Pattern pattern, String text, String form, Accept accept) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (accept.test(m)) out.add(new Candidate(m.start(), m.end(), form));
        }
    }

    /** Like {@link #collect}, trying the pattern only where a match can open ({@link Openers}). */
    private static void collect(List<Candidate> out, Pattern pattern, Openers openers, String text, String form, Accept accept) {
        Matcher m = pattern.matcher(text);
        for (int at = 0; openers.find(m, text, at); at = m.end()) {
            if (accept.test(m)) out.add(new Candidate(m.start(), m.end(), form));
        }
    }

    /** Like {@link #collect}, for the text of the pattern's first group. */
    private static void collectGroup(List<Candidate> out, Pattern pattern, String text, String form) {
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(new Candidate(m.start(1), m.end(1), form));
    }

    /** Drops candidates that lie inside a longer one ({@code 待补充} inside {@code 【待补充】}). */
    private static List<Candidate> outermost(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -c.end));
        List<Candidate> kept = new ArrayList<>();
        int reach = -1;
        for (Candidate c : found) {
            if (c.end <= reach) continue;
            if (c.start < reach) continue;
            kept.add(c);
            reach = c.end;
        }
        return kept;
    }

    private static boolean isAsteriskMask(String text, Matcher m, SourceFormat format) {
        char before = charBefore(text, m.start());
        char after = charAfter(text, m.end());
        if (NumeralParser.isDigit(before) && NumeralParser.isDigit(after)) return false; // 3*4: multiplication
        if (m.start() == 0 && after == ' ') return false; // "* item": a bullet
        if (format == SourceFormat.MARKDOWN && (before == '\\' || after == '\\')) return false;
        return true;
    }

    /**
     * An underscore is a blank when it touches Chinese text ({@code _总书记}, {@code 特殊_关爱}) or is a
     * fill-in line ({@code ______}); between Latin letters or digits it belongs to a name or URL.
     */
    private static boolean isUnderscoreBlank(String text, Matcher m) {
        if (m.end() - m.start() >= 3) return true;
        char before = charBefore(text, m.start());
        char after = charAfter(text, m.end());
        if (isAsciiWord(before) || isAsciiWord(after)) return false;
        return isCjk(before) || isCjk(after);
    }

    /**
     * {@code ××} is a mask; one {@code ×} is a mask only beside Chinese and away from digits, and
     * not where it is an operator: the name of a policy that multiplies ({@code “数据要素×”}, said
     * like {@code “人工智能+”}) or a formula in words ({@code 人天数＝人次数×平均住院天数}).
     */
    private static boolean isTimesMask(String text, Matcher m) {
        char before = charBefore(text, m.start());
        char after = charAfter(text, m.end());
        if (NumeralParser.isDigit(before) || NumeralParser.isDigit(after) || isAsciiWord(before) && isAsciiWord(after)) return false;
        if (m.end() - m.start() >= 2) return true;
        if (HanCharacters.isHan(before) && HanCharacters.isHan(charBefore(text, m.start() - 1))
                && CLOSING_QUOTES.indexOf(after) >= 0) return false;
        if (inFormula(text, m.start())) return false;
        return isCjk(before) || isCjk(after);
    }

    private static final String CLOSING_QUOTES = "”’」』》";

    /** The sentence around {@code at} states a formula: an equals or a division sign, or it says so. */
    private static boolean inFormula(String text, int at) {
        int from = at;
        while (from > 0 && "。；;！？\n".indexOf(text.charAt(from - 1)) < 0) from--;
        int to = at;
        while (to < text.length() && "。；;！？\n".indexOf(text.charAt(to)) < 0) to++;
        String sentence = text.substring(from, to);
        return sentence.indexOf('＝') >= 0 || sentence.indexOf('=') >= 0 || sentence.indexOf('÷') >= 0
                || sentence.contains("计算") || sentence.contains("公式");
    }

    /** A run of quotations that a text cites as wordings: {@code 使用“国家”“×××部”“×天拿证”等字样}. */
    private static final Pattern CITED_AFTER = Pattern.compile("^等?(?:字样|字眼|词语|用语|用词|表述|说法|提法|宣传语)");

    /**
     * A mask inside quoted wording that the text cites as wording ({@code “×××部”“×天拿证”等字样}) is
     * part of the quoted pattern, not a blank left in the draft.
     */
    private static boolean inCitedWording(String text, int start) {
        int open = text.lastIndexOf('“', start);
        if (open < 0 || text.lastIndexOf('”', start) > open) return false;
        int close = text.indexOf('”', start);
        while (close >= 0) {
            int next = close + 1;
            if (next < text.length() && (text.charAt(next) == '、' || text.charAt(next) == '和' || text.charAt(next) == '或')) next++;
            if (next < text.length() && text.charAt(next) == '“') {
                close = text.indexOf('”', next);
                continue;
            }
            return CITED_AFTER.matcher(text.substring(next)).find();
        }
        return false;
    }

    /**
     * {@code 王某某}, {@code 刘某某等12人}: a surname and 某某 is how published cases and reports make
     * a party anonymous, so the name is as complete as it will ever be. Bare {@code 某某同志} is a mask.
     */
    private static boolean isAnonymisedName(String text, Matcher m) {
        return m.end() - m.start() == 2 && SURNAMES.contains(String.valueOf(charBefore(text, m.start())));
    }

    /**
     * A mask inside a quotation that shows a format ({@code 落款格式为“××学校（盖章）”},
     * {@code 例如“20××年”}) is the format's own wording: the draft tells its readers what to fill in.
     */
    private static boolean inFormatExample(String text, int start) {
        int open = text.lastIndexOf('“', start);
        if (open < 0 || text.lastIndexOf('”', start) > open) return false;
        String before = text.substring(Math.max(0, open - 6), open);
        return EXAMPLE_CUE.matcher(before).find();
    }

    /** {@code 二○○八年}: circles typed for 〇 inside a year written in Chinese numerals. */
    private static boolean isWrittenNumeral(String text, Matcher m) {
        if (text.charAt(m.start()) != '○' && text.charAt(m.start()) != '◯') return false;
        char before = charBefore(text, m.start());
        char after = charAfter(text, m.end());
        return CHINESE_DIGITS.matcher(String.valueOf(before)).matches()
                || CHINESE_DIGITS.matcher(String.valueOf(after)).matches();
    }

    /** The mask with up to two Chinese chars on each side, to name it in a message. */
    private static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 2 && HanCharacters.isHan(text.charAt(from - 1))) from--;
        int to = end;
        while (to < text.length() && to - end < 2 && HanCharacters.isHan(text.charAt(to))) to++;
        return text.substring(from, to);
    }

    private static char charBefore(String text, int index) {
        return index > 0 ? text.charAt(index - 1) : ' ';
    }

    private static char charAfter(String text, int index) {
        return index < text.length() ? text.charAt(index) : ' ';
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Chinese text, or the half-width marks a careless draft puts in it (, : ; ( )). */
    private static boolean isCjk(char c) {
        return ChineseText.isChinese(c) || ",:;()".indexOf(c) >= 0;
    }
}
