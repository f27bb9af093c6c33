package draftlint.recognize;

import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;
import draftlint.text.Needles;
import draftlint.text.Openers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a web page wraps around an article: footers, navigation, pagers, bylines, toolbars,
 * member prompts, URLs. It reads text already folded to simplified characters, and knows each
 * kind by its shape and by the word lists in {@code rules/lists/residue/}, not by site names, so
 * that it also knows a site it has never seen.
 */
final class PageChrome {
    /** Page chrome is short; a paragraph longer than this is prose, whatever words it holds. */
    static final int CHROME_MAX = 120;
    /** A member prompt standing as a paragraph of its own is a line of a few words. */
    private static final int PROMPT_MAX = 60;
    private static final int TOOLBAR_MAX = 40;
    /** Han characters a toolbar may hold besides its buttons (大 中 小, 收藏). */
    private static final int TOOLBAR_LEFTOVER = 4;
    /** Han characters left when the URLs are taken out of a URL line: at most a site name. */
    private static final int URL_LINE_WORDS = 12;

    static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[A-Za-z0-9./?=&%#_:~+\\-]+"
                    + "|(?<![A-Za-z0-9.@])[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.(?:com|cn|net|org|gov|edu|cc|top|info|xyz)(?:\\.cn)?(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    /** Every URL holds a dot or the colon of its scheme. */
    static final Needles URL_NEEDLES = Needles.chars(".:");
    /** A URL opens with its scheme or www (letters), or a host name: a Latin letter, a digit or a hyphen. */
    static final Openers URL_OPENERS = new Openers("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");
    /** White space between words (a regex split compiles its pattern at every call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PAGER = Pattern.compile("(?:\\[\\d+]\\s*){2,}|[上下]一页|尾页");
    /** Only a crumb trail that starts at a home page: 申请 > 审核 > 公示 is a procedure. */
    private static final Pattern BREADCRUMB = Pattern.compile("首页\\s*[>›»]");
    /** A greeting is a footer only beside a sign of the site (欢迎光临 老秘网 (http://…)), not 欢迎光临指导. */
    private static final Pattern SITE_GREETING = Pattern.compile("(?:欢迎光临|欢迎访问).*?(?:网|本站|https?://|www\\.|\\.(?:com|cn|net))");
    /**
     * A paywall's grammar: an access word, then 后/可/才能…, then what it unlocks (会员登录后免费下载,
     * 正式会员可完整阅读); a heading like 开展会员读书阅读活动 lacks the middle.
     */
    private static final String PAYWALL_LINK = "(?:后|可|才能|才可|即可|免费|立即)";
    /** The line left when a truncation tail's bracket is closed after the title: 收藏《…》) */
    private static final Pattern COLLECT_TITLE = Pattern.compile("(?:收藏|打印|分享)《[^《》]{1,80}》[)）]?");
    private static final Pattern TRUNCATION = Pattern.compile(
            "[(（]?\\s*未完[,，、]?\\s*全文共\\d+字|全文共\\d+字[,，]\\s*当前仅显示|当前仅显示\\d+字");
    /** Every truncation notice holds 全文共 or 当前仅显示 (全 and 当 alone are in most paragraphs). */
    private static final Needles TRUNCATION_NEEDLES = Needles.words("全文共", "当前仅显示");
    private static final Pattern OMITTED = Pattern.compile("省略\\d+字");
    /** Web-style times and dates: what tells a page's byline from a report's cover (作者：… 时间：2024年5月). */
    private static final Pattern WEB_TIME = Pattern.compile("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}:\\d{2}");
    /** A full web date (2026-02-11): a document writes 2026年2月11日, a page's byline the digits. */
    private static final Pattern WEB_DATE = Pattern.compile("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}");
    /**
     * A line that is only a page's time stamp, perhaps with the source's name (2026-01-31 07:00:44,
     * 2024-10-28 07:43:00 德育素材网): the clock tells it from a table's date.
     */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[^\\s，。；：,;:]{1,12})?");
    /**
     * A photo's credit ends its caption: a reporter's name and 摄 (本报记者 戴冰摄, 本报全媒体记者 林 君摄,
     * 新疆日报记者谢龙摄). A report's own text never ends a line on a photographer.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:记者|通讯员|摄影)\\s*[" + HanCharacters.HAN + "·]{1,5}(?:\\s+[" + HanCharacters.HAN + "·]{1,3})?\\s*摄[)）]?$");
    /**
     * A caption that lost its credit: one clause naming who delivers the report (省长赵刚作政府工作报告).
     * No comma and no 我: the report's own 我代表…向大会作报告。 is a sentence, not a caption; and
     * no leading 在 or dash: ——在全市经济工作会议上作工作报告 is a speech's subtitle.
     */
    /**
     * A caption whose credit names the paper's reporter without 摄 (…作政府工作报告。新甘肃·甘肃日报记者 盛学卿):
     * a medium (…报, …社, …台, …网) and its 记者, then a name and nothing after it. Prose names a
     * reporter only with more words (接受记者采访, 新华社记者朋友们), and ends on a full stop; so the
     * name must stand apart (记者 盛学卿) or follow the caption's sentence (…报告。本报记者张三).
     */
    private static final Pattern REPORTER_CREDIT = Pattern.compile(
            "(?:^|。)[^。]{0,20}?(?:报|社|台|网|融媒体中心)(?:全媒体)?记者(?:[\\s\u3000]+|(?<=。[^。]{0,30}))"
                    + "[" + HanCharacters.HAN + "·]{2,4}(?:[\\s\u3000]+[" + HanCharacters.HAN + "·]{1,3})?$");
    private static final Pattern REPORT_CAPTION = Pattern.compile("(?!在)[^，,。；;：:我“”《》—－\\-(（]{2,24}作(?:政府)?工作报告。?");
    /** Where the text says it was taken from elsewhere (本文来源于…，仅供参考). */
    private static final Pattern SOURCE_NOTE = Pattern.compile("^本文(?:来源于|来自|转载自|转自)");
    /** A date with a clock, as pages stamp an article (2026年02月02日 09:20); alone on a line it is chrome only in context. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}(?::\\d{2}(?::\\d{2})?|时\\d{1,2}分(?:\\d{1,2}秒)?)");
    private static final int CAPTION_MAX = 120;
    /** Interface lines are a few words; a line longer than this is no button or field. */
    private static final int INTERFACE_MAX = 30;
    /** The value of a byline field (来源：北京日报, 编辑：何继红) is a name, not a clause. */
    private static final int FIELD_VALUE_MAX = 20;
    /** Breaks between the words of a toolbar: white space, brackets, colons, bars. */
    private static final Pattern BUTTON_BREAK = Pattern.compile("[\\s【】\\[\\]()（）:：|｜/、,，]+");
    /**
     * A line that is only a bracket, a bar, a close mark or a crumb separator (】, |, ×, >): what is
     * left of a toolbar, a share box or a trail split over lines.
     */
    private static final Pattern NO_WORD = Pattern.compile("[\\s【】\\[\\]>›»/|｜×✕]+");
    /**
     * A promotion link in reversed angle brackets (》》点击图片进入专题《《, >>更多<<): a page's arrows;
     * a document's 《》 open before they close.
     */
    private static final Pattern PROMO_LINK = Pattern.compile("(?:》》|>>|»)\\s*[^。《》<>]{1,30}?\\s*(?:《《|<<|«)");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("[>›»/]+");
    private static final Pattern BRACKET = Pattern.compile("[【】\\[\\]]");
    /** The bar a page draws between the links of a toolbar (打印 | 关闭). */
    private static final Pattern LINK_BAR = Pattern.compile("[|｜]");
    /** Words that introduce a URL the document means to give (报名网址：…). */
    private static final Pattern URL_INTRODUCED = Pattern.compile("网址|网站|链接|地址|邮箱|平台|下载|登录|访问|详见");

