package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Heading;
import draftlint.fact.HeadingLevel;
import draftlint.fact.Residue;
import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbered headings at the start of paragraphs ({@code 一、} {@code （一）} {@code 1.} {@code （1）}
 * {@code ①}, parentheses full- or half-width) and places each in its tree: parent, previous sibling,
 * path. A heading either stands alone or opens its paragraph ({@code （一）优化布局。一是…}), in which
 * case its text ends at the first {@code 。}. Markdown list items are left alone: their numbers are
 * the renderer's, not the writer's.
 */
public final class HeadingRecognizer implements Recognizer {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final String AR = "[0-9０-９]{1,3}";
    private static final String MARK = "[、.．,，]";
    private static final Pattern MARKER = Pattern.compile("^(?:"
            + "(?<cn>" + CN + ")(?<cnMark>" + MARK + ")"
            + "|(?<cnOpen>[(（])(?<pcn>" + CN + ")(?<cnClose>[)）])(?<pcnMark>" + MARK + ")?"
            + "|(?<ar>" + AR + ")(?<arMark>[.．、,，])(?![0-9０-９])"
            + "|(?<arOpen>[(（])(?<par>" + AR + ")(?<arClose>[)）])(?<parMark>" + MARK + ")?"
            + "|(?<ci>[①-⑳])(?<ciMark>" + MARK + ")?)");
    /** {@code 一、二年级}, {@code 三、四月份}: a list of numerals in prose, not a heading. */
    /** A number at the start of a line with no mark, or a full stop followed by digits: see {@link Marker}. */
    private static final Pattern TENTATIVE = Pattern.compile("^(?<ar>" + AR + ")(?<mark>[.．](?=[0-9０-９]))?");
    /** Matched in the text folded to simplified (三個 as 三个). */
    /** A paragraph of one opening bracket: the start of a heading that a web page broke after it. */
    private static final Pattern LONE_OPENING = Pattern.compile("^\\s*[（(]\\s*$");
    private static final Pattern NUMERAL_LIST = Pattern.compile("^[一二三四五六七八九十]+(?:年级|、|至|到|月|个)");
    /**
     * A line that opens a list of attachments, tables or notes (GB/T 9704 7.3.5 {@code 附件：1.…},
     * {@code 附表：1、…}, {@code 注：1、…}, {@code 附件1.…}): its items are not headings.
     */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "^(?:(?:附\\s*[件表图]|注)\\s*[:：]|附\\s*件\\s*(?=[0-9０-９]{1,2}[.．、]\\s*\\S))\\s*");
    /**
     * {@code 附件}, {@code 附件2} alone on a line (GB/T 9704 8.5), or the glossary a report keeps after
     * its text ({@code 名词解释}, {@code 注释}, {@code 附录}): a part that numbers afresh, in its own way.
     */
    private static final Pattern ANNEX = Pattern.compile("^(?:附\\s*件\\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\\s*[.．]?"
            + "|(?:附\\s*录\\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?|注\\s*释|名\\s*词\\s*解\\s*释)\\s*[:：]?)$");
    /** A line inside an attachment list that carries on the title of the item before it. */
    private static final int LIST_CONTINUATION_MAX = 30;
    /** What may follow a number written at the start of a line without its mark when it is a quantity. (rules/lists/structure/quantity-after-number.txt) */
    private static final String MEASURES = String.join("", BuiltInFiles.list("structure/quantity-after-number"));

    /**
     * A heading is its words as written: a site name injected into them (二、我老秘网市…) does not make
     * it less of a heading, and its text keeps what the writer sees. Only a marker in page chrome is
     * no heading (read from the draft with residue masked).
     */
    @Override
    public boolean readsChrome() {
        return true;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Heading.class, HeadingLevel.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        OutlineBlocks outlines = facts.views().outlines();
        List<Block> masked = facts.views().masked().blocks();
        int parts = 0;
        Tree body = new Tree(false, parts++);
        Tree outline = null;
        int currentOutline = -1;
        int nextId = 0;
        Map<String, HeadingLevel> levels = new LinkedHashMap<>();
        AttachmentList list = null;
        int previousBlock = -1;
        for (Block block : draft.blocks()) {
            if (block.type() != BlockType.PARAGRAPH && block.type() != BlockType.HEADING) continue;
            int before = previousBlock;
            previousBlock = block.index();
            String line = block.text().strip();
            int inOutline = outlines.outlineOf(block.index());
            if (inOutline < 0 && ANNEX.matcher(line).matches() && !ResidueMask.holdsChrome(masked.get(block.index()).text())) {
                body = new Tree(false, parts++);
                list = null;
                continue;
            }
            Matcher label = LIST_LABEL.matcher(block.text());
            if (label.find()) {
                // 附件：1.… or 附件： alone opens a list; 附件：某某办法 names the only attachment.
                String rest = block.text().substring(label.end());
                Marker first = Marker.read(rest);
                if (first != null || rest.isBlank()) {
                    list = new AttachmentList(first == null ? 0 : first.ordinal);
                    continue;
                }
            }
            if (inOutline >= 0 && inOutline != currentOutline) {
                outline = new Tree(true, parts++);
                currentOutline = inOutline;
            }
            Marker marker = before >= 0 && LONE_OPENING.matcher(draft.blocks().get(before).text()).matches()
                    ? Marker.afterLoneOpening(draft.blocks().get(before).text().strip(), block.text())
                    : Marker.read(block.text());
            // The items of 附件：1.… go on, one a line, as long as the numbers run; a long title may wrap
            // onto a line of its own.
            if (list != null) {
                if (list.takes(marker, line)) continue;
                list = null;
            }
            if (marker == null || ResidueMask.holdsChrome(masked.get(block.index()).text().substring(0, marker.length))) continue;
            Tree tree = inOutline >= 0 ? outline : body;
            if (marker.tentative && !tree.continues(marker, before)) continue;
            Heading heading = tree.place(nextId++, block, marker);
            facts.add(heading);
            levels.putIfAbsent(heading.part() + "/" + heading.level(),
                    new HeadingLevel(heading.outline(), heading.level(), heading.marker(), heading.part()));
        }
        levels.values().forEach(facts::add);
    }

    /** An attachment list being read: the number of its last item and the unnumbered lines since. */
    private static final class AttachmentList {
        private int last;
        private int looseLines;

        AttachmentList(int first) {
            this.last = first;
        }

        /** Whether a line belongs to the list: the next item, or a short line carrying on a title. */
        boolean takes(Marker marker, String line) {
            if (marker != null) {
                if (!marker.style.equals("arabic") || marker.ordinal != last + 1) return false;
                last = marker.ordinal;
                looseLines = 0;
                return true;
            }
            looseLines++;
            return looseLines <= 2 && line.length() <= LIST_CONTINUATION_MAX && line.indexOf('。') < 0;
        }
    }

    /**
     * A heading marker as read from the start of a paragraph. A tentative one is a number whose mark
     * is missing ({@code 10企业…}) or is followed by digits ({@code 20.2026年…}): it is a heading only
     * where it carries on the numbers of the items before it.
     */
    record Marker(String text, String style, String mark, int level, int ordinal, String form, int length,
                  boolean tentative) {
        /**
         * {@code 三）改革开放…} under a line holding only {@code （}: a web page's line break inside the
         * heading {@code （三）}. Read as that heading, the numbers run on; read as prose, a gap would
         * be reported whose suggestion, to add {@code （三）}, would damage the text.
         */
        static Marker afterLoneOpening(String opening, String text) {
            Marker m = read(opening + text);
            if (m == null || m.length <= opening.length() || !m.style.endsWith("-paren")) return read(text);
            return new Marker(m.text, m.style, m.mark, m.level, m.ordinal, m.form, m.length - opening.length(), m.tentative);
        }

        static Marker read(String text) {
            Matcher m = MARKER.matcher(text);
            if (!m.find()) return tentative(text);
            if (m.group("cn") != null) {
                if (NUMERAL_LIST.matcher(HanCharacters.foldToSimplified(text.substring(m.end()))).lookingAt()) return null;
                return of(m, "chinese", 1, m.group("cn"), "N" + m.group("cnMark"), m.group("cnMark"));
            }
            if (m.group("pcn") != null) {
                String mark = orEmpty(m.group("pcnMark"));
                return of(m, "chinese-paren", 2, m.group("pcn"), m.group("cnOpen") + "N" + m.group("cnClose") + mark, mark);
            }
            if (m.group("ar") != null) {
                return of(m, "arabic", 3, m.group("ar"), "N" + m.group("arMark"), m.group("arMark"));
            }
            if (m.group("par") != null) {
                String mark = orEmpty(m.group("parMark"));
                return of(m, "arabic-paren", 4, m.group("par"), m.group("arOpen") + "N" + m.group("arClose") + mark, mark);
            }
            String mark = orEmpty(m.group("ciMark"));
            return of(m, "circled", 5, m.group("ci"), "N" + mark, mark);
        }

        /**
         * {@code 20.2026年…} (an item whose words open with a year), {@code 21.5+2就业之家}, and
         * {@code 10企业…} (an item whose mark was lost); not {@code 2.5万名} or {@code 30年来}, quantities.
         */
        private static Marker tentative(String text) {
            Matcher m = TENTATIVE.matcher(text);
            if (!m.find()) return null;
            String mark = orEmpty(m.group("mark"));
            int after = m.end();
            if (!mark.isEmpty()) {
                int digitsEnd = after;
                while (digitsEnd < text.length() && NumeralParser.isDigit(text.charAt(digitsEnd))) digitsEnd++;
                boolean year = digitsEnd - after == 4 && text.startsWith("年", digitsEnd);
                if (!year && (digitsEnd >= text.length() || isMeasure(text.charAt(digitsEnd))
                        || text.charAt(digitsEnd) == '.' || text.charAt(digitsEnd) == '．')) return null;
            } else if (after >= text.length() || !HanCharacters.isHan(text.charAt(after)) || isMeasure(text.charAt(after))) {
                return null;
            }
            int ordinal = NumeralParser.ordinal(m.group("ar")).orElse(0);
            if (ordinal <= 0) return null;
            return new Marker(m.group(), "arabic", mark, 3, ordinal, "N" + mark, m.end(), true);
        }

        private static Marker of(Matcher m, String style, int level, String numeral, String form, String mark) {
            int ordinal = NumeralParser.ordinal(numeral).orElse(0);
            if (ordinal <= 0) return null;
            return new Marker(m.group(), style, mark, level, ordinal, form, m.end(), false);
        }

        private static boolean isMeasure(char c) {
            return MEASURES.indexOf(c) >= 0;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /**
     * One numbering tree (the body, an outline or an annex). The open headings form a stack from the
     * top level down; a new heading becomes the sibling of an open heading of its level, or the child
     * of the innermost open heading. A list numbered afresh inside a section ({@code 三、 （一）
     * 一、…四、 （二）}) is pushed onto the stack above the headings it stands in, so that the number
     * after it ({@code （二）}) finds its sibling again and the list closes.
     */
    private static final class Tree {
        private final boolean outline;
        private final int part;
        private final List<Heading> open = new ArrayList<>();
        private final Map<Integer, Integer> lastOrdinalOfLevel = new HashMap<>();
        /** Ids of the headings inside a nested list: they do not carry a count across sections. */
        private final Set<Integer> inList = new HashSet<>();

        Tree(boolean outline, int part) {
            this.outline = outline;
            this.part = part;
        }

        /**
         * Whether {@code marker} is the next number after an open heading of its level that stands in
         * the paragraph just before it: items of a list, one a line, not rows of a table further on.
         */
        boolean continues(Marker marker, int previousParagraph) {
            int sibling = siblingOf(marker);
            return sibling >= 0 && open.get(sibling).ordinal() == marker.ordinal - 1
                    && open.get(sibling).paragraph() == previousParagraph;
        }

        Heading place(int id, Block block, Marker marker) {
            int parent;
            int previous = -1;
            int previousOrdinal = 0;
            boolean nested = false;
            int sibling = siblingOf(marker);
            if (sibling >= 0 && marker.ordinal == 1 && open.get(sibling).ordinal() > 1) {
                // 一、 after 三、 with no part between: a list of its own inside the open section.
                nested = true;
                parent = top().id();
            } else if (sibling >= 0) {
                Heading before = open.get(sibling);
                parent = before.parent();
                previous = before.id();
                previousOrdinal = before.ordinal();
                truncate(sibling);
            } else {
                // A deeper heading is still open. A series starting at one opens inside it (a level-order
                // fault the rules report); any other ordinal closes it and belongs further out.
                if (marker.ordinal != 1) {
                    while (!open.isEmpty() && top().level() > marker.level) open.remove(open.size() - 1);
                }
                parent = open.isEmpty() ? -1 : top().id();
            }
            String parentPath = open.isEmpty() || parent < 0 ? "" : top().path() + ".";
            boolean listed = nested || parent >= 0 && inList.contains(parent);
            int carried = previous < 0 && !listed ? lastOrdinalOfLevel.getOrDefault(marker.level, 0) : 0;
            String text = block.text();
            int start = 0;
            int stop = text.indexOf('。', marker.length);
            int end = stop >= 0 ? stop : trimmedEnd(text);
            boolean inline = stop >= 0 && trimmedEnd(text) > stop + 1;
            Heading heading = new Heading(id, block.index(), start, end, block.span(start, Math.max(end, marker.length)),
                    block.span(start, marker.length), marker.text, marker.style, marker.mark, marker.level,
                    marker.ordinal, parent, previous, previousOrdinal, parentPath + marker.ordinal,
                    text.substring(marker.length, Math.max(end, marker.length)).strip(), inline, outline,
                    marker.form, carried, nested, part);
            open.add(heading);
            if (listed || previous >= 0 && inList.contains(previous)) {
                inList.add(id);
            } else {
                lastOrdinalOfLevel.put(marker.level, marker.ordinal);
            }
            return heading;
        }

        /**
         * The open heading whose sibling {@code marker} is, or -1. Usually the innermost open heading of
         * its level; an outer one when the marker carries on its number (（二） after （一） and a list
         * nested in it). A heading of a higher level opened above the innermost one covers it: the
         * marker then starts a level of its own under that heading.
         */
        private int siblingOf(Marker marker) {
            int innermost = -1;
            for (int i = open.size() - 1; i >= 0; i--) {
                Heading h = open.get(i);
                if (h.level() != marker.level) continue;
                if (innermost < 0) innermost = i;
                if (h.ordinal() == marker.ordinal - 1) return i;
            }
            if (innermost < 0) return -1;
            for (int i = innermost + 1; i < open.size(); i++) {
                if (open.get(i).level() < marker.level) return -1;
            }
            return innermost;
        }

        /** Closes the heading at {@code index} and everything opened inside it. */
        private void truncate(int index) {
            while (open.size() > index) open.remove(open.size() - 1);
        }

        private Heading top() {
            return open.get(open.size() - 1);
        }

        private static int trimmedEnd(String text) {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            return end;
        }
    }
}
