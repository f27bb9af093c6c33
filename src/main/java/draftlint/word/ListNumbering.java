package draftlint.word;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static draftlint.word.Ooxml.attr;
import static draftlint.word.Ooxml.child;
import static draftlint.word.Ooxml.childVal;
import static draftlint.word.Ooxml.intOr;

/**
 * The numbers that Word's list engine (numbering.xml) shows before paragraphs, so that the checks
 * read {@code 一、} or {@code （一）} where the writer sees it although it is nowhere in the text.
 * Paragraphs must be numbered in reading order, as Word counts them:
 * <ul>
 * <li>a level starts at its {@code start} and counts up by one per paragraph;</li>
 * <li>a deeper level starts again after a higher one is used, unless {@code lvlRestart} says
 *     otherwise ({@code 0}: never);</li>
 * <li>lists ({@code w:num}) that share an abstract definition share its counters, except a list
 *     with a {@code lvlOverride}, which counts on its own (that is how "restart numbering" is saved);</li>
 * <li>{@code lvlText} places the counters ({@code %1、}, {@code （%2）}); {@code isLgl} shows
 *     them all as decimal.</li>
 * </ul>
 * Bullets have no number and render as nothing; the tab or space Word puts after a number is layout.
 * A Word 97-2003 file describes its lists the same way (a list, LSTF, is an abstract definition; a
 * list override, LFO, is a {@code w:num}); {@link BinaryLists} builds them for this class to count.
 */
final class ListNumbering {
    static final int LEVELS = 9;
    private static final Pattern PLACE = Pattern.compile("%([1-9])");

    /**
     * One level of a list: its first value, its {@code numFmt}, its text with {@code %1}…{@code %9}
     * for the counters, the 1-based level after whose use it starts again (0: never), whether it
     * shows every counter as decimal, and the paragraph style that puts paragraphs on it.
     */
    record Level(int start, String numFmt, String text, int restartAfter, boolean legal, String style) {
    }

    /** A list: lists with the same {@code counterKey} count together. */
    record NumberedList(String counterKey, Level[] levels) {
    }

    private static final class Counter {
        final int[] values = new int[LEVELS];
        final boolean[] started = new boolean[LEVELS];
    }

    private final ParagraphStyles styles;
    private final Map<String, NumberedList> lists = new HashMap<>();
    private final Map<String, Counter> counters = new HashMap<>();

    private ListNumbering(ParagraphStyles styles) {
        this.styles = styles;
    }

    /** Lists already resolved, by the id paragraphs name them with (a Word 97-2003 file's list overrides). */
    static ListNumbering of(Map<String, NumberedList> lists) {
        ListNumbering out = new ListNumbering(ParagraphStyles.none());
        out.lists.putAll(lists);
        return out;
    }

    /** @param numberingXml the numbering part, or null when the document has none */
    static ListNumbering of(Document numberingXml, ParagraphStyles styles) {
        ListNumbering out = new ListNumbering(styles);
        if (numberingXml == null) return out;
        Map<String, Level[]> abstracts = new HashMap<>();
        for (Element e : Ooxml.children(numberingXml.getDocumentElement())) {
            if (Ooxml.is(e, "abstractNum")) abstracts.put(attr(e, "abstractNumId"), levels(e, new Level[LEVELS]));
        }
        for (Element e : Ooxml.children(numberingXml.getDocumentElement())) {
            if (!Ooxml.is(e, "num")) continue;
            String abstractId = childVal(e, "abstractNumId");
            Level[] base = abstracts.get(abstractId);
            if (base == null) continue;
            Level[] levels = base.clone();
            boolean overridden = false;
            for (Element override : Ooxml.children(e)) {
                if (!Ooxml.is(override, "lvlOverride")) continue;
                int ilvl = intOr(attr(override, "ilvl"), -1);
                if (ilvl < 0 || ilvl >= LEVELS) continue;
                overridden = true;
                Element lvl = child(override, "lvl");
                if (lvl != null) levels[ilvl] = level(lvl, ilvl);
                String start = childVal(override, "startOverride");
                if (start != null && levels[ilvl] != null) {
                    Level l = levels[ilvl];
                    levels[ilvl] = new Level(intOr(start, l.start()), l.numFmt(), l.text(), l.restartAfter(), l.legal(), l.style());
                }
            }
            String key = overridden ? "num:" + attr(e, "numId") : "abstract:" + abstractId;
            out.lists.put(attr(e, "numId"), new NumberedList(key, levels));
        }
        return out;
    }

