package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Enumeration;
import draftlint.fact.Heading;
import draftlint.fact.Residue;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;
import draftlint.text.Openers;

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
 * {@link HeadingRecognizer}: headings bound the sections, and a section lies inside the section of
 * its heading's parent, so {@code 第二，} finds the {@code 第一，} that opened a run before the
 * （一）…（九） set under it.
 *
 * <p>A marker that does not read as an item by itself (after a photo caption, {@code 就是一要},
 * {@code 一是指令性计划}) is kept aside; when a later item needs it as its predecessor ({@code 二要}
 * after {@code 就是一要}), it is taken into the run after all.
 */
public final class EnumerationRecognizer implements Recognizer {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ITEM = Pattern.compile(
            "(?<shi>" + CN + ")是"
                    + "|(?<yao>" + CN + ")要"
                    + "|第(?<di>" + CN + ")(?<diMark>[，,、：:])"
                    + "|其(?<qi>[一二三四五六七八九十])(?<qiMark>[，,：:]|(?=是))"
                    + "|(?<first>首先)(?=[，,：:]|要|是)|(?<second>其次)(?=[，,：:]|要|是)"
                    + "|(?<third>再次)(?=[，,：:])|(?<last>最后)(?=[，,：:])");
    /** What an {@link #ITEM} opens with: a Chinese digit, 第, 其, and the 首/再/最 of 首先, 再次, 最后. */
    private static final Openers ITEM_OPENERS = new Openers("一二三四五六七八九十第其首再最");
    private static final String NUMERALS = "一二三四五六七八九十";
    /** {@code 三要素}, {@code 二要件}, {@code 一要求}: words that begin with an ordinal and 要. */
    private static final String AFTER_YAO_WORD = "素点件务求"; // tested folded to simplified (點 as 点)
    /** What may stand just before an item: the clause marks. */
    private static final String CLAUSE_MARKS = "。；;：:，,！？!?";
    private static final String OPENING_MARKS = "“「‘（(";
    private static final String CLOSING_MARKS = "”」’）)";

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class, Heading.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Enumeration.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        OutlineBlocks outlines = facts.views().outlines();
        Map<Integer, Heading> headingAt = new HashMap<>();
        for (Heading h : facts.ofType(Heading.class)) headingAt.put(h.paragraph(), h);
        Map<Integer, Section> sections = new HashMap<>();
        Map<Integer, Section> sectionOfHeading = new HashMap<>();
        Map<Integer, Section> roots = new HashMap<>();
        Cuts cuts = new Cuts(facts.ofType(Residue.class));
        int[] nextId = {0};
        Section openQuote = null;
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            int tree = outlines.outlineOf(block.index());
            Section root = roots.computeIfAbsent(tree, k -> new Section(k >= 0));
            Section section = sections.getOrDefault(tree, root);
            Heading heading = headingAt.get(block.index());
            int from = 0;
            if (heading != null) {
                section = new Section(heading, sectionOfHeading.getOrDefault(heading.parent(), root));
                sectionOfHeading.put(heading.id(), section);
                sections.put(tree, section);
                // Items may follow the marker straight away (（一）一是…) or the heading's words.
                from = heading.marker().length();
            }
            String text = block.text();
            Matcher m = ITEM.matcher(text);
            // A quotation of several paragraphs opens each of them with “ and closes only in the last:
            // its items are one run.
            boolean carriesQuote = openQuote != null && text.startsWith("“", from) && heading == null;
            Section quoted = carriesQuote ? openQuote : null;
            int quoteOpen = carriesQuote ? from : -1;
            // The pattern tried only where an item can start: it was searched for at every char.
            for (int at = from; ITEM_OPENERS.find(m, text, at); at = m.end()) {
                Item item = Item.of(m);
                if (item == null) continue;
                boolean clear = opensClause(text, m.start(), m.end(), from) && !namesSomething(text, m, item);
                if (!clear && !item.counted()) continue;
                Section target = section;
                int open = quotationAround(text, m.start());
                if (open >= 0) {
                    // 强调：“一是要…，二是要…”: words quoted from someone else are a run of their own.
                    if (quoted == null || open != quoteOpen) {
                        quoted = section.quotation();
                        quoteOpen = open;
                    }
                    target = quoted;
                }
                if (clear) {
                    target.add(nextId, block, item, cuts).forEach(facts::add);
                } else {
                    target.keepAside(block, item);
                }
            }
            boolean leftOpen = text.lastIndexOf('“') > text.lastIndexOf('”');
            if (!leftOpen) {
                openQuote = null;
            } else if (quoted != null && quoteOpen == text.lastIndexOf('“')) {
                openQuote = quoted;
            } else {
                openQuote = section.quotation();
            }
        }
    }

    /**
     * An item opens a clause: after a clause mark, or right inside an opening quote or bracket
     * (强调：“一是要…). A marker that is all there is inside the quote (坚持“三要”) names something.
     * Residue before it (a photo caption, a page break copied from the web) is not text.
     */
    private static boolean opensClause(String text, int start, int end, int from) {
        int i = start - 1;
        while (i >= from && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ResidueMask.MASK)) i--;
        if (i < from || CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        return OPENING_MARKS.indexOf(text.charAt(i)) >= 0
                && (end >= text.length() || CLOSING_MARKS.indexOf(text.charAt(end)) < 0);
    }

    /**
     * Markers that are words rather than items: {@code 一是一，二是二}, {@code 三是指}, {@code 三要素},
     * {@code 三要三不要}, {@code 第一、二季度} (the first and second), {@code 第一、第二批}.
     */
    private static boolean namesSomething(String text, Matcher m, Item item) {
        int end = m.end();
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (m.group("shi") != null) {
            if (next == '指') return true;
            String numeral = m.group("shi");
            return text.startsWith(numeral, end) && (end + numeral.length() >= text.length()
                    || !HanCharacters.isHan(text.charAt(end + numeral.length())));
        }
        if (m.group("yao") != null) return AFTER_YAO_WORD.indexOf(HanCharacters.simplified(next)) >= 0 || NUMERALS.indexOf(next) >= 0;
        if (m.group("di") != null) {
            if (next == '第') return true;
            int k = end;
            while (k < text.length() && NUMERALS.indexOf(text.charAt(k)) >= 0) k++;
            return k > end && NumeralParser.ordinal(text.substring(end, k)).orElse(0) == item.ordinal + 1;
        }
        return false;
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
            int ordinal = NumeralParser.ordinal(m.group(group)).orElse(0);
            if (ordinal <= 0) return null;
            return new Item(m.start(), m.end() - mark.length(), series, form, mark, ordinal);
        }

        boolean counted() {
            return !series.equals("shou-xian");
        }
    }

    /** A marker kept aside, with the paragraph it stands in. */
    private record Aside(Block block, Item item) {
    }

    /**
     * The runs of one section: the last item of each kind of series, counted or in words, and the
     * section it lies in.
     */
    private static final class Section {
        private final int scope;
        private final int startParagraph;
        private final int startOffset;
        private final boolean outline;
        private final Section enclosing;
        /** The last item of the numbered series (一是, 第一…) and of the series in words (首先…). */
        private Enumeration lastCounted;
        private Enumeration lastInWords;
        /** The last item of each numbered series: 第三 continues 第二 across a 一是…二是 nested in it. */
        private final Map<String, Enumeration> lastBySeries = new HashMap<>();
        /** Markers kept aside since the last numbered item of this section. */
        private final List<Aside> aside = new ArrayList<>();

        Section(boolean outline) {
            this(-1, 0, 0, outline, null);
        }

        Section(Heading heading, Section enclosing) {
            this(heading.id(), heading.paragraph(), heading.marker().length(), heading.outline(), enclosing);
        }

        private Section(int scope, int startParagraph, int startOffset, boolean outline, Section enclosing) {
            this.scope = scope;
            this.startParagraph = startParagraph;
            this.startOffset = startOffset;
            this.outline = outline;
            this.enclosing = enclosing;
        }

        /** A fresh section for the items of one quotation inside this one. */
        Section quotation() {
            return new Section(scope, startParagraph, startOffset, outline, null);
        }

        void keepAside(Block block, Item item) {
            aside.add(new Aside(block, item));
        }

        /** Adds an item, with any markers kept aside that it shows to be the items before it. */
        List<Enumeration> add(int[] nextId, Block block, Item item, Cuts cuts) {
            List<Enumeration> added = new ArrayList<>();
            if (!item.counted()) {
                added.add(add(nextId[0]++, block, item, lastInWords, cuts));
                return added;
            }
            int k = item.ordinal;
            Enumeration last = null;
            Section runHolder = null;
            Enumeration sameSeries = lastBySeries.get(item.series);
            if (sameSeries != null && sameSeries.ordinal() == k - 1) last = sameSeries;
            if (last == null && k > 1) {
                // 就是一要…，二要…: the items before it were kept aside.
                for (Aside a : chainAside(item)) {
                    Enumeration e = add(nextId[0]++, a.block(), a.item(), linkFor(a.item()), cuts);
                    added.add(e);
                    record(e);
                    last = e;
                }
            }
            for (Section s = enclosing; last == null && k > 1 && s != null; s = s.enclosing) {
                // 第一，… （一）…（九）… 第二，: the run was opened in the section this one lies in.
                Enumeration e = s.lastBySeries.get(item.series);
                if (e != null && e.ordinal() == k - 1) {
                    last = e;
                    runHolder = s;
                }
            }
            if (last == null && k > 1 && lastInWords != null && lastInWords.ordinal() == k - 1
                    && (lastCounted == null || lastInWords.id() > lastCounted.id())) {
                // 首先…。二是…, 其次…。第三，: the first items were said in words.
                last = lastInWords;
            }
            if (last == null && lastCounted != null && lastCounted.ordinal() == k - 1) last = lastCounted;
            if (last == null) last = lastCounted;
            Enumeration e = add(nextId[0]++, block, item, last, cuts);
            added.add(e);
            record(e);
            if (runHolder != null) runHolder.record(e);
            aside.clear();
            return added;
        }

        /** The item before a marker taken from aside: the numbered item of its series just before it, if any. */
        private Enumeration linkFor(Item item) {
            Enumeration same = lastBySeries.get(item.series);
            return item.ordinal > 1 && same != null && same.ordinal() == item.ordinal - 1 ? same : null;
        }

        /**
         * The markers kept aside that lead up to {@code item}: of its series, numbered k-1, k-2, … in
         * reading order, reaching down to one or to the run's last item. Empty when they do not.
         */
        private List<Aside> chainAside(Item item) {
            List<Aside> chain = new ArrayList<>();
            int want = item.ordinal - 1;
            Enumeration same = lastBySeries.get(item.series);
            for (int i = aside.size() - 1; i >= 0 && want >= 1; i--) {
                Item a = aside.get(i).item();
                if (!a.series.equals(item.series) || a.ordinal != want) continue;
                chain.add(0, aside.get(i));
                want--;
                if (same != null && same.ordinal() == want) break;
            }
            boolean reaches = want == 0 || same != null && same.ordinal() == want;
            return reaches && !chain.isEmpty() ? chain : List.of();
        }

        private void record(Enumeration e) {
            lastCounted = e;
            lastBySeries.put(e.series(), e);
        }

        private Enumeration add(int id, Block block, Item item, Enumeration last, Cuts cuts) {
            boolean restarts = last == null || item.ordinal == 1;
            int ordinal = item.ordinal > 0 ? item.ordinal : (last == null ? 1 : last.ordinal() + 1);
            int sinceParagraph = last == null ? startParagraph : last.paragraph();
            int sinceOffset = last == null ? startOffset : last.end();
            Enumeration e = new Enumeration(id, block.index(), item.start, item.end,
                    block.span(item.start, item.end), block.text().substring(item.start, item.end), item.series,
                    item.form, item.mark, ordinal, restarts ? id : last.run(), restarts ? -1 : last.id(),
                    restarts ? 0 : last.ordinal(), scope,
                    cuts.between(sinceParagraph, sinceOffset, block.index(), item.start), outline);
            if (!item.counted()) lastInWords = e;
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
