package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Heading;
import draftlint.fact.HeadingLevel;
import draftlint.fact.Ordinal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final Pattern NUMERAL_LIST = Pattern.compile("^[一二三四五六七八九十]+(?:年级|年級|、|至|到|月|个|個)");
    /** {@code 附件：1.…}: the attachment list of GB/T 9704 7.3.5, whose items are not headings. */
    private static final Pattern ATTACHMENTS = Pattern.compile("^附\\s*件[:：]");

    @Override
    public void recognize(Draft draft, Facts facts) {
        OutlineBlocks outlines = OutlineBlocks.of(draft);
        Tree body = new Tree(false);
        Tree outline = null;
        int currentOutline = -1;
        int nextId = 0;
        Map<String, HeadingLevel> levels = new LinkedHashMap<>();
        boolean inAttachments = false;
        for (Block block : draft.blocks()) {
            if (block.type() != BlockType.PARAGRAPH && block.type() != BlockType.HEADING) continue;
            if (ATTACHMENTS.matcher(block.text()).find()) {
                inAttachments = true;
                continue;
            }
            int inOutline = outlines.outlineOf(block.index());
            if (inOutline >= 0 && inOutline != currentOutline) {
                outline = new Tree(true);
                currentOutline = inOutline;
            }
            Marker marker = Marker.read(block.text());
            // The items under 附件： go on, one per line, until a line without a number.
            inAttachments = inAttachments && marker != null && marker.style().equals("arabic");
            if (marker == null || inAttachments || facts.overlapsResidue(block.index(), 0, marker.length)) continue;
            Tree tree = inOutline >= 0 ? outline : body;
            Heading heading = tree.place(nextId++, block, marker);
            facts.add(heading);
            levels.putIfAbsent(heading.outline() + "/" + heading.level(),
                    new HeadingLevel(heading.outline(), heading.level(), heading.marker()));
        }
        levels.values().forEach(facts::add);
    }

    /** A heading marker as read from the start of a paragraph. */
    record Marker(String text, String style, String mark, int level, int ordinal, String form, int length) {
        static Marker read(String text) {
            Matcher m = MARKER.matcher(text);
            if (!m.find()) return null;
            if (m.group("cn") != null) {
                if (NUMERAL_LIST.matcher(text.substring(m.end())).lookingAt()) return null;
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

        private static Marker of(Matcher m, String style, int level, String numeral, String form, String mark) {
            int ordinal = Ordinal.parse(numeral);
            if (ordinal <= 0) return null;
            return new Marker(m.group(), style, mark, level, ordinal, form, m.end());
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    /**
     * One numbering tree (the body, or one outline). The open headings form a stack from the top
     * level down; a new heading becomes the sibling of the open heading of its level, or the child
     * of the innermost open heading.
     */
    private static final class Tree {
        private final boolean outline;
        private final List<Heading> open = new ArrayList<>();
        private final Map<Integer, Integer> lastOrdinalOfLevel = new HashMap<>();

        Tree(boolean outline) {
            this.outline = outline;
        }

        Heading place(int id, Block block, Marker marker) {
            int parent;
            int previous = -1;
            int previousOrdinal = 0;
            int sibling = lastOpenOfLevel(marker.level);
            if (sibling >= 0) {
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
            int carried = previous < 0 ? lastOrdinalOfLevel.getOrDefault(marker.level, 0) : 0;
            String text = block.text();
            int start = 0;
            int stop = text.indexOf('。', marker.length);
            int end = stop >= 0 ? stop : trimmedEnd(text);
            boolean inline = stop >= 0 && trimmedEnd(text) > stop + 1;
            Heading heading = new Heading(id, block.index(), start, end, block.span(start, Math.max(end, marker.length)),
                    block.span(start, marker.length), marker.text, marker.style, marker.mark, marker.level,
                    marker.ordinal, parent, previous, previousOrdinal, parentPath + marker.ordinal,
                    text.substring(marker.length, Math.max(end, marker.length)).strip(), inline, outline,
                    marker.form, carried);
            open.add(heading);
            lastOrdinalOfLevel.put(marker.level, marker.ordinal);
            return heading;
        }

        private int lastOpenOfLevel(int level) {
            for (int i = open.size() - 1; i >= 0; i--) {
                if (open.get(i).level() == level) return i;
            }
            return -1;
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
