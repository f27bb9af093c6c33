package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Breakdown;
import draftlint.fact.Figure;
import draftlint.fact.Placeholder;
import draftlint.text.HanCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a total broken into parts after {@code 其中}: {@code 新开工项目17个，其中中小学6所、托育一体园11所}.
 * The parts are the figures of the one clause after {@code 其中} (up to the next comma or full
 * stop), all with the same measure word; a breakdown spread over several clauses is not read,
 * because a later clause may count something else ({@code …，预计增加学位1.2万个}).
 */
public final class BreakdownRecognizer implements Recognizer {
    // The patterns are simplified: they read the text and the measures folded to simplified
    // (HanCharacters.foldToSimplified, char for char), so 其中…個 reads like 其中…个; the facts
    // quote the figures as written.
    private static final Pattern BRIDGE = Pattern.compile("^[，,]?\\s*[(（]?其中");
    private static final String CLAUSE_END = "，,。；;！？!?)）";
    /**
     * Attributes that cut across one another (a woman may hold a master's degree and be of a
     * minority): parts labelled with them overlap, so their sum may well exceed the total.
     */
    private static final List<Pattern> ATTRIBUTES = List.of(
            Pattern.compile("女|男"),
            Pattern.compile("少数民族|汉族"),
            Pattern.compile("党员|团员|民主党派|无党派"),
            Pattern.compile("研究生|硕士|博士|本科|专科|大专|学历|学位"),
            Pattern.compile("\\d+\\s*(?:周岁|岁)|岁以[下上]|青年"),
            Pattern.compile("职称|正高|副高|(?:高|中|初)级(?:教师|职称)"),
            Pattern.compile("骨干|带头人|名师"));
    private static final Pattern MONEY = Pattern.compile("元|万元|亿元");
    /** A total that is an average (年均超收2040亿元): one year's part may pass it. */
    private static final Pattern AVERAGE = Pattern.compile("均");
    /** A verb of change right before a total: the total is a difference, not a level. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:增加|增长|减少|下降|超收|减收|提高|降低|净增|多|少)$");
    /** A change downwards: a part that may be negative, so that another part may pass the total. */
    private static final Pattern DECLINE = Pattern.compile("减|降|亏|负");
    /** Totals and parts counted in things; sums of money are compared only part by part against the total. */
    private static final Pattern COUNT_MEASURE = Pattern.compile("个|所|项|人|名|位|家|支|条|件|场|次|份|篇|部|本|类|种|批|座|台|辆|套|处|间|户|人次|场次");

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Figure.class, Placeholder.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Breakdown.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Map<Integer, List<Figure>> byParagraph = facts.views().byParagraph(Figure.class, Figure::paragraph);
        List<Placeholder> placeholders = facts.ofType(Placeholder.class);
        for (var entry : byParagraph.entrySet()) {
            Block block = draft.blocks().get(entry.getKey());
            String text = HanCharacters.foldToSimplified(block.text());
            List<Figure> figures = entry.getValue();
            for (int i = 0; i < figures.size(); i++) {
                Figure total = figures.get(i);
                if (!COUNT_MEASURE.matcher(measure(total)).matches() && !isMoney(measure(total))) continue;
                var bridge = BRIDGE.matcher(text.substring(total.end()));
                if (!bridge.find()) continue;
                int from = total.end() + bridge.end();
                int to = clauseEnd(text, from);
                breakdown(block, total, figures.subList(i + 1, figures.size()), from, to, placeholders, facts);
            }
        }
    }

    private static void breakdown(Block block, Figure total, List<Figure> after, int from, int to,
                                  List<Placeholder> placeholders, Facts facts) {
        List<Figure> parts = new ArrayList<>();
        for (Figure f : after) {
            if (f.start() >= to) break;
            parts.add(f);
        }
        if (parts.isEmpty()) return;
        boolean masked = placeholders.stream().anyMatch(p -> p.paragraph() == block.index() && p.start() < to && from <= p.end());
        String text = HanCharacters.foldToSimplified(block.text());
        // One part larger than its whole (财政赤字9000亿元，其中中央财政赤字16000亿元) is wrong however
        // the whole is divided, unless a part may be negative (a decrease) or the total is a bound (超800亿元).
        Figure largest = null;
        double largestAmount = 0;
        for (Figure p : parts) {
            if (!comparable(total, p)) continue;
            double amount = p.value() * scale(measure(p)) / scale(measure(total));
            if (largest == null || amount > largestAmount) {
                largest = p;
                largestAmount = amount;
            }
        }
        String totalClause = text.substring(clauseStart(text, total.start()), total.start());
        boolean declines = DECLINE.matcher(totalClause + text.substring(total.start(), to)).find();
        boolean oneOver = largest != null && !total.approximate() && !declines && largestAmount > total.value()
                && !AVERAGE.matcher(totalClause).find() && sameChange(text, total, from, largest);
        String measure = measure(parts.get(0));
        boolean partition = parts.size() >= 2 && COUNT_MEASURE.matcher(measure(total)).matches()
                && COUNT_MEASURE.matcher(measure).matches()
                && parts.stream().allMatch(p -> measure(p).equals(measure))
                && (measure.equals(measure(total)) || measure(total).equals("个"))
                && !crossCuts(text, from, parts);
        if (!partition && !oneOver) return;
        double sum = 0;
        StringBuilder shown = new StringBuilder();
        boolean approximate = total.approximate() || text.substring(from, to).contains("等");
        for (Figure p : parts) {
            sum += p.value();
            approximate |= p.approximate();
            if (shown.length() > 0) shown.append('+');
            shown.append(plain(p.value()));
        }
        Figure first = parts.get(0);
        Figure last = parts.get(parts.size() - 1);
        facts.add(new Breakdown(block.index(), total.span().to(last.span()), total.value(), total.text(), total.span(),
                sum, parts.size(), shown.toString(), plain(sum), first.span().to(last.span()), approximate, masked,
                partition, largestAmount, largest == null ? "" : largest.text(), oneOver));
    }

    /** A part can be set against its total when both count the same thing, or both are sums of money. */
    private static boolean comparable(Figure total, Figure part) {
        if (isMoney(measure(total))) return isMoney(measure(part));
        if (measure(part).equals(measure(total))) return true;
        return measure(total).equals("个") && COUNT_MEASURE.matcher(measure(part)).matches();
    }

    /** The figure's measure folded to simplified (個 is 个), as the patterns are written. */
    private static String measure(Figure f) {
        return HanCharacters.foldToSimplified(f.measure());
    }

    private static boolean isMoney(String measure) {
        return MONEY.matcher(measure).matches();
    }

    /** Yuan in one unit of the (folded) measure: 亿元 and 万元 are compared in yuan. */
    private static double scale(String measure) {
        if (measure.startsWith("亿")) return 1e8;
        if (measure.startsWith("万")) return 1e4;
        return 1;
    }

    /**
     * A total that is a change (比上年增加1500亿元) has for parts the changes of its parts
     * (其中中央财政超收4168亿元), not their levels (其中中央财政赤字9500亿元): a part is set against such a
     * total only when its label repeats the verb of change.
     */
    private static boolean sameChange(String text, Figure total, int from, Figure part) {
        Matcher verb = CHANGE_BEFORE.matcher(text.substring(Math.max(0, total.start() - 2), total.start()));
        return !verb.find() || text.substring(from, part.start()).contains(verb.group());
    }

    /** Where the total's clause starts: after the last comma or full stop before it. */
    private static int clauseStart(String text, int at) {
        int i = at;
        while (i > 0 && CLAUSE_END.indexOf(text.charAt(i - 1)) < 0) i--;
        return i;
    }

    /**
     * 其中研究生学历教师412名、女教师886名、少数民族教师45名: the parts are labelled with attributes
     * of different kinds (or some with one and some with none), so they are not a partition of the
     * total. 其中女教师886名、男教师374名 labels every part along one attribute and stays a breakdown.
     */
    private static boolean crossCuts(String text, int from, List<Figure> parts) {
        int labelStart = from;
        Pattern shared = null;
        boolean anyAttribute = false;
        boolean anyOther = false;
        for (Figure p : parts) {
            String label = text.substring(labelStart, p.start());
            labelStart = p.end();
            Pattern kind = ATTRIBUTES.stream().filter(a -> a.matcher(label).find()).findFirst().orElse(null);
            if (kind == null) {
                anyOther = true;
            } else if (shared == null || shared == kind) {
                shared = kind;
                anyAttribute = true;
            } else {
                return true;
            }
        }
        return anyAttribute && anyOther;
    }

    private static int clauseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && CLAUSE_END.indexOf(text.charAt(i)) < 0) i++;
        return i;
    }

    /** {@code 17.0} → {@code 17}, for messages. */
    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
