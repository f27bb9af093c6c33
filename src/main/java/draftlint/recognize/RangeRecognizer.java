package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.RangeDash;
import draftlint.text.Needles;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ranges written with digits and a hyphen-like mark and tells a period (years, months,
 * days: {@code 2023-2025}, {@code 3-5月}) from a range of quantities ({@code 3-5年}, {@code 25-30%}).
 * GB/T 15834-2011 joins the first with a dash (4.13.3.2) and the second with a swung dash
 * (4.13.3.3). Left alone: dates ({@code 2023-8-30}), standard numbers ({@code GB/T 15834-2011}),
 * telephone numbers and any pair of numbers without a unit to say what they count.
 */
public final class RangeRecognizer implements Recognizer {
    private static final String DASH = "[-－–]";
    private static final Needles DASHES = Needles.chars("-－–");
    /** Before a range: no digit, letter, slash or dash, so that codes and dates stay whole. */
    private static final String FREE_BEFORE = "(?<![\\dA-Za-z/\\-－.:])(?<![A-Za-z/] )";
    private static final String FREE_AFTER = "(?![\\d\\-－/.:])";
    private static final Pattern YEARS = Pattern.compile(
            FREE_BEFORE + "((?:19|20)\\d{2})年?\\s*(" + DASH + ")\\s*((?:19|20)\\d{2})" + FREE_AFTER);
    private static final Pattern DAYS = Pattern.compile(
            FREE_BEFORE + "\\d{1,2}(?:月\\d{1,2}日|月|日)\\s*(" + DASH + ")\\s*\\d{1,2}(?:月\\d{1,2}日|月|日)"
                    + "|" + FREE_BEFORE + "\\d{1,2}\\s*(" + DASH + ")\\s*\\d{1,2}(?:月|日)(?!份?[0-9])");
    /** Units after a number range; 月 and 日 alone name points in time and belong to DAYS. */
    private static final Pattern QUANTITIES = Pattern.compile(
            FREE_BEFORE + "\\d+(?:\\.\\d+)?\\s*(" + DASH + ")\\s*\\d+(?:\\.\\d+)?" + FREE_AFTER
                    + "(?=\\s*(?:%|％|个月|个|万|亿|千|百|年|周|天|小时|分钟|岁|倍|人|名|所|家|项|次|件|台|辆|套|元|米|公里|吨|平方米|亩|学时|课时|场|期|批|届|篇|页))");

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(RangeDash.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            if (!DASHES.in(text)) continue; // every range has its dash
            boolean[] taken = new boolean[text.length()];
            add(block, YEARS.matcher(text), 2, "time", taken, facts);
            addDays(block, taken, facts);
            add(block, QUANTITIES.matcher(text), 1, "number", taken, facts);
        }
    }

    private static void add(Block block, Matcher m, int dashGroup, String range, boolean[] taken, Facts facts) {
        while (m.find()) {
            if (range.equals("time") && m.groupCount() >= 3 && Integer.parseInt(m.group(3)) <= Integer.parseInt(m.group(1))) continue;
            addRange(block, m, dashGroup, range, taken, facts);
        }
    }

    private static void addDays(Block block, boolean[] taken, Facts facts) {
        Matcher m = DAYS.matcher(block.text());
        while (m.find()) addRange(block, m, m.group(1) != null ? 1 : 2, "time", taken, facts);
    }

    private static void addRange(Block block, Matcher m, int dashGroup, String range, boolean[] taken, Facts facts) {
        int dash = m.start(dashGroup);
        if (taken[dash]) return;
        taken[dash] = true;
        facts.add(new RangeDash(block.index(), dash, dash + 1, block.span(dash, dash + 1), m.group(dashGroup), range, m.group()));
    }
}
