package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Enumeration;
import draftlint.fact.Heading;
import draftlint.fact.Ordinal;
import draftlint.fact.Residue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the item markers of enumerations in running text ({@code 一是}, {@code 一要}, {@code 第一，},
 * {@code 其一}, {@code 首先/其次/再次/最后}) and strings them into runs within each section. An item
 * opens a clause: it stands at the start of a paragraph or after a clause mark, which is what
 * tells {@code 二是推进…} from {@code 统一是} and {@code 第一，} from {@code 第一次}. Runs from after
 * {@link HeadingRecognizer}: headings bound the sections.
 */
public final class EnumerationRecognizer implements Recognizer {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ITEM = Pattern.compile(
            "(?<shi>" + CN + ")是(?![一二三四五六七八九十指])"
                    + "|(?<yao>" + CN + ")要(?![素点點件务務求])"
                    + "|第(?<di>" + CN + ")(?<diMark>[，,、：:])(?![一二三四五六七八九十第])"
                    + "|其(?<qi>[一二三四五六七八九十])(?<qiMark>[，,：:]|(?=是))"
                    + "|(?<first>首先)(?=[，,：:]|要|是)|(?<second>其次)(?=[，,：:]|要|是)"
                    + "|(?<third>再次)(?=[，,：:])|(?<last>最后)(?=[，,：:])");
    /** What may stand just before an item: the clause marks. */
    private static final String CLAUSE_MARKS = "。；;：:，,！？!?";
    private static final String OPENING_MARKS = "“「‘（(";
    private static final String CLOSING_MARKS = "”」’）)";

