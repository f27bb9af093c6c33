package draftlint.recognize;

import draftlint.fact.Document;
import draftlint.resource.BuiltInFiles;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Formulation;
import draftlint.fact.FormulationMember;
import draftlint.text.HanCharacters;
import draftlint.text.NumeralParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds fixed formulations ({@code 四个自信}, {@code 五育并举}, the table in
 * {@code rules/lists/formulations.txt}) with the number the draft writes, and the members of a
 * list that spells one out right before it ({@code 作业、手机、睡眠、读物、体质等“五项管理”}) or in
 * brackets right after it ({@code “四个自信”（道路自信、…）}).
 * A formulation counts only when quoted or closing its phrase: {@code 两个全面覆盖} is not
 * {@code 四个全面} miswritten. A list is read as the formulation's only when most of its items are
 * members: otherwise it is some other list that happens to stand there.
 */
public final class FormulationRecognizer implements Recognizer {
    // The table and patterns are simplified and read the text folded to simplified (三個自信 as
    // 三个自信, 理論自信 as 理论自信; HanCharacters.foldToSimplified, char for char, so offsets hold);
    // a formulation and its members quote the text as written.
    private static final String NUMERAL = "([一二三四五六七八九十两]|\\d{1,2})";
    /** A spelling-out right after the formulation: in brackets, or after a colon or 即, to the end of the sentence. */
    private static final Pattern AFTER = Pattern.compile("^[”」]?\\s*(?:[（(]([^（()）]{2,80})[)）]|(?:[：:]|[，,]?即)([^。；;！？!?]{2,80}))");
    /** A list of fewer items than this before a formulation is too short to be told for its spelling-out. */
    private static final int ADJACENT_MIN = 3;
    private static final String CLAUSE_STOPS = "，。；：！？,;:!?（()）\n";

    /** @param tail the literal after the number: a paragraph without it cannot match, and most have none */
    /**
     * @param earlier for a number the formulation had before ({@code 三个自信}), the first year in
     *                which that form is out of date
     */
    private record Entry(String name, String numeral, String tail, Pattern pattern, int count, List<List<String>> members,
                         boolean countChecked, Map<Integer, Integer> earlier) {
    }

