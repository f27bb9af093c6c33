package draftlint.recognize;

import draftlint.fact.Document;
import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Anniversary;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;
import draftlint.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ordinals of recurring events whose first year is known ({@code 第41个教师节},
 * {@code 新中国成立75周年}; the table is {@code rules/lists/anniversaries.txt}) and works out the
 * ordinal the draft's year gives. The year is the one its sentence names ({@code 2024年}), one
 * before or after it for {@code 去年}/{@code 明年}, else the draft's own year; and only a sentence
 * that names a year, celebrates the event ({@code 庆祝}, {@code 之际}) or looks ahead to it
 * ({@code 喜迎}) is tied to a year at all; inside a look back over past years (a sentence, or a
 * paragraph opened by {@code 过去五年}, {@code 五年来}, {@code 回顾}) only a named year ties it.
 */
public final class AnniversaryRecognizer implements Recognizer {
    // The patterns and the table are simplified and read the text folded to simplified (第41個教師節
    // as 第41个教师节, 慶祝 as 庆祝; HanCharacters.foldToSimplified, char for char, so offsets hold);
    // an anniversary quotes the text as written, and its suggestion keeps the writer's characters.
    private static final String NUMERAL = "(\\d{1,3}|[一二三四五六七八九十百零〇]{1,5})";
    private static final Pattern SENTENCE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern LAST_YEAR = Pattern.compile("去年|上年|上一年|过去一年");
    /** A heading with its ordinal that names a year: 二、2019年经济社会发展总体要求和政策取向. */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^。；！？]*?((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)[^。；！？]*$");
    /** Headings that look back on a year gone: its year is not 今年. */
    private static final Pattern LOOK_BACK = Pattern.compile("回顾|总结|以来|过去");
    private static final int HEADING_MAX = 40;
    /** A heading of the first level (一、2018年工作回顾), which opens a section of the report. */
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]+、");
    /** A heading over a span of years (“十四五”时期, 过去五年, 2021—2025年). */
    private static final Pattern SEVERAL_YEARS = Pattern.compile("十[一二三四五六七八九]?五|时期|[两二三四五六七八九十]年");
    /** Words that place a sentence in a year of its own: then the section's year does not apply. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|本年|去年|上年|上一年|过去一年|明年|下一年");
    private static final Pattern NEXT_YEAR = Pattern.compile("明年|下一年");
    /**
     * A look back over several years (过去五年, 五年来, 30年来, 回顾…): what it celebrated fell in one
     * of them, not in the draft's year, so 庆祝 or 迎来 there ties the event to no year unless the
     * sentence names one. One year back (过去一年) is {@link #LAST_YEAR}, which does name a year.
     */
    private static final Pattern LOOK_BACK_YEARS = Pattern.compile(
            "过去(?:的)?(?:[两二三四五六七八九十]+|[2-9]|\\d{2})年|(?:[两二三四五六七八九十]+|[2-9]|\\d{2})年(?:来|以来)|回顾");
    /**
     * Words that set the event in the sentence's own year: the draft celebrates it now. Without
     * them the mention may recall an earlier year (开展庆祝建党100周年活动以来) and is not checked.
     */
    private static final Pattern NOW = Pattern.compile("今年|本年|庆祝|纪念|值此|恰逢|适逢|之际|表彰大会|暨");
    /** Words that look ahead to the next occurrence: 喜迎第42个教师节 is right a year early. */
    private static final Pattern AHEAD = Pattern.compile("迎接|喜迎|迎来|即将|筹备|献礼");

    /**
     * 到新中国成立100周年时, 在建党一百周年的时候: the anniversary names a moment of its own, often a
     * target beyond the year the sentence names (到2035年…，到新中国成立100周年时…), so no year is
     * tied to it.
     */
    private static final Pattern MOMENT_AFTER = Pattern.compile("^(?:时|的时候)");

    /** @param before what the number follows, @param after what follows it: a paragraph without both is not searched */
    private record Entry(String event, Pattern pattern, int firstYear, int firstOrdinal, String before, String after) {
    }

    private static final List<Entry> ENTRIES = load();

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : BuiltInFiles.table("anniversaries")) {
            if (!HanCharacters.foldToSimplified(row[1]).equals(row[1])) {
                throw new IllegalStateException("anniversaries.txt: " + row[1] + " is not simplified, and the text is read folded to simplified");
            }
            String[] parts = row[1].split("\\{n}", -1);
            entries.add(new Entry(row[0], Pattern.compile(Pattern.quote(parts[0]) + NUMERAL + Pattern.quote(parts[1])),
                    Integer.parseInt(row[2]), Integer.parseInt(row[3]), parts[0], parts[1]));
        }
        return entries;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Anniversary.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        int documentYear = facts.views().year();
        for (Block block : draft.blocks()) {
            String text = HanCharacters.foldToSimplified(NumeralParser.asciiDigits(block.text()));
            for (Entry e : ENTRIES) {
                if (!text.contains(e.after) || !text.contains(e.before)) continue; // 20 patterns on every paragraph
                Matcher m = e.pattern.matcher(text);
                while (m.find()) {
                    NumeralParser.Numeral n = NumeralParser.read(m.group(1), 0);
                    if (n == null || n.end() != m.group(1).length()) continue;
                    String sentence = sentence(text, m.start(), m.end());
                    boolean ahead = AHEAD.matcher(sentence).find();
                    boolean moment = MOMENT_AFTER.matcher(text.substring(m.end())).find();
                    boolean lookBack = !RELATIVE_YEAR.matcher(sentence).find() && (LOOK_BACK_YEARS.matcher(sentence).find()
                            || LOOK_BACK_YEARS.matcher(sentence(text, 0, 0)).find());
                    boolean tied = !moment && (SENTENCE_YEAR.matcher(sentence).find()
                            || !lookBack && (ahead || NOW.matcher(sentence).find()));
                    int year = tied ? yearOf(text, m.start(), documentYear != 0 ? documentYear
                            : headingYear(draft, block.index(), sentence)) : 0;
                    if (tied && !SENTENCE_YEAR.matcher(sentence).find() && !RELATIVE_YEAR.matcher(sentence).find()) {
                        int reviewed = reviewedYear(draft, block.index());
                        if (reviewed != 0) year = Math.max(reviewed, 0);
                    }
                    int expected = year == 0 ? 0 : year - e.firstYear + e.firstOrdinal;
                    String written = block.text();
                    String suggestion = expected > 0 ? written.substring(m.start(), m.start(1)) + expected
                            + written.substring(m.end(1), m.end()) : "";
                    facts.add(new Anniversary(block.index(), m.start(), m.end(), block.span(m.start(), m.end()), written.substring(m.start(), m.end()),
                            e.event, (int) n.value(), e.firstYear, year, expected, ahead && expected > 0 ? expected + 1 : 0, suggestion));
                }
            }
        }
    }

    /**
     * The year of 今年 in a draft whose own year is unknown (a work report with neither title year nor
     * signature), from the heading right above its paragraph: 今年是新中国成立70周年 under
     * 二、2019年经济社会发展总体要求和政策取向. A heading that looks back (一、2018年工作回顾) names
     * another year than 今年, and a sentence without 今年 is not tied to the heading's year; 0 then.
     */
    private static int headingYear(Draft draft, int paragraph, String sentence) {
        if (!sentence.contains("今年")) return 0;
        int above = paragraph - 1;
        while (above >= 0 && draft.blocks().get(above).text().isBlank()) above--;
        if (above < 0) return 0;
        String heading = HanCharacters.foldToSimplified(NumeralParser.asciiDigits(draft.blocks().get(above).text().strip()));
        if (heading.length() > HEADING_MAX || LOOK_BACK.matcher(heading).find()) return 0;
        Matcher m = YEAR_HEADING.matcher(heading);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The year a review section is about, for a sentence that names none (我们隆重庆祝改革开放40周年
     * under 一、2018年工作回顾): the year its heading names. -1 when the section looks back over
     * several years (一、“十四五”时期和2025年工作回顾): what it celebrated fell in one of them, which
     * the words do not tell. 0 when the paragraph is in no review section.
     */
    private static int reviewedYear(Draft draft, int paragraph) {
        for (int above = paragraph - 1; above >= 0; above--) {
            String heading = HanCharacters.foldToSimplified(NumeralParser.asciiDigits(draft.blocks().get(above).text().strip()));
            if (!SECTION_HEADING.matcher(heading).find() || heading.length() > HEADING_MAX) continue;
            if (!LOOK_BACK.matcher(heading).find()) return 0;
            Matcher year = SENTENCE_YEAR.matcher(heading);
            if (!year.find()) return -1;
            int first = Integer.parseInt(year.group(1));
            return year.find() || SEVERAL_YEARS.matcher(heading).find() ? -1 : first;
        }
        return 0;
    }

    /** The sentence around {@code [start, end)}: from the last full stop before to the next after. */
    private static String sentence(String text, int start, int end) {
        return text.substring(Sentences.start(text, start), Sentences.end(text, end));
    }

    private static int yearOf(String text, int at, int documentYear) {
        String sentence = text.substring(Sentences.start(text, at), at);
        Matcher m = SENTENCE_YEAR.matcher(sentence);
        int year = 0;
        while (m.find()) year = Integer.parseInt(m.group(1));
        if (year != 0) return year;
        if (documentYear == 0) return 0;
        if (LAST_YEAR.matcher(sentence).find()) return documentYear - 1;
        if (NEXT_YEAR.matcher(sentence).find()) return documentYear + 1;
        return documentYear;
    }
}