    private static Level[] levels(Element abstractNum, Level[] into) {
        for (Element lvl : Ooxml.children(abstractNum)) {
            if (!Ooxml.is(lvl, "lvl")) continue;
            int ilvl = intOr(attr(lvl, "ilvl"), -1);
            if (ilvl >= 0 && ilvl < LEVELS) into[ilvl] = level(lvl, ilvl);
        }
        return into;
    }

    private static Level level(Element lvl, int ilvl) {
        // Without lvlRestart a level restarts after any higher level: "after level ilvl" in 1-based terms.
        return new Level(intOr(childVal(lvl, "start"), 0), childVal(lvl, "numFmt"),
                childVal(lvl, "lvlText"), intOr(childVal(lvl, "lvlRestart"), ilvl), Ooxml.isOn(lvl, "isLgl"),
                childVal(lvl, "pStyle"));
    }

    /**
     * Counts the paragraph whose properties are {@code pPr} (null for none) and returns the number
     * Word shows before it, or "" when it is not numbered.
     */
    String next(Element pPr) {
        String styleId = styles.styleOf(pPr);
        Element numPr = child(pPr, "numPr");
        String numId = childVal(numPr, "numId");
        if (numId == null) numId = styles.numId(styleId);
        if (numId == null || numId.equals("0")) return "";
        NumberedList list = lists.get(numId);
        if (list == null) return "";
        String ilvlText = childVal(numPr, "ilvl");
        if (ilvlText == null) ilvlText = styles.ilvl(styleId);
        int ilvl = ilvlText != null ? intOr(ilvlText, 0) : levelOfStyle(list, styleId);
        return count(list, ilvl);
    }

    /**
     * Counts a paragraph on level {@code ilvl} (0-based) of the list {@code listId} and returns
     * the number shown before it, or "" when there is no such list or level.
     */
    String next(String listId, int ilvl) {
        NumberedList list = lists.get(listId);
        return list == null ? "" : count(list, ilvl);
    }

    private String count(NumberedList list, int ilvl) {
        if (ilvl < 0 || ilvl >= LEVELS || list.levels()[ilvl] == null) return "";

        Counter counter = counters.computeIfAbsent(list.counterKey(), k -> new Counter());
        Level level = list.levels()[ilvl];
        counter.values[ilvl] = counter.started[ilvl] ? counter.values[ilvl] + 1 : level.start();
        counter.started[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            Level d = list.levels()[deeper];
            int restartAfter = d == null ? deeper : d.restartAfter();
            if (restartAfter != 0 && ilvl < restartAfter) counter.started[deeper] = false;
        }
        if ("bullet".equals(level.numFmt()) || level.text() == null) return "";
        return render(level, list, counter);
    }

    private static String render(Level level, NumberedList list, Counter counter) {
        Matcher m = PLACE.matcher(level.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int k = m.group(1).charAt(0) - '1';
            Level of = list.levels()[k];
            String shown = "";
            if (of != null) {
                int value = counter.started[k] ? counter.values[k] : of.start();
                shown = NumberFormat.format(value, level.legal() ? "decimal" : of.numFmt());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A list level may name the paragraph style that puts paragraphs on it. */
    private static int levelOfStyle(NumberedList list, String styleId) {
        for (int i = 0; i < LEVELS; i++) {
            Level l = list.levels()[i];
            if (l != null && styleId != null && styleId.equals(l.style())) return i;
        }
        return 0;
    }
}
