package draftlint.mutation;

import com.ibm.icu.text.Transliterator;
import draftlint.mutation.HeadingSketch.Heading;
import draftlint.mutation.HeadingSketch.Run;
import draftlint.mutation.Kind.Scope;
import draftlint.mutation.Kind.Site;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static draftlint.mutation.Planters.deleting;
import static draftlint.mutation.Planters.inLine;
import static draftlint.mutation.Planters.insertLines;
import static draftlint.mutation.Planters.prose;
import static draftlint.mutation.Planters.wholeText;

/**
 * The mutation kinds: one row per writer's mistake, with the rule that must report it and how it is
 * planted. Rules that cannot be planted are listed in {@link #NOT_PLANTED} with the reason.
 */
final class Mutations {
    private Mutations() {
    }

    /** Rules without a mutation kind, and why. */
    static final List<String[]> NOT_PLANTED = List.of(
            new String[]{"figures.year-range-length", "no published host names an N年 plan beside its year range; planting both the length and the range would be inventing the sentence, not editing it"},
            new String[]{"figures.parts-short-of-total", "off by default, and a breakdown that falls short is legitimate prose (a partial list), so a planted one cannot be told from real text"});

    // A figure with the measure word or % after it: what template sites mask.
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.．%\\p{IsLatin}])\\d{1,5}(?:\\.\\d+)?(?=(?:%|万|亿|个|所|家|人|项|公里|户|名|座|条|吨|倍))");
    // An organisation named by its place: 安徽省人民政府, 上海市教委.
    private static final Pattern PLACE_ORG = Pattern.compile("(?<![、各\\p{IsHan}])\\p{IsHan}{2}(?=(?:省|市|县)(?:人民政府|委|政府|人大|教育局|财政局))");
    private static final Pattern WORD_AFTER_DE = Pattern.compile("(?<=的)\\p{IsHan}{2}(?=\\p{IsHan}{2})");
    private static final String CN = "一二三四五六七八九十";

    static List<Kind> all() {
        List<Kind> k = new ArrayList<>();

        // ---- placeholder: every form of an unfilled blank seen in fixtures/corpus/drafts ----
        k.add(new Kind("mask-figure-stars", "placeholder.masked-figure",
                "a template figure never filled in: 达到**所", Scope.LINE, inLine(Planters::prose, FIGURE, m -> "**")));
        k.add(new Kind("mask-figure-XX", "placeholder.masked-figure",
                "a figure left as XX (XX位同志作了发言)", Scope.LINE, inLine(Planters::prose, FIGURE, m -> "XX")));
        k.add(new Kind("mask-figure-crosses", "placeholder.masked-figure",
                "a figure left as ××", Scope.LINE, inLine(Planters::prose, FIGURE, m -> "××")));
        k.add(new Kind("mask-year", "placeholder.masked-figure",
                "a template's year never filled in: 20**年", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<!\\d)20\\d\\d(?=年)"), m -> "20**")));
        k.add(new Kind("mask-date", "placeholder.masked-figure",
                "a date left as X月X日", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<!\\d)\\d{1,2}月\\d{1,2}日"), m -> "X月X日")));
        k.add(new Kind("mask-place-crosses", "placeholder.masked-name",
                "a place left masked in a template: ××市人民政府", Scope.LINE, inLine(Planters::any, PLACE_ORG, m -> "××")));
        k.add(new Kind("mask-place-XX", "placeholder.masked-name",
                "a place left as XX: XX县人民政府", Scope.LINE, inLine(Planters::any, PLACE_ORG, m -> "XX")));
        k.add(new Kind("mask-place-mouxx", "placeholder.masked-name",
                "a place written 某某: 某某市委", Scope.LINE, inLine(Planters::any, PLACE_ORG, m -> "某某")));
        k.add(new Kind("mask-leader-underscore", "placeholder.masked-name",
                "a leader's name masked by the site the text was copied from: _总书记", Scope.LINE,
                inLine(Planters::any, Pattern.compile("习近平(?=总书记|同志)"), m -> "_")));
        k.add(new Kind("mask-word-underline", "placeholder.masked-text",
                "a fill-in line left in a phrase: 努力把____镇建成", Scope.LINE, inLine(Planters::prose, WORD_AFTER_DE, m -> "____")));
        k.add(new Kind("mask-word-boxes", "placeholder.masked-text",
                "box marks left for a word: □□", Scope.LINE, inLine(Planters::prose, WORD_AFTER_DE, m -> "□□")));
        k.add(new Kind("mask-word-circles", "placeholder.masked-text",
                "circle marks left for a word: ○○", Scope.LINE, inLine(Planters::prose, WORD_AFTER_DE, m -> "○○")));
        k.add(new Kind("field-bracket", "placeholder.template-field",
                "a template's bracketed field left: 【单位名称】", Scope.LINE,
                inLine(Planters::any, Pattern.compile(PLACE_ORG.pattern() + "(?:省|市|县)"), m -> "【单位名称】")));
        k.add(new Kind("field-braces", "placeholder.template-field",
                "a mail-merge field left: {{单位名称}}", Scope.LINE,
                inLine(Planters::any, Pattern.compile(PLACE_ORG.pattern() + "(?:省|市|县)"), m -> "{{单位名称}}")));
        k.add(new Kind("todo-omitted-body", "placeholder.todo-marker",
                "a part left as （略） to be written later", Scope.LINE,
                inLine(l -> l.startsWith("（") && prose(l), Pattern.compile("(?<=。).+$"), m -> "（略）")));
        k.add(new Kind("todo-to-add", "placeholder.todo-marker",
                "a figure left as 【待补充】", Scope.LINE, inLine(Planters::prose, FIGURE, m -> "【待补充】")));
        k.add(new Kind("todo-to-verify", "placeholder.todo-marker",
                "a figure marked （待核实） and never checked", Scope.LINE,
                inLine(Planters::prose, Pattern.compile(FIGURE.pattern() + "(?:%|万|亿|个|所|家|人|项)"), m -> m.group() + "（待核实）")));

        // ---- numbering: headings (一、（一）1.) edited the way parts are moved, deleted and copied ----
        k.add(new Kind("heading-part-deleted", "numbering.gap",
                "a middle part deleted in editing, the others not renumbered (一、二、四、)", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        if (r.size() < 3) continue;
                        int i = 1 + (r.get(0).line() % (r.size() - 2));
                        s.add(new Site(host, () -> deleting(kind, host, r.get(i).line(), r.get(i + 1).line(), r.get(i + 1).line(),
                                "deleted part " + r.get(i).marker() + " (lines " + (r.get(i).line() + 1) + "–" + r.get(i + 1).line() + ")")));
                    }
                    return s;
                }));
        k.add(new Kind("heading-first-deleted", "numbering.not-from-one",
                "the first part deleted, the others not renumbered", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        if (r.size() < 3) continue;
                        s.add(new Site(host, () -> deleting(kind, host, r.get(0).line(), r.get(1).line(), r.get(1).line(),
                                "deleted part " + r.get(0).marker() + " (lines " + (r.get(0).line() + 1) + "–" + r.get(1).line() + ")")));
                    }
                    return s;
                }));
        k.add(new Kind("heading-copied", "numbering.repeat",
                "a part copied from the one before and not renumbered (二、二、)", Scope.LINE, runEdit(3, (r, i) -> i >= 1,
                (r, i) -> r.get(i).number() - 1)));
        k.add(new Kind("heading-moved", "numbering.out-of-order",
                "two parts swapped without renumbering (一、三、二、)", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        if (r.size() < 3) continue;
                        int i = 1 + (r.get(0).line() % (r.size() - 2));
                        Heading a = r.get(i), b = r.get(i + 1);
                        s.add(new Site(host, () -> {
                            List<String> lines = host.edit();
                            lines.set(a.line(), renumber(a, lines.get(a.line()), b.number()));
                            lines.set(b.line(), renumber(b, lines.get(b.line()), a.number()));
                            return Mutant.of(kind, host, lines, b.line() + 1, b.line() + 1, "swapped " + a.marker() + " and " + b.marker());
                        }));
                    }
                    return s;
                }));
        k.add(new Kind("heading-wrong-mark", "numbering.ordinal-mark",
                "the wrong mark after a heading number: 一. 1、 （一）、", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        Heading h = r.get(r.get(0).line() % r.size());
                        String wrong = switch (h.level()) {
                            case 1 -> HeadingSketch.chinese(h.number()) + ".";
                            case 2 -> h.marker() + "、";
                            default -> h.number() + "、";
                        };
                        s.add(new Site(host, () -> replaceMarker(kind, host, h, wrong)));
                    }
                    return s;
                }));
        k.add(new Kind("heading-other-width", "numbering.mixed-style",
                "one sibling typed with half-width brackets or a full-width stop: (二) beside （一）", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        if (r.level() == 1 || r.size() < 3) continue;
                        Heading h = r.get(1 + r.get(0).line() % (r.size() - 1));
                        String other = r.level() == 2 ? "(" + HeadingSketch.chinese(h.number()) + ")"
                                : h.number() + (h.marker().endsWith(".") ? "．" : ".");
                        s.add(new Site(host, () -> replaceMarker(kind, host, h, other)));
                    }
                    return s;
                }));
        k.add(new Kind("heading-level-skipped", "numbering.level-skip",
                "one part's sub-headings numbered 1. 2. where the others use （一）（二）", Scope.LINE, (kind, host) -> {
                    HeadingSketch sk = new HeadingSketch(host.lines());
                    List<Site> s = new ArrayList<>();
                    List<Heading> parentsWithChildren = new ArrayList<>();
                    for (Heading h : sk.headings) if (h.level() == 1 && sk.childrenOf(h, 2).size() >= 2) parentsWithChildren.add(h);
                    if (parentsWithChildren.size() < 2) return s;
                    for (Heading p : parentsWithChildren) {
                        List<Heading> kids = sk.childrenOf(p, 2);
                        boolean grandchildren = sk.headings.stream().anyMatch(h -> h.level() == 3
                                && h.line() > kids.get(0).line() && h.line() < kids.get(kids.size() - 1).line() + 50
                                && sk.headings.stream().filter(x -> x.level() < 3 && x.line() < h.line()).reduce((a, b) -> b).map(kids::contains).orElse(false));
                        if (grandchildren) continue;
                        s.add(new Site(host, () -> {
                            List<String> lines = host.edit();
                            for (Heading c : kids) lines.set(c.line(), c.number() + "." + lines.get(c.line()).substring(c.markerEnd()));
                            return Mutant.of(kind, host, lines, kids.get(0).line() + 1, kids.get(0).line() + 1,
                                    "sub-headings of " + p.marker() + " renumbered 1. 2. …");
                        }));
                    }
                    return s;
                }));
        k.add(new Kind("heading-lone-child", "numbering.lone-child",
                "all but the first sub-part cut, leaving （一） alone", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Run r : new HeadingSketch(host.lines()).runs) {
                        if (r.parentLine() < 0 || r.size() < 2) continue;
                        s.add(new Site(host, () -> deleting(kind, host, r.get(1).line(), r.end(), r.get(0).line(),
                                "deleted sub-parts " + r.get(1).marker() + "… (lines " + (r.get(1).line() + 1) + "–" + r.end() + ")")));
                    }
                    return s;
                }));
        k.add(new Kind("heading-levels-swapped", "numbering.level-order",
                "in one part the two lower levels swapped: 1. above （一）（二）, then 2.", Scope.LINE, (kind, host) -> {
                    HeadingSketch sk = new HeadingSketch(host.lines());
                    List<Site> s = new ArrayList<>();
                    for (Heading p : sk.headings) {
                        if (p.level() != 1) continue;
                        List<Heading> kids = sk.childrenOf(p, 2);
                        if (kids.size() < 2 || sk.childrenOf(kids.get(0), 3).size() < 2) continue;
                        s.add(new Site(host, () -> {
                            List<String> lines = host.edit();
                            for (Heading c : kids) {
                                lines.set(c.line(), c.number() + "." + lines.get(c.line()).substring(c.markerEnd()));
                                for (Heading g : sk.childrenOf(c, 3)) {
                                    lines.set(g.line(), HeadingSketch.marker(2, g.number()) + lines.get(g.line()).substring(g.markerEnd()));
                                }
                            }
                            Heading first = sk.childrenOf(kids.get(0), 3).get(0);
                            return Mutant.of(kind, host, lines, first.line() + 1, first.line() + 1,
                                    "under " + p.marker() + " （一）… written 1.… and their items 1.… written （一）…");
                        }));
                    }
                    return s;
                }));
        k.add(new Kind("items-restarted", "numbering.mixed-continuation",
                "items numbered straight through the document, but one section restarts at 1.", Scope.LINE, (kind, host) -> {
                    HeadingSketch sk = new HeadingSketch(host.lines());
                    List<List<Heading>> groups = new ArrayList<>();
                    Heading parent = null;
                    for (Heading h : sk.headings) {
                        if (h.level() < 3) parent = h;
                        else if (parent != null) {
                            if (groups.isEmpty() || groups.get(groups.size() - 1).get(0).line() < parent.line()) groups.add(new ArrayList<>());
                            groups.get(groups.size() - 1).add(h);
                        }
                    }
                    List<Site> s = new ArrayList<>();
                    int runOn = 0;
                    for (int g = 1; g < groups.size(); g++) {
                        List<Heading> prev = groups.get(g - 1), cur = groups.get(g);
                        if (cur.get(0).number() == prev.get(prev.size() - 1).number() + 1) runOn++;
                    }
                    if (runOn < 2) return s;
                    for (int g = 1; g < groups.size(); g++) {
                        List<Heading> prev = groups.get(g - 1), cur = groups.get(g);
                        if (cur.get(0).number() != prev.get(prev.size() - 1).number() + 1) continue;
                        s.add(new Site(host, () -> {
                            List<String> lines = host.edit();
                            for (int i = 0; i < cur.size(); i++) lines.set(cur.get(i).line(), renumber(cur.get(i), lines.get(cur.get(i).line()), i + 1));
                            return Mutant.of(kind, host, lines, cur.get(0).line() + 1, cur.get(0).line() + 1,
                                    "items " + cur.get(0).marker() + "… restarted at 1.");
                        }));
                    }
                    return s;
                }));

        // ---- numbering: enumerations in running text (一是…二是…三是) ----
        Pattern run = Pattern.compile("(?<![第统唯万之])一是(.+?)(?<!第)二是(.+?)(?<!第)三是");
        k.add(new Kind("enum-item-deleted", "numbering.enumeration-gap",
                "the 二是 clause deleted, 三是 left as it was", Scope.LINE,
                inLine(Planters::any, run, m -> "一是" + m.group(1) + "三是")));
        k.add(new Kind("enum-item-copied", "numbering.enumeration-repeat",
                "三是 written 二是 again after copying the clause", Scope.LINE,
                inLine(Planters::any, run, m -> "一是" + m.group(1) + "二是" + m.group(2) + "二是")));
        k.add(new Kind("enum-other-form", "numbering.enumeration-mixed-style",
                "one item written in another form: 一是…第二，…三是", Scope.LINE,
                inLine(Planters::any, run, m -> "一是" + m.group(1) + "第二，" + m.group(2) + "三是")));

        // ---- structure ----
        k.add(new Kind("announced-one-more", "structure.announced-count",
                "a part dropped after the count was written: 讲四点意见, three follow", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=讲|谈|以下|抓好|做好|从|重点|着力|强调)([两二三四五六七八])(?=(?:点意见|点|个方面|项工作|项任务|件事)[：。:])"),
                        m -> String.valueOf(CN.charAt(count(m.group()))))));
        k.add(new Kind("announced-one-fewer", "structure.announced-count",
                "a part added after the count was written: 讲两点意见, three follow", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=讲|谈|以下|抓好|做好|从|重点|着力|强调)([三四五六七八九])(?=(?:点意见|点|个方面|项工作|项任务|件事)[：。:])"),
                        m -> String.valueOf(CN.charAt(count(m.group()) - 2)))));
        k.add(new Kind("list-count-under", "figures.count-mismatch",
                "an item dropped from a list, its count not updated: A、B、C四大", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("((?:[\\p{IsHan}]{2,10}、){1,6}[\\p{IsHan}]{2,10})(?:等)?([两二三四五六七八九])(?=大|个|项|类|所|家|种|条)"),
                        m -> m.group(1).split("、").length == count(m.group(2))
                                ? m.group().substring(0, m.group().length() - 1) + CN.charAt(count(m.group(2))) : null)));
        k.add(new Kind("list-count-over", "figures.count-mismatch",
                "an item added to a list, its count not updated: A、B、C、D三大", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("((?:[\\p{IsHan}]{2,10}、){1,6}[\\p{IsHan}]{2,10})(?:等)?([两二三四五六七八九])(?=大|个|项|类|所|家|种|条)"),
                        m -> m.group(1).split("、").length == count(m.group(2)) && count(m.group(2)) >= 3
                                ? m.group().substring(0, m.group().length() - 1) + CN.charAt(count(m.group(2)) - 2) : null)));
        // The writer announced 三项工作： and gave its clauses parted by ；, then cut one clause in
        // revising (or added one) and left the count as it was: no 一是/二是 to renumber reminds them.
        k.add(new Kind("clause-list-dropped", "figures.count-mismatch",
                "a clause dropped from a list parted by ；, its announced count not updated: 三项工作：A；B。", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("([两二三四五六七八九])(?=(?:个方面|项|个|条|点|大|种|类)[\\p{IsHan}]{0,8}：([^。：；]+(?:；[^。：；]+)+)。)"),
                        m -> {
                            String[] items = m.group(2).split("；");
                            if (items.length != count(m.group(1)) || items.length < 3) return null;
                            for (String item : items) {
                                if (Pattern.compile("^(?:[一二三四五六七八九十]+[是、]|[（(]|[\\d０-９]|第|首先)").matcher(item).find()) return null;
                            }
                            return String.valueOf(CN.charAt(items.length)); // the count of one more than is left
                        })));
        k.add(new Kind("cut-mid-sentence", "structure.truncated",
                "the copy stopped mid-sentence: the rest of the document lost", Scope.LINE, (kind, host) -> {
                    List<String> lines = host.lines();
                    for (int i = lines.size() - 1; i > lines.size() / 2; i--) {
                        String l = lines.get(i);
                        if (!prose(l) || l.length() < 60) continue;
                        int at = l.length() * 3 / 5;
                        while (at < l.length() - 1 && !(han(l.charAt(at - 1)) && han(l.charAt(at)))) at++;
                        if (at >= l.length() - 1) return List.of();
                        int line = i, cut = at;
                        return List.of(new Site(host, () -> {
                            List<String> edited = new ArrayList<>(lines.subList(0, line));
                            edited.add(lines.get(line).substring(0, cut));
                            return Mutant.of(kind, host, edited, line + 1, line + 1, "cut after “…"
                                    + lines.get(line).substring(Math.max(0, cut - 8), cut) + "”, " + (lines.size() - line - 1) + " lines dropped");
                        }));
                    }
                    return List.of();
                }));
        k.add(new Kind("notice-no-addressee", "structure.missing-part",
                "a notice whose 主送机关 line was dropped", Scope.DOCUMENT, deleteLine(h -> true, 0, 10,
                Pattern.compile("^[\\p{IsHan}、，（）]{2,80}：$"))).in("notice"));
        // notice.kind asks for the 成文日期 at warning severity (a draft may not be signed yet): a
        // missing one is reported as a missing expected part.
        k.add(new Kind("notice-no-date", "structure.missing-expected-part",
                "a notice whose 成文日期 was dropped", Scope.DOCUMENT, deleteLine(h -> true, -8, 0,
                Pattern.compile("^\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*$"))).in("notice"));
        k.add(new Kind("speech-no-salutation", "structure.missing-part",
                "a speech whose 称呼 (同志们：) was dropped", Scope.DOCUMENT, deleteLine(h -> true, 0, 12,
                Pattern.compile("^(同志们|各位代表|同志们、朋友们)[：！]$"))).in("speech"));
        // Planted only where the number stands in a 版头 above the title. A notice that begins at its
        // title without a number is how web pages publish notices (sh-001, sh-007 …) and how a draft
        // reaches the office that numbers it: the check does not judge it, and a number deleted from
        // under the title leaves exactly that shape, so it could not be told from real text.
        k.add(new Kind("notice-no-number", "structure.missing-expected-part",
                "a notice whose 发文字号 was dropped from its 版头", Scope.DOCUMENT, deleteLine(Mutations::numberAboveTitle, 0, 6,
                DOC_NUMBER)).in("notice"));
        k.add(new Kind("date-zero-padded", "structure.malformed-part",
                "the 成文日期 typed with leading zeros: 2019年03月05日", Scope.LINE,
                inLine(l -> l.strip().matches("\\d{4}年\\d{1,2}月\\d{1,2}日"), Pattern.compile("(?<=年)(\\d{1,2})月(\\d{1,2})(?=日)"),
                        m -> m.group(1).length() == 1 || m.group(2).length() == 1
                                ? String.format("%02d月%02d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null)).in("notice"));
        k.add(new Kind("number-square-brackets", "structure.malformed-part",
                "the 发文字号 typed with half-width square brackets: 国办发[2019]5号", Scope.LINE,
                inLine(l -> l.strip().matches("[\\p{IsHan}]{1,12}〔\\d{4}〕\\d+号"), Pattern.compile("〔(\\d{4})〕"), m -> "[" + m.group(1) + "]")).in("notice"));
        k.add(new Kind("outline-part-dropped", "structure.outline-entry-missing",
                "an outline (目录) whose part was later dropped from the body", Scope.LINE, outline(true)));
        k.add(new Kind("outline-heading-reworded", "structure.outline-text-differs",
                "a body heading reworded, its outline (目录) entry not", Scope.LINE, outline(false)));

        // ---- figures ----
        k.add(new Kind("anniversary-off-by-one", "figures.anniversary-ordinal",
                "an anniversary counted one too many: 2026年是中国共产党成立106周年", Scope.LINE,
                inLine(l -> l.matches(".*(今年|\\d{4}年)是.*"), Pattern.compile("(?<=(?:成立|建党|改革开放|建军))(\\d{1,3})(?=周年)"),
                        m -> String.valueOf(Integer.parseInt(m.group()) + 1))));
        k.add(new Kind("weekday-wrong", "figures.weekday-mismatch",
                "a date given a weekday, and the wrong one: 2026年2月5日（星期三）", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?![（(])"), m -> {
                    try {
                        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                        int wrong = (d.getDayOfWeek().getValue() + 2) % 7; // 0 = Sunday
                        return m.group() + "（星期" + "日一二三四五六".charAt(wrong) + "）";
                    } catch (RuntimeException e) {
                        return null;
                    }
                })));
        k.add(new Kind("weekday-retyped", "figures.weekday-mismatch",
                "a weekday copied from last year's notice: 12月29日（星期五）", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=日[（(](?:星期|周))[一二三四五六日]"), m -> String.valueOf("一二三四五六日".charAt(("一二三四五六日".indexOf(m.group()) + 1) % 7)))));
        k.add(new Kind("rate-typo", "figures.rate-over-100",
                "a rate's decimal point lost or a digit slipped in: 覆盖率达到985%", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=(?:覆盖率|占比|比重|普及率|合格率|达标率|城镇化率|参保率|优良率|入学率|巩固率|优良天数比例)[^，。；%\\d]{0,6})(\\d{1,2}(?:\\.\\d)?)(?=%)"),
                        m -> m.group().contains(".") ? m.group().replace(".", "") : "1" + (m.group().length() == 1 ? "0" : "") + m.group())));
        k.add(new Kind("date-day-31", "figures.impossible-date",
                "a day typed past the month's end: 4月31日, 2月30日", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<!\\d)(2|4|6|9|11)月(\\d{1,2})日"), m -> m.group(1) + "月" + (m.group(1).equals("2") ? "30" : "31") + "日")));
        k.add(new Kind("year-range-typo", "figures.year-range-backwards",
                "a year range whose end year was mistyped below its start: 2021—2015年", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<!\\d)(\\d{4})([—－-])(\\d{4})(?=年)"), m -> {
                    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
                    if (b <= a) return null;
                    int wrong = b - 10 < a ? b - 10 : a - 1;
                    return m.group(1) + m.group(2) + wrong;
                })));
        k.add(new Kind("change-swapped", "figures.direction-mismatch",
                "the two figures of a change typed in the wrong order: 从35.5%提升到17.9%", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(由|从)(\\d+(?:\\.\\d+)?)(%|万|亿|个|元|万人)?(提高|提升|增加|增长|扩大|下降|降低|减少|压减|缩小)(到|至)(\\d+(?:\\.\\d+)?)"),
                        m -> m.group(2).equals(m.group(6)) ? null
                                : m.group(1) + m.group(6) + (m.group(3) == null ? "" : m.group(3)) + m.group(4) + m.group(5) + m.group(2))));
        k.add(new Kind("formulation-miscounted", "figures.formulation-count",
                "a fixed formulation with the wrong number: 三个自信", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=“?)([两二三四五])(?=个自信|个意识|个维护|个确立|个全面|育并举|会一课)"),
                        m -> m.group().equals("四") ? "三" : m.group().equals("两") ? "三" : m.group().equals("五") ? "四" : "四")));
        k.add(new Kind("formulation-wrong-member", "figures.formulation-member",
                "a member of a fixed formulation swapped for a look-alike: 五位一体 with 党的建设", Scope.LINE,
                (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    String[][] swaps = {{"五位一体", "社会建设", "党的建设"}, {"四个自信", "文化自信", "民族自信"},
                            {"四个意识", "看齐意识", "责任意识"}, {"四个全面", "全面依法治国", "全面对外开放"}};
                    for (String[] sw : swaps) {
                        s.addAll(inLine(l -> l.contains(sw[0]), Pattern.compile(sw[1] + "(?=[^。]{0,30}" + sw[0] + ")|(?<=" + sw[0] + "[^。]{0,6}[（：])([^。]{0,30})" + sw[1]),
                                m -> m.group().replace(sw[1], sw[2])).sites(kind, host));
                    }
                    return s;
                }));
        k.add(new Kind("part-over-total", "figures.parts-exceed-total",
                "a part after 其中 mistyped above its total (larger than every figure before 其中)", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(^|[。；])([^。；]*?)(?<![\\d.])(\\d+(?:\\.\\d+)?)(个|所|家|人|项|万人|亿元|万元|名|座|公里|万户|户)，其中([^，。；\\d]{1,12}?)(\\d+(?:\\.\\d+)?)(?=\\4)"),
                        m -> {
                            double most = Double.parseDouble(m.group(3));
                            Matcher n = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(m.group(2));
                            while (n.find()) most = Math.max(most, Double.parseDouble(n.group()));
                            double part = Double.parseDouble(m.group(6));
                            if (part >= Double.parseDouble(m.group(3))) return null; // not a part of that total to begin with
                            String wrong = m.group(6).contains(".") ? String.valueOf(Math.round((most + part) * 10) / 10.0) : String.valueOf((long) (most + part));
                            return m.group(1) + m.group(2) + m.group(3) + m.group(4) + "，其中" + m.group(5) + wrong;
                        })));

        // ---- punctuation ----
        k.add(new Kind("comma-half-width", "punctuation.half-width",
                "one comma typed with the input method in half-width mode", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<=\\p{IsHan})，(?=\\p{IsHan})"), m -> ",", true)));
        k.add(new Kind("half-width-throughout", "punctuation.half-width-throughout",
                "the whole draft typed in half-width mode: , : ; ( )", Scope.DOCUMENT_STATE,
                wholeText(h -> h.chars() < 40000, t -> t.replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')'),
                        "every ，：；（） made half-width")));
        k.add(new Kind("range-hyphen", "punctuation.range-dash",
                "a period of years typed with a hyphen: 2021-2025年", Scope.LINE,
                inLine(Planters::any, Pattern.compile("(?<=\\d{4})—(?=\\d{4}年)"), m -> "-")));
        k.add(new Kind("quote-close-lost", "punctuation.unpaired-mark",
                "a closing ” deleted while editing the quotation", Scope.LINE,
                inLine(l -> count(l, '“') == 1 && count(l, '”') == 1, Pattern.compile("”"), m -> "")));
        k.add(new Kind("title-close-lost", "punctuation.unpaired-mark",
                "a closing 》 deleted while editing a title", Scope.LINE,
                inLine(l -> count(l, '《') == 1 && count(l, '》') == 1, Pattern.compile("》"), m -> "")));

        // ---- residue: page chrome copied along with the text ----
        k.add(new Kind("chrome-toolbar-block", "residue.web-page-text",
                "a news page's toolbar, one button a line, pasted with the text", Scope.LINE,
                insertLines((h, i) -> List.of("下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"))));
        k.add(new Kind("chrome-print-close", "residue.web-page-text",
                "a print/close bar: 打印 | 关闭", Scope.LINE, insertLines((h, i) -> List.of("打印 | 关闭"))));
        k.add(new Kind("chrome-font-size", "residue.web-page-text",
                "a font-size switch: 【字号：大 中 小】", Scope.LINE, insertLines((h, i) -> List.of("【字号：大 中 小】"))));
        k.add(new Kind("chrome-source-time", "residue.web-page-text",
                "a byline: 来源：…时间：2026-02-02", Scope.LINE, insertLines((h, i) -> List.of("来源：新华网　　时间：2026-02-02 09:30"))));
        k.add(new Kind("chrome-breadcrumb", "residue.web-page-text",
                "a breadcrumb: 当前位置：首页 > 政务公开 > 正文", Scope.LINE, insertLines((h, i) -> List.of("当前位置：首页 > 政务公开 > 正文"))));
        k.add(new Kind("chrome-previous-next", "residue.web-page-text",
                "neighbour links: 上一篇：… 下一篇：…", Scope.LINE,
                insertLines((h, i) -> List.of("上一篇：" + h.lines().get(0).strip(), "下一篇：关于做好" + (2018 + i % 8) + "年春节期间有关工作的通知"))));
        k.add(new Kind("chrome-member-prompt", "residue.web-page-text",
                "a template site's member prompt inside a paragraph", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Site site : inLine(Planters::prose, Pattern.compile("(?<=。)(?=\\p{IsHan})"),
                            m -> "……(本文共6125字，剩余内容需开通VIP会员后阅读全文)……").sites(kind, host)) s.add(site);
                    return s;
                }));
        k.add(new Kind("chrome-share-qr", "residue.web-page-text",
                "a share bar and QR prompt: 分享到：微信 微博 / 扫一扫在手机打开当前页", Scope.LINE,
                insertLines((h, i) -> List.of("分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页"))));
        k.add(new Kind("chrome-editor", "residue.web-page-text",
                "an editor's line: 责任编辑：…", Scope.LINE, insertLines((h, i) -> List.of("（责任编辑：王晓明）"))));
        k.add(new Kind("residue-watermark", "residue.watermark",
                "a template site's name injected into a sentence, its footer at the end", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (Site site : inLine(Planters::prose, Pattern.compile("(?<=我)(?=[省市区县国])"), m -> "笔友范文网").sites(kind, host)) {
                        s.add(new Site(host, () -> {
                            Mutant m = site.make().get();
                            String text = m.text() + "\n本文来自 笔友范文网 (http://www.biyou.example.com/) 转载请注明出处\n";
                            return new Mutant(kind, host, text, m.line(), m.originalLine(), m.what() + " + footer naming the site");
                        }));
                    }
                    return s;
                }));

        // ---- text ----
        k.add(new Kind("word-doubled", "text.doubled-word",
                "a word typed twice after a cut and paste: 推动推动", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("推动|加强|推进|坚持|深化|完善|提升|实施|落实|促进|高质量|现代化|体制机制|人民群众"), m -> m.group() + m.group())));
        k.add(new Kind("mojibake", "text.garbled",
                "UTF-8 text read as GBK: 鍏充簬", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<=，)\\p{IsHan}{4}"),
                        m -> new String(m.group().getBytes(StandardCharsets.UTF_8), Charset.forName("GBK")))));
        k.add(new Kind("replacement-chars", "text.garbled",
                "characters lost in a conversion, left as U+FFFD", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<=\\p{IsHan})\\p{IsHan}{2}(?=\\p{IsHan}{2}。)"), m -> "\uFFFD\uFFFD")));
        k.add(new Kind("pinyin-left", "text.pinyin-annotation",
                "pinyin left by a converter after polyphonic characters: 发(fā)展", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("发(?=展)|质(?=量)|重(?=要|点)|长(?=期|效)"),
                        m -> m.group() + switch (m.group()) {
                            case "发" -> "(fā)";
                            case "质" -> "(zhì)";
                            case "重" -> "(zhòng)";
                            default -> "(cháng)";
                        })));
        k.add(new Kind("paragraph-pasted-twice", "text.repeated-paragraph",
                "a paragraph pasted twice", Scope.LINE, (kind, host) -> {
                    List<Site> s = new ArrayList<>();
                    for (int i = 1; i < host.lines().size(); i++) {
                        if (!prose(host.lines().get(i))) continue;
                        int at = i;
                        s.add(new Site(host, () -> {
                            List<String> lines = host.edit();
                            lines.add(at + 1, lines.get(at));
                            return Mutant.of(kind, host, lines, at + 2, 0, "line " + (at + 1) + " pasted again below itself");
                        }));
                    }
                    return s;
                }));
        k.add(new Kind("clause-traditional", "text.traditional-character",
                "a clause pasted from a traditional-character source", Scope.LINE,
                inLine(Planters::prose, Pattern.compile("(?<=，)[^，。；]{6,20}(?=[，。；])"), m -> {
                    String t = toTraditional(m.group());
                    return differing(m.group(), t) >= 2 ? t : null;
                })));
        k.add(new Kind("document-traditional", "text.traditional-document",
                "the whole draft run through a traditional converter", Scope.DOCUMENT_STATE,
                wholeText(h -> h.chars() < 40000, Mutations::toTraditional, "whole text converted to traditional characters")));
        k.add(new Kind("clause-simplified", "text.simplified-character",
                "a clause in simplified characters inside a traditional document (rule enabled)", Scope.LINE,
                inLine(l -> prose(l) && differing(l, toSimplified(l)) > 5, Pattern.compile("(?<=，)[^，。；]{6,20}(?=[，。；])"), m -> {
                    String t = toSimplified(m.group());
                    return differing(m.group(), t) >= 2 ? t : null;
                })));
        return k;
    }

    // ---- helpers of the planters ----

    private static Kind.Planter runEdit(int minSize, java.util.function.BiPredicate<Run, Integer> which,
                                        java.util.function.BiFunction<Run, Integer, Integer> newNumber) {
        return (kind, host) -> {
            List<Site> s = new ArrayList<>();
            for (Run r : new HeadingSketch(host.lines()).runs) {
                if (r.size() < minSize) continue;
                int i = 1 + (r.get(0).line() % (r.size() - 1));
                if (!which.test(r, i)) continue;
                Heading h = r.get(i);
                int n = newNumber.apply(r, i);
                s.add(new Site(host, () -> {
                    List<String> lines = host.edit();
                    lines.set(h.line(), renumber(h, lines.get(h.line()), n));
                    return Mutant.of(kind, host, lines, h.line() + 1, h.line() + 1, h.marker() + " renumbered " + n);
                }));
            }
            return s;
        };
    }

    private static String renumber(Heading h, String line, int n) {
        String marker = switch (h.level()) {
            case 1 -> HeadingSketch.chinese(n) + "、";
            case 2 -> "（" + HeadingSketch.chinese(n) + "）";
            default -> n + h.marker().substring(h.marker().length() - 1);
        };
        return marker + line.substring(h.markerEnd());
    }

    private static Mutant replaceMarker(Kind kind, Host host, Heading h, String marker) {
        List<String> lines = host.edit();
        lines.set(h.line(), marker + lines.get(h.line()).substring(h.markerEnd()));
        return Mutant.of(kind, host, lines, h.line() + 1, h.line() + 1, "“" + h.marker() + "”→“" + marker + "”");
    }

    /** Deletes the first line matching {@code p} in [from, to) (negative from: counted from the end). */
    private static Kind.Planter deleteLine(java.util.function.Predicate<Host> where, int from, int to, Pattern p) {
        return (kind, host) -> {
            if (!where.test(host)) return List.of();
            int n = host.lines().size();
            int a = from < 0 ? Math.max(0, n + from) : from, b = to <= 0 ? n : Math.min(n, to);
            for (int i = a; i < b; i++) {
                if (!p.matcher(host.lines().get(i)).find()) continue;
                int at = i;
                return List.of(new Site(host, () -> {
                    List<String> lines = host.edit();
                    lines.remove(at);
                    return Mutant.of(kind, host, lines, 1, 1, "deleted line " + (at + 1) + " “" + host.lines().get(at).strip() + "”");
                }));
            }
            return List.of();
        };
    }

    /**
     * An outline (目录) of the top-level headings put after the title, as drafts carry them, and then
     * either one body part deleted or one body heading reworded. Expected at the outline entry.
     */
    private static Kind.Planter outline(boolean dropPart) {
        return (kind, host) -> {
            HeadingSketch sk = new HeadingSketch(host.lines());
            List<Site> s = new ArrayList<>();
            for (Run r : sk.runs) {
                if (r.level() != 1 || r.size() < 3 || r.parentLine() >= 0) continue;
                if (r.items().stream().anyMatch(h -> host.lines().get(h.line()).length() > 40)) continue;
                int i = 1 + r.get(0).line() % (r.size() - 1);
                s.add(new Site(host, () -> {
                    List<String> body = host.edit();
                    Heading h = r.get(i);
                    String what;
                    if (dropPart) {
                        body.subList(h.line(), r.sectionEnd(i)).clear();
                        what = "outline added; body part " + h.marker() + " deleted";
                    } else {
                        body.set(h.line(), h.marker() + "持续加强自身建设");
                        what = "outline added; body heading " + h.marker() + " reworded";
                    }
                    List<String> lines = new ArrayList<>();
                    lines.add(body.get(0));
                    lines.add("目录：");
                    for (Heading e : r.items()) lines.add(host.lines().get(e.line()).strip());
                    lines.addAll(body.subList(1, body.size()));
                    int entry = 2 + i; // 0-based: title, 目录：, entries
                    return Mutant.of(kind, host, lines, entry + 1, 0, what);
                }));
            }
            return s;
        };
    }

    private static int count(String numeral) {
        return numeral.equals("两") ? 2 : CN.indexOf(numeral) + 1;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static final Pattern DOC_NUMBER = Pattern.compile("^\\s*[\\p{IsHan}]{1,12}〔\\d{4}〕\\d+号\\s*$");
    private static final Pattern NOTICE_TITLE = Pattern.compile("(?:通知|通报)\\s*$");

    /** Whether the host's 发文字号 stands above its title, in a 版头. */
    private static boolean numberAboveTitle(Host host) {
        for (String line : host.lines()) {
            if (DOC_NUMBER.matcher(line).find()) return true;
            if (NOTICE_TITLE.matcher(line).find()) return false;
        }
        return false;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int differing(String a, String b) {
        int n = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) if (a.charAt(i) != b.charAt(i)) n++;
        return n;
    }

    private static final ThreadLocal<Transliterator> TO_HANT = ThreadLocal.withInitial(() -> Transliterator.getInstance("Hans-Hant"));
    private static final ThreadLocal<Transliterator> TO_HANS = ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    static String toTraditional(String s) {
        return TO_HANT.get().transliterate(s);
    }

    static String toSimplified(String s) {
        return TO_HANS.get().transliterate(s);
    }
}