    private static final List<String> FOOTER = BuiltInFiles.list("residue/footer");
    private static final List<String> NAVIGATION = BuiltInFiles.list("residue/navigation");
    private static final List<String> TOOLBAR = BuiltInFiles.list("residue/toolbar");
    private static final List<String> MEMBER_PROMPTS = BuiltInFiles.list("residue/member-prompts");
    private static final List<String> MEMBER_ACCESS = BuiltInFiles.list("residue/member-access");
    private static final List<String> MEMBER_CONTENT = BuiltInFiles.list("residue/member-content");
    private static final Pattern BYLINE_FIELD = field(BuiltInFiles.list("residue/byline-labels"));
    private static final Pattern COUNTER_FIELD = field(BuiltInFiles.list("residue/counter-labels"));
    /** Every byline or counter field ({@link #field}) ends with its colon. */
    private static final Needles FIELD_COLONS = Needles.chars(":：");
    private static final List<String> BUTTONS = BuiltInFiles.list("residue/buttons");
    private static final List<String> SITE_SECTIONS = BuiltInFiles.list("residue/site-sections");
    /** One byline field standing as a line, its value short or on the next line: 来源：北京日报, （来源：青海日报）, 发表时间：. */
    private static final Pattern SINGLE_FIELD = Pattern.compile("[（(]?(?:" + alternatives(longestFirst(concat(
            BuiltInFiles.list("residue/byline-labels"), BuiltInFiles.list("residue/counter-labels")))) + ")[为于是]?\\s*[:：]\\s*([^，。；：,;:]{0,"
            + FIELD_VALUE_MAX + "}?)\\s*[)）]?");
    private static final Pattern PAYWALL = Pattern.compile("(?:" + alternatives(MEMBER_ACCESS) + ")[^，。,;；]{0,6}?" + PAYWALL_LINK
            + "[^，。,;；]{0,6}?(?:" + alternatives(MEMBER_CONTENT) + ")");