    @Override
    public void recognize(Draft draft, Facts facts) {
        OutlineBlocks outlines = OutlineBlocks.of(draft);
        Map<Integer, Heading> headingAt = new HashMap<>();
        for (Heading h : facts.ofType(Heading.class)) headingAt.put(h.paragraph(), h);
        Map<Integer, Section> sections = new HashMap<>();
        Cuts cuts = new Cuts(facts.ofType(Residue.class));
        int nextId = 0;
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            int tree = outlines.outlineOf(block.index());
            Section section = sections.computeIfAbsent(tree, k -> new Section(k >= 0));
            Heading heading = headingAt.get(block.index());
            int from = 0;
            if (heading != null) {
                section = new Section(heading);
                sections.put(tree, section);
                // Items may follow the marker straight away (（一）一是…) or the heading's words.
                from = heading.marker().length();
            }
            String text = block.text();
            Matcher m = ITEM.matcher(text);
            m.region(from, text.length());
            Section quoted = null;
            int quoteOpen = -1;
            while (m.find()) {
                Item item = Item.of(m);
                if (item == null || !opensClause(text, m.start(), m.end(), from)
                        || facts.overlapsResidue(block.index(), m.start(), m.end())) continue;
                int open = quotationAround(text, m.start());
                if (open < 0) {
                    facts.add(section.add(nextId++, block, item, cuts));
                    continue;
                }
                // 强调：“一是要…，二是要…”: words quoted from someone else are a run of their own.
                if (quoted == null || open != quoteOpen) {
                    quoted = section.quotation();
                    quoteOpen = open;
                }
                facts.add(quoted.add(nextId++, block, item, cuts));
            }
        }
    }

    /**
     * An item opens a clause: after a clause mark, or right inside an opening quote or bracket
     * (强调：“一是要…). A marker that is all there is inside the quote (坚持“三要”) names something.
     */
    private static boolean opensClause(String text, int start, int end, int from) {
        int i = start - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) i--;
        if (i < from || CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        return OPENING_MARKS.indexOf(text.charAt(i)) >= 0
                && (end >= text.length() || CLOSING_MARKS.indexOf(text.charAt(end)) < 0);
    }

    /** Where the quotation that holds {@code at} opens in its paragraph, or -1 when none does. */
    private static int quotationAround(String text, int at) {
        int open = text.lastIndexOf('“', at);
        return open >= 0 && text.lastIndexOf('”', at) < open ? open : -1;
    }

    /** An item marker as matched: where its words are, its series, form, the mark after it and its ordinal. */
    private record Item(int start, int end, String series, String form, String mark, int ordinal) {
        static Item of(Matcher m) {
            if (m.group("shi") != null) return counted(m, "shi", "yi-shi", "N是", "");
            if (m.group("yao") != null) return counted(m, "yao", "yi-yao", "N要", "");
            if (m.group("di") != null) return counted(m, "di", "di-yi", "第N", m.group("diMark"));
            if (m.group("qi") != null) return counted(m, "qi", "qi-yi", "其N", m.group("qiMark"));
            String words = m.group();
            int ordinal = m.group("first") != null ? 1 : m.group("second") != null ? 2 : m.group("third") != null ? 3 : 0;
            return new Item(m.start(), m.end(), "shou-xian", words, "", ordinal);
        }

        private static Item counted(Matcher m, String group, String series, String form, String mark) {
            int ordinal = Ordinal.parse(m.group(group));
            if (ordinal <= 0) return null;
            return new Item(m.start(), m.end() - mark.length(), series, form, mark, ordinal);
        }

        boolean counted() {
            return !series.equals("shou-xian");
        }
    }

    /** The runs of one section: the last item of each kind of series, counted or in words. */
    private static final class Section {
        private final int scope;
        private final int startParagraph;
        private final int startOffset;
        private final boolean outline;
        /** The last item of the numbered series (一是, 第一…) and of the series in words (首先…). */
        private Enumeration lastCounted;
        private Enumeration lastInWords;
        /** The last item of each numbered series: 第三 continues 第二 across a 一是…二是 nested in it. */
        private final Map<String, Enumeration> lastBySeries = new HashMap<>();

        Section(boolean outline) {
            this(-1, 0, 0, outline);
        }

        Section(Heading heading) {
            this(heading.id(), heading.paragraph(), heading.marker().length(), heading.outline());
        }

        private Section(int scope, int startParagraph, int startOffset, boolean outline) {
            this.scope = scope;
            this.startParagraph = startParagraph;
            this.startOffset = startOffset;
            this.outline = outline;
        }

        /** A fresh section for the items of one quotation inside this one. */
        Section quotation() {
            return new Section(scope, startParagraph, startOffset, outline);
        }

        Enumeration add(int id, Block block, Item item, Cuts cuts) {
            Enumeration last = item.counted() ? lastCounted : lastInWords;
            Enumeration sameSeries = lastBySeries.get(item.series);
            if (item.counted() && sameSeries != null && sameSeries.ordinal() == item.ordinal - 1) last = sameSeries;
            boolean restarts = last == null || item.ordinal == 1;
            int ordinal = item.ordinal > 0 ? item.ordinal : (last == null ? 1 : last.ordinal() + 1);
            int sinceParagraph = last == null ? startParagraph : last.paragraph();
            int sinceOffset = last == null ? startOffset : last.end();
            Enumeration e = new Enumeration(id, block.index(), item.start, item.end,
                    block.span(item.start, item.end), block.text().substring(item.start, item.end), item.series,
                    item.form, item.mark, ordinal, restarts ? id : last.run(), restarts ? -1 : last.id(),
                    restarts ? 0 : last.ordinal(), scope,
                    cuts.between(sinceParagraph, sinceOffset, block.index(), item.start), outline);
            if (item.counted()) {
                lastCounted = e;
                lastBySeries.put(item.series, e);
            } else {
                lastInWords = e;
            }
            return e;
        }
    }

    /** Where a web page cut the text ("……省略807字,正式会员可完整阅读……", "(未完,全文共…字"). */
    private static final class Cuts {
        private static final Set<String> KINDS = Set.of("truncation", "member-prompt");
        private final NavigableMap<Integer, List<Residue>> byParagraph = new TreeMap<>();

        Cuts(List<Residue> residue) {
            for (Residue r : residue) {
                if (KINDS.contains(r.kind())) byParagraph.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
            }
        }

        /** Whether a cut lies between offset {@code fromOffset} of one paragraph and {@code toOffset} of a later one. */
        boolean between(int fromParagraph, int fromOffset, int toParagraph, int toOffset) {
            for (var entry : byParagraph.subMap(fromParagraph, true, toParagraph, true).entrySet()) {
                for (Residue r : entry.getValue()) {
                    boolean afterFrom = r.paragraph() > fromParagraph || r.start() >= fromOffset;
                    boolean beforeTo = r.paragraph() < toParagraph || r.end() <= toOffset;
                    if (afterFrom && beforeTo) return true;
                }
            }
            return false;
        }
    }
}