    private static final List<Entry> ENTRIES = load();

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : BuiltInFiles.table("formulations")) {
            for (String field : row) {
                if (!HanCharacters.foldToSimplified(field).equals(field)) {
                    throw new IllegalStateException("formulations.txt: " + field + " is not simplified, and the text is read folded to simplified");
                }
            }
            String[] parts = row[1].split("\\{n}", -1);
            Pattern p = Pattern.compile(Pattern.quote(parts[0]) + NUMERAL + Pattern.quote(parts[1]));
            List<List<String>> members = new ArrayList<>();
            for (String m : row[2].split("、")) members.add(List.of(m.split("/")));
            Matcher canonical = p.matcher(row[0]);
            if (!canonical.matches()) throw new IllegalStateException("formulations.txt: " + row[0] + " does not fit " + row[1]);
            Map<Integer, Integer> earlier = new HashMap<>();
            if (row.length > 4 && !row[4].isEmpty()) {
                for (String form : row[4].split("、")) {
                    String[] formAndYear = form.split("\\s+before\\s+");
                    Matcher old = formAndYear.length == 2 ? p.matcher(formAndYear[0].strip()) : null;
                    if (old == null || !old.matches()) throw new IllegalStateException("formulations.txt: " + row[0] + ": " + form);
                    earlier.put(number(old.group(1)), Integer.parseInt(formAndYear[1].strip()));
                }
            }
            entries.add(new Entry(row[0], canonical.group(1), parts[1], p, number(canonical.group(1)), members, row[3].equals("count"),
                    Map.copyOf(earlier)));
        }
        return entries;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Formulation.class, FormulationMember.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        int year = facts.views().year();
        for (Block block : draft.blocks()) {
            String text = HanCharacters.foldToSimplified(block.text()); // char for char: offsets hold
            for (Entry e : ENTRIES) {
                // The pattern opens with a class of numerals, which regex search tries at every char.
                if (!text.contains(e.tail)) continue;
                Matcher m = e.pattern.matcher(text);
                while (m.find()) {
                    int count = number(m.group(1));
                    boolean alone = standsAlone(text, m.start(), m.end());
                    List<int[]> items = alone ? spelledOut(text, m.start(), m.end()) : List.of();
                    if (items.isEmpty() && count == e.count) items = adjacentList(e, text, m.start());
                    if (!alone && items.isEmpty()) continue;
                    List<Boolean> belongs = items.stream().map(i -> belongs(e, clean(text.substring(i[0], i[1])))).toList();
                    boolean ours = belongs.stream().filter(b -> b).count() * 2 > items.size();
                    if (count == e.count) {
                        facts.add(formulation(block, m, e, count));
                        if (ours) members(block, e, items, belongs, facts);
                    } else if (e.countChecked && (items.isEmpty() || ours) && !isHistory(text, e, count, belongs)
                            && !wasCurrent(e, count, year)) {
                        // “三个意识”：大局意识、责任意识、服务意识 is a local formulation of its own, not a miscount
                        facts.add(formulation(block, m, e, count));
                    }
                }
            }
        }
    }

    /**
     * 道路自信、理论自信、制度自信，即“三个自信”；…形成了“四个自信”: the draft tells how the
     * formulation grew. It names exactly as many members as its number, all of them right, and the
     * same paragraph writes the formulation as it is today.
     */
    private static boolean isHistory(String text, Entry e, int count, List<Boolean> belongs) {
        if (belongs.size() != count || belongs.contains(false)) return false;
        Matcher m = e.pattern.matcher(text);
        while (m.find()) {
            if (number(m.group(1)) == e.count) return true;
        }
        return false;
    }

    /**
     * Whether {@code count} was the formulation's number in the draft's year: 三个自信 in a report
     * dated 2014 is right for its time. A draft whose year is unknown is taken as written now.
     */
    private static boolean wasCurrent(Entry e, int count, int year) {
        Integer outdated = e.earlier.get(count);
        return outdated != null && year != 0 && year < outdated;
    }

    /**
     * The formulation as written, and its canonical form in the writer's characters: the match with
     * the canonical number put in ({@code 三個自信} → {@code 四個自信}; {@code 三个自信} → {@code 四个自信}).
     */
    private static Formulation formulation(Block block, Matcher m, Entry e, int count) {
        String written = block.text();
        String name = written.substring(m.start(), m.start(1)) + e.numeral + written.substring(m.end(1), m.end());
        return new Formulation(block.index(), m.start(), m.end(), block.span(m.start(), m.end()),
                written.substring(m.start(), m.end()), name, count, e.count);
    }

    /**
     * Quoted ({@code “四个自信”}), or ending its phrase ({@code 坚定四个自信，}) and not itself part
     * of an ordinal ({@code 第四个…}).
     */
    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0 && "“「\"".indexOf(text.charAt(start - 1)) >= 0) return true;
        boolean closes = end >= text.length() || !HanCharacters.isHan(text.charAt(end));
        return closes && (start == 0 || text.charAt(start - 1) != '第');
    }

    /**
     * The items that spell out the formulation at {@code [start, end)}: in brackets or after a colon
     * or 即 right after it, or in a list closed by 等 right before it. Empty when none.
     */
    private static List<int[]> spelledOut(String text, int start, int end) {
        Matcher after = AFTER.matcher(text.substring(end));
        if (after.find()) {
            int group = after.group(1) != null ? 1 : 2;
            int from = end + after.start(group);
            return items(text, from, from + after.group(group).length());
        }
        int listEnd = start;
        if (listEnd > 0 && (text.charAt(listEnd - 1) == '“' || text.charAt(listEnd - 1) == '「')) listEnd--;
        // A list before the formulation is its own only when 等 or 即 closes it: 作业、…、体质等“五项管理”,
        // 道路自信、理论自信、制度自信，即“三个自信”.
        if (listEnd > 0 && text.charAt(listEnd - 1) == '即') {
            listEnd--;
            if (listEnd > 0 && (text.charAt(listEnd - 1) == '，' || text.charAt(listEnd - 1) == ',')) listEnd--;
        } else if (listEnd > 0 && text.charAt(listEnd - 1) == '等') {
            listEnd--;
        } else {
            return List.of();
        }
        int listStart = listEnd;
        while (listStart > 0 && CLAUSE_STOPS.indexOf(text.charAt(listStart - 1)) < 0) listStart--;
        return items(text, listStart, listEnd);
    }

    /**
     * A list right before the formulation with no 等 or 即 to close it, quoted or not
     * ({@code 经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体总体布局}): it spells the
     * formulation out only when it has as many items as the formulation's number, all of them but
     * one its members; else it is some other list that runs into the phrase. Empty when not.
     */
    private static List<int[]> adjacentList(Entry e, String text, int start) {
        int listEnd = start;
        if (listEnd > 0 && (text.charAt(listEnd - 1) == '“' || text.charAt(listEnd - 1) == '「')) listEnd--;
        int listStart = listEnd;
        while (listStart > 0 && CLAUSE_STOPS.indexOf(text.charAt(listStart - 1)) < 0) listStart--;
        List<int[]> items = new ArrayList<>();
        int s = listStart;
        for (int i = listStart; i <= listEnd; i++) {
            if (i == listEnd || text.charAt(i) == '、') {
                if (i > s) items.add(new int[]{s, i});
                s = i + 1;
            }
        }
        if (items.size() != e.count || items.size() < ADJACENT_MIN) return List.of();
        long members = items.stream().filter(i -> belongs(e, clean(text.substring(i[0], i[1])))).count();
        return members >= items.size() - 1 ? items : List.of();
    }

    /** The items of {@code [from, to)} separated by 、 or commas; empty when there are fewer than two. */
    private static List<int[]> items(String text, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '、' || text.charAt(i) == '，' || text.charAt(i) == ',') {
                if (i > s) items.add(new int[]{s, i});
                s = i + 1;
            }
        }
        return items.size() < 2 ? List.of() : items;
    }

    private static void members(Block block, Entry e, List<int[]> items, List<Boolean> belongs, Facts facts) {
        String members = String.join("、", e.members.stream().map(m -> m.get(0)).toList());
        for (int k = 0; k < items.size(); k++) {
            int[] item = items.get(k);
            facts.add(new FormulationMember(block.index(), item[0], item[1], block.span(item[0], item[1]), e.name,
                    block.text().substring(item[0], item[1]), belongs.get(k), members));
        }
    }

    private static boolean belongs(Entry e, String item) {
        for (List<String> forms : e.members) {
            for (String form : forms) {
                if (item.contains(form) || item.length() >= 2 && form.contains(item)) return true;
            }
        }
        return false;
    }

    /** The item without quotes, 等 or a leading verb such as 增强/坚定. */
    private static String clean(String item) {
        return item.replaceAll("[“”「」\"‘’等]", "").strip();
    }

    private static int number(String numeral) {
        NumeralParser.Numeral n = NumeralParser.read(numeral, 0);
        return n == null ? -1 : (int) n.value();
    }
}