    private PageChrome() {
    }

    /** A stretch of a paragraph's text and what kind of residue it is. */
    record Stretch(int start, int end, String kind) {
    }

    /**
     * The kind of residue a whole paragraph is ({@code footer}, {@code pager}, {@code navigation},
     * {@code byline}, {@code toolbar}, {@code member-prompt}, {@code url}), or null when it is not.
     */
    static String wholeParagraphKind(String folded) {
        int length = folded.codePointCount(0, folded.length());
        if (length <= CAPTION_MAX && isCaption(folded)) return "caption";
        if (length <= CHROME_MAX && SOURCE_NOTE.matcher(folded).find()) return "footer";
        if (length > CHROME_MAX || folded.endsWith("。")) return null;
        if (containsAny(folded, FOOTER) || SITE_GREETING.matcher(folded).find()) return "footer";
        if (PAGER.matcher(folded).find()) return "pager";
        if (containsLabel(folded, NAVIGATION) || BREADCRUMB.matcher(folded).find()
                || PROMO_LINK.matcher(folded.strip()).matches()) return "navigation";
        if (isByline(folded)) return "byline";
        if (length <= INTERFACE_MAX && (isDatedField(folded) || TIME_STAMP.matcher(folded).matches())) return "byline";
        if (COLLECT_TITLE.matcher(folded).matches()) return "toolbar";
        if (length <= INTERFACE_MAX && isButtonBar(folded)) return "toolbar";
        if (length <= TOOLBAR_MAX && isToolbar(folded)) return "toolbar";
        if (length <= PROMPT_MAX && isMemberPrompt(folded)) return "member-prompt";
        if (isUrlLine(folded)) return "url";
        return null;
    }

    /**
     * The kind of page chrome a short line may be, judged only in context ({@link ChromeLines}):
     * one or two buttons ({@code 下载}, {@code 分享:}), a lone bracket or crumb separator, one byline
     * field ({@code 来源：北京日报}, a bare {@code 来源：}), a home crumb or a site's section name. Each
     * could be a short line of a document, so none of them is residue alone. Null when it is none.
     */
    static String interfaceKind(String folded) {
        if (folded.isBlank() || folded.codePointCount(0, folded.length()) > INTERFACE_MAX) return null;
        if (NO_WORD.matcher(folded).matches()) return CRUMB_SEPARATOR.matcher(folded.strip()).matches() ? "navigation" : "toolbar";
        if (buttons(folded) > 0) return "toolbar";
        if (SINGLE_FIELD.matcher(folded).matches() || DATE_LINE.matcher(folded.strip()).matches()) {
            return "byline";
        }
        String bare = folded.strip();
        if (isHomeCrumb(bare) || SITE_SECTIONS.contains(bare)) return "navigation";
        // A site's name and its home link (德育素材网 首页).
        String[] words = SPACES.split(bare);
        if (words.length == 2 && isHomeCrumb(words[1])) return "navigation";
        return null;
    }

