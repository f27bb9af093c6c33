package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Announcement;
import draftlint.fact.Document;
import draftlint.fact.DocumentEnd;
import draftlint.fact.Enumeration;
import draftlint.fact.Heading;
import draftlint.text.HanCharacters;
import draftlint.text.Needles;
import draftlint.text.Openers;
import draftlint.text.NumeralParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences that announce how many parts follow, and counts the parts that do follow.
 * Parts are the headings one level below the heading the announcement stands under (top-level
 * headings when it stands before any): {@code 下面，我讲四点意见} in the opening counts 一、二、三、四;
 * or, when a run of items ({@code 第一，} {@code 一是}) starts right after it, that run.
 * A compilation's title ({@code 汇编(4篇)}) counts its pieces: the short title lines, without
 * ordinal or full stop, that head a passage of prose, up to where the document ends.
 */
public final class AnnouncementRecognizer implements Recognizer {
    // The patterns are simplified and read the text folded to simplified (講以下三點 as 讲以下三点,
    // 著力 as 着力); an announcement quotes the text as written.
    private static final String N = "([" + NumeralParser.COUNT_CHARS + "]{1,4})";
    /** A pinyin annotation a character converter left behind: 強調(diào). */
    private static final String PINYIN = "(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）])?";
    /** Announcements of parts; those in {@link #NEEDS_CUE} count only after a forward-looking word. */
    private static final Pattern POINTS = Pattern.compile("(?:讲|谈|强调|提|说|交流|汇报|提出)" + PINYIN
            + "(?:以下)?" + N + "点(?:意见|看法|体会|要求|建议|想法|认识|思考)?");
    /** 以下三个方面 / 要把握好以下三点: 以下 looks forward by itself, whatever the verb before it. */
    private static final Pattern ASPECTS = Pattern.compile("以下" + N + "(?:个方面|点)");
    /** 抓好三项工作 / 突出抓好三件事 / 着重抓好五个方面 (a 方面 needs no noun after it). */
    private static final Pattern TASKS = Pattern.compile("(?:做好|抓好|抓住|落实|推进|突出)(?:以下|好)?" + N
            + "(?:(?:项|个方面|件)(?:重点)?(?:工作|任务|事)|个方面)");
    private static final List<Pattern> PARTS = List.of(POINTS, ASPECTS, TASKS);
    /** The chars each of {@link #PARTS} needs ({@link Needles}): 点, the 以 of 以下, the 项/件/方面 of a task. */
    private static final List<Needles> PART_NEEDLES = List.of(Needles.chars("点"), Needles.chars("以"), Needles.chars("项件面"));
    /** And the chars each opens with ({@link Openers}): its verbs' first chars, 以 of 以下. */
    private static final List<Openers> PART_OPENERS = List.of(new Openers("讲谈强提说交汇"), new Openers("以"), new Openers("做抓落推突"));
    private static final List<Pattern> NEEDS_CUE = List.of(POINTS, TASKS);
    /**
     * A speaker announcing what comes next says so ({@code 下面，我讲…}, {@code 重点做好…}); without such
     * a word, {@code 会议提出三点要求} reports what someone else said, and its parts need not follow.
     */
    private static final Pattern FORWARD = Pattern.compile(
            "下面|下边|以下|现在|今天|我|再|还|重点|着力|着重|突出|要|将|需|须|今年|明年|全年|年内");
    private static final int CUE_WINDOW = 8;
    /** How many paragraphs after an announcement its first heading may stand (an introduction between). */
    private static final int NEAR = 3;
    private static final Pattern PIECES = Pattern.compile("汇编[(（]" + N + "篇[)）]");
    /** A line that opens with an ordinal is a heading inside a piece, not a piece's title. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．,，是要]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、]|第[一二三四五六七八九十\\d]+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;：:]");
    /** A list item led by a dash: ——保持经济中高速增长. */
    private static final Pattern DASH_ITEM = Pattern.compile("(?:——|──|—|－－|--)(?=" + HanCharacters.HAN + ")");
    private static final int PIECE_TITLE_MIN = 6;
    private static final int PIECE_TITLE_MAX = 40;

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class, DocumentEnd.class, Heading.class, Enumeration.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Announcement.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        List<VisibleText> visible = facts.views().visibleText();
        List<Heading> body = new ArrayList<>();
        Set<Integer> outline = new HashSet<>(); // an outline entry only names a part: announcements are in the body
        for (Heading h : facts.ofType(Heading.class)) {
            if (h.outline()) outline.add(h.paragraph());
            else body.add(h);
        }
        body.sort(Comparator.comparingInt(Heading::id));
        Items items = new Items(facts.ofType(Enumeration.class));
        for (Block block : blocks) {
            String text = block.text();
            String folded = HanCharacters.foldToSimplified(text); // char for char: offsets hold
            int reach = -1; // where the last announcement of this paragraph ends: one phrase, one fact
            for (int p = 0; p < PARTS.size(); p++) {
                if (!PART_NEEDLES.get(p).in(folded)) continue;
                Pattern pattern = PARTS.get(p);
                Matcher m = pattern.matcher(folded);
                for (int at = 0; PART_OPENERS.get(p).find(m, folded, at); at = m.end()) {
                    int start = m.start(1);
                    if (start < reach || outline.contains(block.index())) continue;
                    String before = folded.substring(Math.max(0, m.start() - CUE_WINDOW), m.start());
                    if (NEEDS_CUE.contains(pattern) && !FORWARD.matcher(before).find()) continue;
                    reach = m.end();
                    int announced = NumeralParser.count(m.group(1)).orElse(-1);
                    if (announced < 2) continue; // 讲一点 is modesty, not a plan
                    // The parts answer the announcement right after it: a run of items (第一，… 一是…)
                    // that starts there, else headings that follow within a few paragraphs. Headings
                    // further on, after other text, are the parts of something else (the 1990 report
                    // announces 十项工作 as 第一，…第十， and its next headings are (一)…(九) of another matter).
                    List<Enumeration> run = items.after(block.index(), m.end(), sectionEnd(body, block.index(), start));
                    List<Heading> parts = partsAfter(body, block.index(), start);
                    boolean headed = run.isEmpty() && !parts.isEmpty() && parts.get(0).paragraph() - block.index() <= NEAR;
                    // Else paragraphs led by a dash (突出了以下六个方面。——保持…——强化…) that follow it.
                    List<Integer> dashed = run.isEmpty() && !headed ? dashedAfter(visible, block.index()) : List.of();
                    int found = headed ? parts.size() : !run.isEmpty() ? run.size() : dashed.size();
                    int lastLine = headed ? parts.get(parts.size() - 1).span().line()
                            : !run.isEmpty() ? run.get(run.size() - 1).span().line()
                            : dashed.isEmpty() ? 0 : blocks.get(dashed.get(dashed.size() - 1)).firstLine();
                    facts.add(new Announcement(block.index(), start, m.end(), block.span(start, m.end()),
                            text.substring(start, m.end()), announced, "parts", found, lastLine));
                }
            }
        }
        Document document = facts.views().document();
        List<DocumentEnd> end = facts.ofType(DocumentEnd.class);
        int last = end.isEmpty() ? blocks.size() - 1 : end.get(0).paragraph();
        if (document.titleParagraph() >= 0) pieces(blocks, visible, body, document.titleParagraph(), last, facts);
    }

    /**
     * The paragraphs led by a dash (——) that follow {@code paragraph} one after another, none when
     * fewer than two do: one dash paragraph is a remark, not a list.
     */
    private static List<Integer> dashedAfter(List<VisibleText> visible, int paragraph) {
        List<Integer> found = new ArrayList<>();
        for (int i = paragraph + 1; i < visible.size(); i++) {
            String text = visible.get(i).text().strip();
            if (text.isEmpty()) continue;
            if (!DASH_ITEM.matcher(text).lookingAt()) break;
            found.add(i);
        }
        return found.size() >= 2 ? found : List.of();
    }

    /**
     * The headings that answer an announcement at {@code start} of {@code paragraph}: those after it
     * whose parent is the heading it stands under.
     */
    private static List<Heading> partsAfter(List<Heading> body, int paragraph, int start) {
        int parent = -1;
        for (Heading h : body) {
            if (h.paragraph() < paragraph || h.paragraph() == paragraph && h.start() < start) parent = h.id();
        }
        List<Heading> parts = new ArrayList<>();
        for (Heading h : body) {
            boolean after = h.paragraph() > paragraph || h.paragraph() == paragraph && h.start() > start;
            if (after && h.parent() == parent) parts.add(h);
        }
        return parts;
    }

    /**
     * The paragraph where the section holding an announcement ends: the next heading no deeper than
     * the one it stands under (the draft's end when it stands before any heading).
     */
    private static int sectionEnd(List<Heading> body, int paragraph, int start) {
        Heading parent = null;
        for (Heading h : body) {
            if (h.paragraph() < paragraph || h.paragraph() == paragraph && h.start() < start) parent = h;
        }
        if (parent == null) return Integer.MAX_VALUE;
        for (Heading h : body) {
            if (h.paragraph() > paragraph && h.level() <= parent.level()) return h.paragraph();
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The enumeration items of the draft, found by paragraph and by run: scanning them all for each
     * announcement made a draft with thousands of both quadratic.
     */
    private static final class Items {
        private final Map<Integer, List<Enumeration>> byParagraph = new HashMap<>();
        private final Map<Integer, List<Enumeration>> byRun = new HashMap<>();
        private final List<Enumeration> all;
        private final Map<Integer, Integer> position = new HashMap<>();

        Items(List<Enumeration> all) {
            this.all = new ArrayList<>(all);
            this.all.sort(Comparator.comparingInt(Enumeration::id));
            for (int i = 0; i < this.all.size(); i++) position.put(this.all.get(i).id(), i);
            for (Enumeration e : all) {
                byParagraph.computeIfAbsent(e.paragraph(), k -> new ArrayList<>()).add(e);
                byRun.computeIfAbsent(e.run(), k -> new ArrayList<>()).add(e);
            }
        }

        /**
         * The run of items ({@code 一是…二是…}) that answers an announcement whose parts are not
         * headings: the run whose first item comes right after it, in its paragraph or the next.
         */
        List<Enumeration> after(int paragraph, int end, int sectionEnd) {
            Enumeration first = firstOfRun(byParagraph.getOrDefault(paragraph, List.of()), end);
            if (first == null) first = firstOfRun(byParagraph.getOrDefault(paragraph + 1, List.of()), 0);
            if (first == null) return new ArrayList<>();
            List<Enumeration> run = new ArrayList<>(byRun.get(first.run()));
            // A run stops at each heading, but the items of an announcement may hold sub-headings of
            // their own (第六，… （一）…（五） 第七，…): the items written alike that go on counting, up
            // to the end of the announcement's section, are its items too.
            Enumeration last = run.get(run.size() - 1);
            for (int i = position.get(last.id()) + 1; i < all.size(); i++) {
                Enumeration e = all.get(i);
                if (e.outline() || !e.series().equals(last.series()) || !e.mark().equals(last.mark())) continue;
                if (e.paragraph() >= sectionEnd) break;
                if (e.ordinal() == last.ordinal() + 1) {
                    run.add(e);
                    last = e;
                } else if (e.ordinal() <= last.ordinal() && e.paragraph() - last.paragraph() <= 1) {
                    // 一是…；一是…: an item right after with its number repeated is a slip of numbering
                    // (numbering's to report); how many parts there are cannot be told from it.
                    return new ArrayList<>();
                } else {
                    break;
                }
            }
            return run;
        }

        private static Enumeration firstOfRun(List<Enumeration> candidates, int from) {
            for (Enumeration e : candidates) {
                if (e.start() >= from && !e.outline() && e.previous() == -1 && e.ordinal() == 1) return e;
            }
            return null;
        }
    }

    /** Counts the pieces between the title and {@code last}, the document's last paragraph. */
    private static void pieces(List<Block> blocks, List<VisibleText> visible, List<Heading> body, int title,
                               int last, Facts facts) {
        Block titleBlock = blocks.get(title);
        Matcher m = PIECES.matcher(HanCharacters.foldToSimplified(titleBlock.text()));
        if (!m.find()) return;
        int announced = NumeralParser.count(m.group(1)).orElse(-1);
        String titleText = visible.get(title).text();
        Set<Integer> headed = new HashSet<>();
        for (Heading h : body) headed.add(h.paragraph());
        int found = 0;
        int lastLine = 0;
        for (int i = title + 1; i < last; i++) {
            String text = visible.get(i).text();
            if (text.isEmpty() || text.equals(titleText) || headed.contains(i) || !isPieceTitle(text)) continue;
            String next = nextVisible(visible, i);
            if (next != null && next.contains("。")) {
                found++;
                lastLine = blocks.get(i).firstLine();
            }
        }
        facts.add(new Announcement(title, m.start(), m.end(), titleBlock.span(m.start(), m.end()),
                titleBlock.text().substring(m.start(), m.end()),
                announced, "pieces", found, lastLine));
    }

    private static boolean isPieceTitle(String text) {
        int length = text.codePointCount(0, text.length());
        return length >= PIECE_TITLE_MIN && length <= PIECE_TITLE_MAX && !ORDINAL.matcher(text).find()
                && !SENTENCE_END.matcher(text).find();
    }

    private static String nextVisible(List<VisibleText> visible, int after) {
        for (int i = after + 1; i < visible.size(); i++) {
            if (!visible.get(i).isEmpty()) return visible.get(i).text();
        }
        return null;
    }
}
