package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Claim;
import draftlint.fact.Figure;
import draftlint.fact.Placeholder;
import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;
import draftlint.text.Sentences;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a list joined by {@code 、} that a count right after it sums up:
 * {@code “课后服务、…、爱眼通”四大平台}, {@code 新建**、**、**3所高中}, {@code 城乡、区域、校际、_之间的四大差距}.
 * The count must be followed by the noun it counts ({@code 17所，} counts schools, not the verbs
 * of {@code 新建、改扩建学校17所}), and items that carry numbers of their own
 * ({@code 一等奖20人、二等奖23人、三等奖12人}) are figures, not items, so they make no list.
 * <p>
 * Real documents put many counts right after a 、 that is no list of theirs: the count names a
 * known set ({@code 发展两岸关系、推进祖国和平统一进程的八项主张}), is the object of a verb
 * ({@code 围绕增速、结构、效率提出5项指标}), stands inside an item of a longer list
 * ({@code 国能哈密煤制油、准东3个煤制气、慧能…}), or follows two clauses
 * ({@code 维护世界和平、坚持和平共处五项原则}). Where the items are not parallel, or the count
 * is more than twice (or less than half) the items, the words do not say the count is theirs,
 * and no claim is made.
 */
public final class ListClaimRecognizer implements Recognizer {
    // The patterns and lists are simplified and read the text folded to simplified; a claim quotes
    // its figure as written and points at the list by offsets, which the fold keeps.
    /** The measure words of a count that can announce a list (rules/lists/figures/counting-words.txt). */
    static final Set<String> COUNTING = Set.copyOf(BuiltInFiles.list("figures/counting-words"));
    /** What may stand between the last item and the count: a closing quote, 等, 之间的, an opening quote. */
    private static final Pattern CONNECTOR = Pattern.compile("[”」’\"]?(?:等|之间的|之间)?[“「‘\"]?$");
    private static final String CLAUSE_STOPS = "，。；：！？,;:!?（()）《》\n";
    private static final String CONJUNCTIONS = "(?:和|及|与|以及|同)";
    private static final Pattern JOINED = Pattern.compile("[" + HanCharacters.HAN + "*＊_＿]" + CONJUNCTIONS + "[" + HanCharacters.HAN + "*＊_＿]");
    /** A last char that makes the number count something else than the items: 各, 共, 分别为… */
    private static final String NOT_THE_ITEMS = "各共均计达有约为是了增减";
    private static final int MAX_ITEM = 16;
    /** Counts that name a known set (八项主张, 五项原则): see rules/lists/figures/named-sets.txt. */
    private static final List<String> NAMED_SETS = BuiltInFiles.list("figures/named-sets");
    /** Verbs whose object the count is (提出5项指标): see rules/lists/figures/count-verbs.txt. */
    /** Where the count begins in a set's name: 0 for 八项主张, 3 for 残疾人两项补贴. */
    private static int countStart(String set) {
        for (int i = 0; i < set.length(); i++) {
            if ("一二两三四五六七八九十百0123456789".indexOf(set.charAt(i)) >= 0) return i;
        }
        return 0;
    }