    /**
     * Whether a line is only a site's section name (政务信息). Such a line is chrome only beside other
     * chrome: at the top of a text it may be the name of a bulletin (政务信息 / 第12期).
     */
    static boolean isSiteSection(String folded) {
        return SITE_SECTIONS.contains(folded.strip());
    }

    /** Whether a line is a byline label waiting for its value on the next line ({@code 来源：}, {@code 发表时间：}). */
    static boolean isBareField(String folded) {
        Matcher m = SINGLE_FIELD.matcher(folded);
        return m.matches() && m.group(1).isBlank();
    }

    /** Whether a line can be the value of a field whose label stood alone on the line before (陕西省人民政府). */
    static boolean isFieldValue(String folded) {
        return !folded.isBlank() && folded.codePointCount(0, folded.length()) <= FIELD_VALUE_MAX
                && folded.chars().noneMatch(c -> "，。；：,;:".indexOf(c) >= 0);
    }

    /** Whether a navigation line heads a list of links (相关链接>>, 相关报道：): the words say "related". */
    static boolean isRelatedHeading(String folded) {
        String bare = folded.strip();
        return bare.startsWith("相关") && bare.codePointCount(0, bare.length()) <= INTERFACE_MAX;
    }

    /** Whether a line is only the separator of a breadcrumb trail split over lines ({@code >}). */
    static boolean isCrumbSeparator(String folded) {
        return CRUMB_SEPARATOR.matcher(folded.strip()).matches();
    }

    /** Whether a line is the home page that starts a breadcrumb trail split over lines. */
    static boolean isHomeCrumb(String folded) {
        String bare = folded.strip();
        return bare.equals("首页") || bare.equals("网站首页") || bare.equals("主页");
    }

