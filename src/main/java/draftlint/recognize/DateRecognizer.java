package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.DateMention;
import draftlint.fact.Document;
import draftlint.fact.YearRange;
import draftlint.text.HanCharacters;
import draftlint.text.Needles;
import draftlint.text.Openers;
import draftlint.text.NumeralParser;
import draftlint.text.Sentences;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates ({@code 2024年2月20日}, {@code 2月20日}, {@code 2024-02-23}, {@code 二〇二四年二月二十日})
 * with the weekday written after them ({@code （星期二）}, {@code （周二）}), and year ranges
 * ({@code 2023—2025年}, {@code （2023-2025）}) with the {@code N年} that names their length
 * ({@code 三年达标计划(2023-2025)}). A date without its year takes the year of its sentence when
 * the sentence names one before it. Else the years it may belong to are the one named last before
 * it in its paragraph, the one the title names, the one the draft is signed in (and the next, for
 * a month before the signing month; the one before, for a month after it). The written weekday picks among them, so that a holiday
 * schedule for 2019 signed in December 2018, or a look back at an earlier year, is not judged
 * against the wrong calendar; a weekday that fits none is judged against the most likely year,
 * and not at all when title and signature disagree ({@link DocumentYear}).
 */
public final class DateRecognizer implements Recognizer {
    // The patterns are simplified and read the text folded to simplified (禮拜三 as 礼拜三, 號 as 号,
    // 農曆 as 农历; HanCharacters.foldToSimplified, char for char, so offsets hold); a date quotes
    // the text as written.
    private static final String CN = "[〇○零一二三四五六七八九十]";
    private static final String YEAR = "((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})";
    private static final String MONTH_DAY = "(\\d{1,2}|" + CN + "{1,3})";
    private static final Pattern FULL = Pattern.compile("(?<!\\d)" + YEAR + "\\s*年\\s*" + MONTH_DAY + "\\s*月(?:\\s*" + MONTH_DAY + "\\s*[日号])?");
    /** A month and day; after a written year it is part of FULL, but after 今年/去年/明年 it stands alone. */
    private static final Pattern SHORT = Pattern.compile("(?<![\\d.．/\\-])(?<![\\d〇○零一二三四五六七八九]年)" + MONTH_DAY + "\\s*月\\s*" + MONTH_DAY + "\\s*[日号]");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern WEEKDAY = Pattern.compile("^\\s*[（(]\\s*((?:星期|礼拜|周)([一二三四五六日天七]))\\s*[)）]");
    private static final Pattern SENTENCE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    /**
     * A range of years; one that starts before 1900 (手稿（1857—1858年）) counts only with its 年, since
     * 1500-1800 is as likely metres or yuan.
     */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d.\\-])((?:1[5-9]|20)\\d{2})\\s*年?\\s*(?:[-－—–~～]{1,2}|至|到)\\s*((?:1[5-9]|20)\\d{2})(?![\\d.\\-]|\\s*(?:学年|年度))(\\s*年)?");
    private static final int MODERN = 1900;
    // The chars each match holds (Needles): ISO's separator, RANGE's dash or 至/到.
    private static final Needles ISO_NEEDLES = Needles.chars("-/.");
    private static final Needles RANGE_NEEDLES = Needles.chars("-－—–~～至到");
    // What each opens with (Openers; the patterns open with lookbehinds, tried at every char):
    // a year (19xx, 20xx or four Chinese digits), a month, a year of 15xx–20xx for ISO dates and ranges.
    private static final Openers YEAR_OPENERS = new Openers("12〇○零一二三四五六七八九");
    private static final Openers MONTH_OPENERS = new Openers("0123456789〇○零一二三四五六七八九十");
    private static final Openers WESTERN_YEAR_OPENERS = new Openers("12");
    private static final Pattern YEARS_CLAIM = Pattern.compile(
            "(?<![\\d〇○零一二三四五六七八九十两])([一二三四五六七八九十两]{1,3}|\\d{1,2})\\s*年[^，,。；;：:！？!?（()）]{0,14}[（(]\\s*$");
    private static final String WEEKDAYS = "一二三四五六日";
    /** Lunar months have thirty days and no weekday of their own: 农历二月三十日 is a real date. */
    private static final Pattern LUNAR_BEFORE = Pattern.compile("农历|阴历|夏历");

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(DateMention.class, YearRange.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        int documentYear = facts.views().year();
        List<Integer> documentYears = facts.views().yearCandidates();
        YearMonth signed = facts.views().signed();
        for (Block block : draft.blocks()) {
            String text = HanCharacters.foldToSimplified(NumeralParser.asciiDigits(block.text()));
            List<int[]> taken = new ArrayList<>();
            boolean months = text.indexOf('月') >= 0; // FULL and SHORT: a month, and its 月
            Matcher m = FULL.matcher(text);
            for (int at = 0; months && YEAR_OPENERS.find(m, text, at); at = m.end()) {
                int day = m.group(3) == null ? 0 : number(m.group(3));
                add(block, text, facts, m.start(), m.end(), number(m.group(1)), true, number(m.group(2)), day, taken);
            }
            m = ISO.matcher(text);
            boolean iso = ISO_NEEDLES.in(text);
            for (int at = 0; iso && WESTERN_YEAR_OPENERS.find(m, text, at); at = m.end()) {
                add(block, text, facts, m.start(), m.end(), Integer.parseInt(m.group(1)), true, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), taken);
            }
            m = SHORT.matcher(text);
            for (int at = 0; months && MONTH_OPENERS.find(m, text, at); at = m.end()) {
                if (overlaps(taken, m.start(), m.end())) continue;
                int year = sentenceYear(text, m.start());
                int month = number(m.group(1));
                int day = number(m.group(2));
                if (year == 0) {
                    List<Integer> years = new ArrayList<>();
                    int named = paragraphYear(text, m.start());
                    years.add(named);
                    years.addAll(documentYears);
                    // signed in December, 1月8日 may be next January; signed in January, 12月5日 last December
                    if (signed != null && month < signed.getMonthValue()) years.add(signed.getYear() + 1);
                    if (signed != null && month > signed.getMonthValue()) years.add(signed.getYear() - 1);
                    year = yearOf(named != 0 ? named : documentYear, years, month, day, text.substring(m.end()));
                }
                add(block, text, facts, m.start(), m.end(), year, false, month, day, taken);
            }
            ranges(block, text, facts);
        }
    }

    /** @param folded the block's text folded to simplified, which the patterns read; the fact quotes the block's own */
    private static void add(Block block, String folded, Facts facts, int start, int end, int year, boolean yearWritten,
                            int month, int day, List<int[]> taken) {
        if (overlaps(taken, start, end)) return;
        if (month < 0 || day < 0) return; // 一二月: Chinese digits that are no numeral
        taken.add(new int[]{start, end});
        String text = block.text();
        if (LUNAR_BEFORE.matcher(folded.substring(Math.max(0, start - 4), start)).find()) return;
        boolean valid = isValid(year, month, day);
        Matcher w = WEEKDAY.matcher(folded.substring(end));
        int weekday = 0;
        var weekdaySpan = block.span(start, end);
        String weekdayText = "";
        if (w.find()) {
            weekday = WEEKDAYS.indexOf(w.group(2).replace('天', '日').replace('七', '日')) + 1;
            int ws = end + w.start(1);
            weekdaySpan = block.span(ws, ws + w.group(1).length());
            weekdayText = text.substring(ws, ws + w.group(1).length());
        }
        int actual = year > 0 && valid && day > 0 ? LocalDate.of(year, month, day).getDayOfWeek().getValue() : 0;
        facts.add(new DateMention(block.index(), start, end, block.span(start, end), text.substring(start, end), year,
                yearWritten, month, day, valid, weekday, weekdaySpan, weekdayText, actual));
    }

    /**
     * The year of a yearless date among the years it may belong to: one its written weekday fits
     * (the most likely year first), else the most likely year. A notice signed 2024年12月30日 that
     * calls a meeting on 1月8日（星期三） means January 2025, which its weekday tells; a holiday
     * schedule for 2019 signed in December 2018 has its 9月29日（星期日） in 2019. A weekday that fits
     * none of them is judged against the most likely year, which is unknown (0) when title and
     * signature disagree.
     */
    private static int yearOf(int likely, List<Integer> years, int month, int day, String after) {
        Matcher w = WEEKDAY.matcher(after);
        if (day < 1 || !w.find()) return likely;
        int written = WEEKDAYS.indexOf(w.group(2).replace('天', '日').replace('七', '日')) + 1;
        List<Integer> fitting = years.stream().filter(y -> y != 0).distinct()
                .filter(y -> isValid(y, month, day) && LocalDate.of(y, month, day).getDayOfWeek().getValue() == written)
                .toList();
        if (fitting.isEmpty()) return likely;
        return fitting.contains(likely) ? likely : fitting.get(0);
    }

    /** @param text the block's text as the patterns read it (digits ASCII, folded to simplified) */
    private static void ranges(Block block, String text, Facts facts) {
        if (!RANGE_NEEDLES.in(text)) return;
        Matcher m = RANGE.matcher(text);
        for (int at = 0; WESTERN_YEAR_OPENERS.find(m, text, at); at = m.end()) {
            Matcher claim = YEARS_CLAIM.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if ((first < MODERN || last < MODERN) && m.group(3) == null) continue;
            int claimed = 0;
            var claimSpan = block.span(m.start(), m.end());
            String claimText = "";
            if (claim.find()) {
                claimed = number(claim.group(1));
                int offset = Math.max(0, m.start() - 24);
                int cs = offset + claim.start(1);
                int ce = text.indexOf('年', offset + claim.end(1)) + 1;
                claimSpan = block.span(cs, ce);
                claimText = block.text().substring(cs, ce);
            }
            facts.add(new YearRange(block.index(), m.start(), m.end(), block.span(m.start(), m.end()), block.text().substring(m.start(), m.end()),
                    first, last, last - first + 1, claimed, claimSpan, claimText));
        }
    }

    /** A month and day that exist; with the year unknown, 2月29日 is given the benefit of the doubt. */
    static boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12) return false;
        if (day == 0) return true;
        int length = year > 0 ? Year.of(year).atMonth(month).lengthOfMonth() : java.time.Month.of(month).maxLength();
        return day >= 1 && day <= length;
    }

    /** The last year named in the sentence before {@code at} ({@code 2023年，…5月29日}), or 0. */
    private static int sentenceYear(String text, int at) {
        Matcher m = SENTENCE_YEAR.matcher(text.substring(Sentences.start(text, at), at));
        int year = 0;
        while (m.find()) year = Integer.parseInt(m.group(1));
        return year;
    }

    /** The last year named in the paragraph before the sentence of {@code at}, or 0. */
    private static int paragraphYear(String text, int at) {
        Matcher m = SENTENCE_YEAR.matcher(text.substring(0, Sentences.start(text, at)));
        int year = 0;
        while (m.find()) year = Integer.parseInt(m.group(1));
        return year;
    }

    private static int number(String numeral) {
        NumeralParser.Numeral n = NumeralParser.read(numeral, 0);
        if (n == null || n.end() != numeral.length()) return -1;
        return (int) n.value();
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) return true;
        }
        return false;
    }

}