    private static final List<String> COUNT_VERBS = BuiltInFiles.list("figures/count-verbs");
    /** The ordinal of a heading at the start of a paragraph (二、 第五、 3、), which is no item. */
    private static final Pattern HEADING_ORDINAL = Pattern.compile("^(?:第?[一二三四五六七八九十]{1,3}|\\d{1,2}|[０-９]{1,2})$");
    /** An item this many times longer than the last, and at least MIN_UNEVEN long, is not its peer. */
    private static final int UNEVEN_RATIO = 4;
    private static final int MIN_UNEVEN = 8;
    /** 等 that closes a list (工业机器人等新产品), not the 等 of 平等, 高等教育, 一等奖, 等级. */
    private static final Pattern CLOSING_DENG = Pattern.compile("(?<![平高同中初对优特均劣上下一二三四五])等(?![级奖次同额])");
    private static final int MAX_FIRST_ITEM = 24;
    /** Between the items of a list, and between clauses: a regex split compiles its pattern at every call. */
    private static final Pattern ITEM_BREAK = Pattern.compile("[、､]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[；;]");
    /** A count that announces what follows a colon: 重点抓好三项工作：, 九条重要方针是：. */
    private static final Pattern ANNOUNCING = Pattern.compile("^[" + HanCharacters.HAN + "]{0,8}[：:]");
    /**
     * Items that carry their own ordinals (一是, 一、, （一）, （１）, 1., 第一, 首先) are counted by the
     * enumeration and announcement rules, which read the ordinals.
     */
    private static final Pattern ITEM_ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+(?:是|要|、)|[(（][一二三四五六七八九十\\d０-９]+[)）]|[\\d０-９]+[.．、]|第[一二三四五六七八九十]|首先|其一)");

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Figure.class, Placeholder.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Claim.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Map<Integer, List<Placeholder>> placeholders = facts.views().byParagraph(Placeholder.class, Placeholder::paragraph);
        Map<Integer, List<Figure>> figures = facts.views().byParagraph(Figure.class, Figure::paragraph);
        for (Figure f : facts.ofType(Figure.class)) {
            if (!COUNTING.contains(HanCharacters.foldToSimplified(f.measure())) || f.noun().isEmpty() || f.approximate()) continue;
            if (f.value() < 2 || f.value() > 20 || f.value() != Math.rint(f.value())) continue;
            Block block = draft.blocks().get(f.paragraph());
            claim(block, f, placeholders.getOrDefault(f.paragraph(), List.of()), figures.get(f.paragraph()), facts);
            announcedClauses(block, f, placeholders.getOrDefault(f.paragraph(), List.of()), facts);
        }
    }

    /** @param placeholders those of the figure's paragraph; figures, all figures of that paragraph */
    private static void claim(Block block, Figure f, List<Placeholder> placeholders, List<Figure> figures, Facts facts) {
        String text = HanCharacters.foldToSimplified(block.text()); // char for char: the offsets are the block's
        // 八个字 counts the characters of “巩固、增强、提升、畅通”, not its words.
        if (f.noun().startsWith("字")) return;
        for (String set : NAMED_SETS) {
            // A set's name may open with whose set it is (残疾人两项补贴): it stands from there.
            int at = f.start() - countStart(set);
            if (at >= 0 && text.startsWith(set, at)) return;
        }
        if (continuesList(text, f.end())) return;
        Matcher connecting = CONNECTOR.matcher(text.substring(Math.max(0, f.start() - 6), f.start()));
        String connector = connecting.find() ? connecting.group() : "";
        int listEnd = f.start() - connector.length();
        boolean quoted = connector.contains("”") || connector.contains("」");
        boolean open = connector.contains("等");
        // “四个全面” after a list is a slogan in its own quotes, not the list's count; 等“五项管理” is.
        boolean opensQuote = connector.endsWith("“") || connector.endsWith("「");
        if (opensQuote && !open) return;
        // 各3名, 共12名, 分别为3所: the number counts something per item or in all, not the items.
        if (listEnd > 0 && NOT_THE_ITEMS.indexOf(text.charAt(listEnd - 1)) >= 0) return;
        int listStart = listEnd;
        if (quoted) {
            // “人口多、土地少，小生产、大市场，投入高、产出低”三大基本矛盾: a quote whose items are
            // grouped by commas can be counted by groups or by items; the words do not say which.
            int opening = Math.max(text.lastIndexOf('“', listEnd - 1), text.lastIndexOf('「', listEnd - 1));
            if (opening >= 0 && text.substring(opening, listEnd).chars().anyMatch(c -> "，；,;".indexOf(c) >= 0)) return;
        }
        while (listStart > 0) {
            char c = text.charAt(listStart - 1);
            if (CLAUSE_STOPS.indexOf(c) >= 0) break;
            if (quoted && (c == '“' || c == '「')) break;
            if (!quoted && (c == '”' || c == '」')) {
                // a quoted name inside an item (“一带一路”大商圈重要节点) belongs to that item
                int innerOpen = text.lastIndexOf(c == '”' ? '“' : '「', listStart - 2);
                String inner = innerOpen < 0 ? "" : text.substring(innerOpen + 1, listStart - 1);
                if (innerOpen < 0 || inner.chars().anyMatch(ch -> ch == '、' || CLAUSE_STOPS.indexOf(ch) >= 0)) break;
                listStart = innerOpen;
                continue;
            }
            if (!quoted && (c == '“' || c == '「')) break;
            listStart--;
        }
        if (listEnd <= listStart) return;
        // 二、打好四个现代化的第一个战役: the heading's ordinal is not the first of two items.
        int ordinalEnd = listStart == 0 ? text.indexOf('、') : -1;
        if (ordinalEnd > 0 && ordinalEnd < listEnd && HEADING_ORDINAL.matcher(text.substring(0, ordinalEnd)).matches()) {
            listStart = ordinalEnd + 1;
        }
        if (listEnd <= listStart) return;
        String list = text.substring(listStart, listEnd);
        String[] items = ITEM_BREAK.split(list, -1);
        if (items.length < 2) return;
        for (int k = 0; k < items.length; k++) {
            String item = items[k];
            if (item.isEmpty() || item.length() > (k == 0 ? MAX_FIRST_ITEM : MAX_ITEM)) return;
            if (k == 0) continue; // its lead-in may have numbers (今后五年我省经济发展、…): only the others are items
            for (char c : item.toCharArray()) {
                if (NumeralParser.isArabicDigit(c)) return;
            }
        }
        // 扩消费六大工程、城建六大攻坚行动和房地产八大提升行动: items that carry counts of their own
        int secondItem = listStart + items[0].length() + 1;
        for (Figure other : figures) {
            if (other != f && other.start() >= secondItem && other.start() < listEnd) return;
        }
        if (!parallel(items)) return;
        if (ResidueMask.holdsChrome(text.substring(listStart, f.end()))) return; // a list is no list across page chrome
        int masked = maskedItems(placeholders, items, listStart);
        int listed = items.length;
        // 反对美国侵略、坚持五项正义要求: two clauses before a count of five are not a list that
        // lost three items; a slip in editing adds or drops one or two, not most of them.
        if (f.value() > 2 * listed || 2 * f.value() < listed) return;
        int atMost = listed;
        for (int k = 0; k < items.length; k++) {
            Matcher joined = JOINED.matcher(items[k]);
            if (!joined.find()) continue;
            // 学前教育和义务教育 may be two items; but in the first item, whose lead-in the list
            // carries, a conjunction after a long stretch (贯彻“一国两制”方针和香港、澳门) joins the
            // lead-in's object to the list, not two of its peers.
            if (k == 0 && isUneven(joined.start() + 1, items[items.length - 1])) continue;
            atMost++;
        }
        facts.add(new Claim(block.index(), f.start(), f.end(), f.span(), f.text() + f.noun(), (int) f.value(), "list",
                listed, atMost, block.span(listStart, listEnd), block.lineAt(listStart), masked, open));
    }

    /** How many of the items, laid one after another from {@code listStart} with one separator between, hold a mask. */
    private static int maskedItems(List<Placeholder> placeholders, String[] items, int listStart) {
        int masked = 0;
        int from = listStart;
        for (String item : items) {
            int to = from + item.length();
            if (isMasked(placeholders, from, to)) masked++;
            from = to + 1;
        }
        return masked;
    }

    /**
     * A count before a colon whose items follow as clauses parted by ；, up to the end of the
     * sentence: {@code 重点抓好三项工作：加强A；推进B；完善C；深化D。} announces three and gives four.
     * Items led by ordinals are left to the rules that read ordinals; a colon that ends its
     * paragraph (the items on the lines below) or a second colon in the list (a nested list)
     * make no claim, nor does a sentence with no ；, whose items cannot be told apart.
     */
    private static void announcedClauses(Block block, Figure f, List<Placeholder> placeholders, Facts facts) {
        String text = HanCharacters.foldToSimplified(block.text()); // char for char: the offsets are the block's
        Matcher announcing = ANNOUNCING.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 10)));
        if (!announcing.find()) return;
        int listStart = f.end() + announcing.end();
        int listEnd = Sentences.end(text, listStart); // a list of clauses ends with its sentence
        String list = text.substring(listStart, listEnd);
        if (list.indexOf('：') >= 0 || list.indexOf(':') >= 0) return;
        String[] items = CLAUSE_BREAK.split(list, -1);
        if (items.length < 2) return;
        for (String item : items) {
            if (item.isBlank() || ITEM_ORDINAL.matcher(item.strip()).find()) return;
        }
        if (ResidueMask.holdsChrome(text.substring(f.start(), listEnd))) return;
        int listed = items.length;
        if (f.value() > 2 * listed || 2 * f.value() < listed) return;
        int masked = maskedItems(placeholders, items, listStart);
        // 加强A；推进B；完善C等: a last item closed by 等 may stand for more.
        boolean open = items[items.length - 1].strip().endsWith("等");
        facts.add(new Claim(block.index(), f.start(), f.end(), f.span(), f.text() + f.noun(), (int) f.value(), "clauses",
                listed, listed, block.span(listStart, listEnd), block.lineAt(listStart), masked, open));
    }

    /** Whether a stretch of {@code length} chars is too long to be the peer of {@code last}. */
    private static boolean isUneven(int length, String last) {
        return length >= MIN_UNEVEN && length >= UNEVEN_RATIO * last.length();
    }

    /**
     * Whether the items read as peers. The last item must not close a list of its own (工业机器人等
     * 新产品产量实现) nor end in a verb whose object the count is (效率提出); no later item may be
     * much longer than the last (葡萄牙政府在贯彻执行中英、中葡) or carry a 的 the last lacks
     * (福建两省的深圳、珠海): such items belong to a sentence, not to one list. The first item may
     * carry the sentence's lead-in (新建一中), so only the others are compared.
     */
    private static boolean parallel(String[] items) {
        String last = items[items.length - 1];
        if (CLOSING_DENG.matcher(last).find()) return false;
        for (String verb : COUNT_VERBS) {
            if (last.endsWith(verb) && last.length() > verb.length()) return false;
        }
        for (int k = 1; k < items.length - 1; k++) {
            String item = items[k];
            if (isUneven(item.length(), last)) return false;
            if (item.contains("的") && !last.contains("的")) return false;
        }
        return true;
    }

    /**
     * Whether the counted phrase is itself an item of a list that goes on after it
     * ({@code 准东3个煤制气、慧能煤炭…}): then the count is that item's, not the sum of those before.
     */
    private static boolean continuesList(String text, int countEnd) {
        for (int i = countEnd; i < text.length() && i < countEnd + 8; i++) {
            char c = text.charAt(i);
            if (c == '、' || c == '､') return true;
            if (!HanCharacters.isHan(c) && c != '“' && c != '”') return false;
        }
        return false;
    }

    private static boolean isMasked(List<Placeholder> placeholders, int from, int to) {
        for (Placeholder p : placeholders) {
            if (p.start() < to && from < p.end()) return true;
        }
        return false;
    }
}