    /**
     * Residue inside a paragraph of prose: bracketed member prompts and toolbar buttons
     * ({@code ……(…省略807字,正式会员可完整阅读)……}, {@code [打印本页]}) and a truncation tail
     * ({@code ……(未完,全文共4299字…}) that runs to the paragraph's end.
     */
    static List<Stretch> inline(String folded) {
        List<Stretch> found = new ArrayList<>();
        for (int[] group : Brackets.groups(folded)) {
            String inside = folded.substring(group[0] + 1, group[1] - 1);
            String kind = OMITTED.matcher(inside).find() || isPaywallNotice(inside) ? "member-prompt"
                    : containsAny(inside, TOOLBAR) ? "toolbar" : null;
            if (kind != null) found.add(widen(folded, group[0], group[1], kind));
        }
        Matcher tail = TRUNCATION.matcher(folded);
        if (TRUNCATION_NEEDLES.in(folded) && tail.find()) found.add(widen(folded, tail.start(), folded.length(), "truncation"));
        return outermost(found);
    }

    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) return true;
        }
        return false;
    }

    /** Whether a label stands in the text as a label: not running on into more Chinese (上一篇章). */
    private static boolean containsLabel(String text, List<String> labels) {
        for (String label : labels) {
            for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
                int after = at + label.length();
                if (after == text.length() || !HanCharacters.isHan(text.charAt(after))) return true;
            }
        }
        return false;
    }

    private static boolean isCaption(String text) {
        // Each pattern only where its word is (Needles): every line of a draft up to 120 chars is asked.
        return text.contains("摄") && PHOTO_CREDIT.matcher(text).find()
                || text.contains("工作报告") && REPORT_CAPTION.matcher(text).matches()
                || !text.endsWith("。") && text.contains("记者") && REPORTER_CREDIT.matcher(text).find();
    }

    /** One byline field whose value is a web date (时间：2026-02-11): no document dates itself so. */
    private static boolean isDatedField(String text) {
        return FIELD_COLONS.in(text) && BYLINE_FIELD.matcher(text).find() && WEB_DATE.matcher(text).find();
    }

    /**
     * A bar of buttons on one line: only button words, three or more of them (下载 打印 全屏), or
     * buttons and brackets ({@code 【打印】【关闭】}, a control label {@code 【字号：}, {@code 【字体：大 中 小】}),
     * or two buttons parted by a bar ({@code 打印 | 关闭}): a page draws a bar between its links, a
     * document never writes two button words so.
     */
    private static boolean isButtonBar(String text) {
        int count = buttons(text);
        String bare = text.strip();
        return count >= 3 || count >= 1 && BRACKET.matcher(bare).find() || count >= 2 && LINK_BAR.matcher(bare).find();
    }

    /** How many button words a line is made of, or 0 when anything else stands in it. */
    private static int buttons(String text) {
        int count = 0;
        for (String word : BUTTON_BREAK.split(text.strip())) {
            if (word.isEmpty()) continue;
            if (!BUTTONS.contains(word) && !TOOLBAR.contains(word)) return 0;
            count++;
        }
        return count;
    }

    private static boolean isMemberPrompt(String text) {
        return containsAny(text, MEMBER_PROMPTS) || PAYWALL.matcher(text).find();
    }

    /** A bar of buttons: once its buttons are taken out, hardly a word is left (not 标题: … [打印本页]). */
    private static boolean isToolbar(String text) {
        String rest = text;
        for (String button : TOOLBAR) rest = rest.replace(button, "");
        return !rest.equals(text)
                && rest.codePoints().filter(HanCharacters::isHan).count() <= TOOLBAR_LEFTOVER;
    }

    /**
     * Inside brackets in prose the signs must be stronger than in a line of its own: a sentence may
     * say （登录平台阅读）, only a paywall says （正式会员可完整阅读）.
     */
    private static boolean isPaywallNotice(String text) {
        return containsAny(text, MEMBER_PROMPTS) || (text.contains("会员") || text.contains("VIP")) && containsAny(text, MEMBER_CONTENT);
    }

    private static boolean isByline(String text) {
        if (!FIELD_COLONS.in(text)) return false;
        if (COUNTER_FIELD.matcher(text).find()) return true;
        Matcher m = BYLINE_FIELD.matcher(text);
        int fields = 0;
        while (m.find()) fields++;
        return fields >= 2 && (WEB_TIME.matcher(text).find() || hasBracketedButton(text));
    }

    /** Whether a button stands in brackets in the line (【收藏】 作者: 佚名 来源: 作者原创): a page's, not a cover's. */
    private static boolean hasBracketedButton(String text) {
        for (int[] group : Brackets.groups(text)) {
            String inside = text.substring(group[0] + 1, group[1] - 1);
            if (buttons(inside) > 0 || containsAny(inside, TOOLBAR)) return true;
        }
        return false;
    }

    private static boolean isUrlLine(String text) {
        Matcher url = URL.matcher(text);
        if (!url.find() || URL_INTRODUCED.matcher(text).find()) return false;
        String rest = URL.matcher(text).replaceAll("");
        return rest.codePoints().filter(HanCharacters::isHan).count() <= URL_LINE_WORDS;
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** A label standing as a field: at the start or after a separator, then an optional 为/于 and a colon. */
    private static Pattern field(List<String> labels) {
        return Pattern.compile("(?:^|[\\s|｜/·,，;；(（【\\[])(?:" + alternatives(longestFirst(labels)) + ")[为于是]?\\s*[:：]");
    }

    /** Labels longest first, so that 发布时间 is matched before 时间. */
    private static List<String> longestFirst(List<String> labels) {
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Takes in the ellipses and spaces around a stretch: {@code ……(…)……} goes as one. */
    private static Stretch widen(String text, int start, int end, String kind) {
        int s = start;
        while (s > 0 && isFiller(text.charAt(s - 1))) s--;
        int e = end;
        while (e < text.length() && isFiller(text.charAt(e))) e++;
        return new Stretch(s, e, kind);
    }

    private static boolean isFiller(char c) {
        return c == '…' || c == ' ' || c == '\u3000' || c == '\t' || c == '⋯';
    }

    private static List<Stretch> outermost(List<Stretch> found) {
        found.sort(Comparator.comparingInt(Stretch::start).thenComparing(s -> -s.end()));
        List<Stretch> kept = new ArrayList<>();
        int reach = -1;
        for (Stretch s : found) {
            if (s.start() < reach) continue;
            kept.add(s);
            reach = s.end();
        }
        return kept;
    }
}
