package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Claim;
import draftlint.fact.Figure;
import draftlint.fact.Placeholder;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a list joined by {@code 、} that a count right after it sums up:
 * {@code “课后服务、…、爱眼通”四大平台}, {@code 新建**、**、**3所高中}, {@code 城乡、区域、校际、_之间的四大差距}.
 * The count must be followed by the noun it counts ({@code 17所，} counts schools, not the verbs
 * of {@code 新建、改扩建学校17所}), and items that carry numbers of their own
 * ({@code 一等奖20人、二等奖23人、三等奖12人}) are figures, not items, so they make no list.
 */
public final class ListClaimRecognizer implements Recognizer {
    static final Set<String> COUNTING = Set.of("个", "個", "大", "类", "類", "项", "項", "种", "種", "所", "点", "點",
            "条", "條", "家", "支", "批", "部", "篇", "门", "門", "位", "名", "件", "座", "方面");
    /** What may stand between the last item and the count: a closing quote, 等, 之间的, an opening quote. */
    private static final Pattern CONNECTOR = Pattern.compile("[”」’\"]?(?:等|之间的|之間的|之间|之間)?[“「‘\"]?$");
    private static final String CLAUSE_STOPS = "，。；：！？,;:!?（()）《》\n";
    private static final String CONJUNCTIONS = "(?:和|及|与|與|以及|同)";
    private static final Pattern JOINED = Pattern.compile("[\\u4e00-\\u9fff*＊_＿]" + CONJUNCTIONS + "[\\u4e00-\\u9fff*＊_＿]");
    /** A last char that makes the number count something else than the items: 各, 共, 分别为… */
    private static final String NOT_THE_ITEMS = "各共均计計达達有约約为為是了增减減";
    private static final int MAX_ITEM = 16;
    private static final int MAX_FIRST_ITEM = 24;

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Placeholder> placeholders = facts.ofType(Placeholder.class);
        for (Figure f : facts.ofType(Figure.class)) {
            if (!COUNTING.contains(f.measure()) || f.noun().isEmpty() || f.approximate()) continue;
            if (f.value() < 2 || f.value() > 20 || f.value() != Math.rint(f.value())) continue;
            Block block = draft.blocks().get(f.paragraph());
            claim(block, f, placeholders, facts);
        }
    }

    private static void claim(Block block, Figure f, List<Placeholder> placeholders, Facts facts) {
        String text = block.text();
        Matcher connector = CONNECTOR.matcher(text.substring(Math.max(0, f.start() - 6), f.start()));
        int listEnd = f.start() - (connector.find() ? connector.group().length() : 0);
        boolean quoted = connector.group().contains("”") || connector.group().contains("」");
        boolean open = connector.group().contains("等");
        // “四个全面” after a list is a slogan in its own quotes, not the list's count; 等“五项管理” is.
        boolean opensQuote = connector.group().endsWith("“") || connector.group().endsWith("「");
        if (opensQuote && !open) return;
        // 各3名, 共12名, 分别为3所: the number counts something per item or in all, not the items.
        if (listEnd > 0 && NOT_THE_ITEMS.indexOf(text.charAt(listEnd - 1)) >= 0) return;
        int listStart = listEnd;
        while (listStart > 0) {
            char c = text.charAt(listStart - 1);
            if (CLAUSE_STOPS.indexOf(c) >= 0) break;
            if (quoted && (c == '“' || c == '「')) break;
            if (!quoted && (c == '“' || c == '”' || c == '「' || c == '」')) break;
            listStart--;
        }
        if (listEnd <= listStart) return;
        String list = text.substring(listStart, listEnd);
        String[] items = list.split("[、､]", -1);
        if (items.length < 2) return;
        for (int k = 0; k < items.length; k++) {
            String item = items[k];
            if (item.isEmpty() || item.length() > (k == 0 ? MAX_FIRST_ITEM : MAX_ITEM)) return;
            for (char c : item.toCharArray()) {
                if (NumeralParser.isArabicDigit(c)) return;
            }
        }
        if (facts.overlapsResidue(block.index(), listStart, f.end())) return;
        int masked = 0;
        int from = listStart;
        for (String item : items) {
            int to = from + item.length();
            if (isMasked(placeholders, block.index(), from, to)) masked++;
            from = to + 1;
        }
        int listed = items.length;
        int atMost = listed;
        for (String item : items) {
            if (JOINED.matcher(item).find()) atMost++; // 学前教育和义务教育 may be two items
        }
        facts.add(new Claim(block.index(), f.start(), f.end(), f.span(), f.text() + f.noun(), (int) f.value(), "list",
                listed, atMost, block.span(listStart, listEnd), block.lineAt(listStart), masked, open));
    }

    private static boolean isMasked(List<Placeholder> placeholders, int paragraph, int from, int to) {
        for (Placeholder p : placeholders) {
            if (p.paragraph() == paragraph && p.start() < to && from < p.end()) return true;
        }
        return false;
    }
}
