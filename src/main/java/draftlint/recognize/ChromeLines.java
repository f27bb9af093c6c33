package draftlint.recognize;

import java.util.regex.Pattern;

/**
 * Tells which lines of a text are page chrome, each line judged with its neighbours. Some lines
 * are chrome by their own shape ({@link PageChrome#wholeParagraphKind}: a toolbar, a dated byline,
 * a photo caption); others are interface words that a document may also hold as a short line
 * ({@code 下载}, {@code 】}, {@code 来源：北京日报}, {@code 首页}, see {@link PageChrome#interfaceKind}).
 * Those count only as part of a run of interface lines that holds a line of the first sort, or
 * that stands at the very top or bottom of the text, where a page puts its toolbars and tails (but
 * a section name alone at the top may be a bulletin's name, 政务信息 / 第12期).
 * So a toolbar of nine lines is chrome as a whole, and a lone short line of a report is not.
 */
final class ChromeLines {
    /** A breadcrumb label longer than this is no crumb (it may be the article's title). */
    private static final int CRUMB_MAX = 12;
    /** Buttons in a row of their own lines that make a toolbar without any other sign (下载 / 打印 / 全屏). */
    private static final int BUTTON_RUN = 3;
    /** A page's headline is a title, not a paragraph. */
    private static final int HEADLINE_MAX = 60;
    /** The shortest title of the article that the page's headline may be found to repeat (政府工作报告). */
    private static final int TITLE_MIN = 4;
    /** Lines below the last chrome that may be the page's repeated title and description. */
    private static final int TAIL_MAX = 3;
    /** The id a page's list of links puts before a title: a long run of hex digits (abcd39f1fb7f426d…:). */
    private static final Pattern LINK_ID = Pattern.compile("[0-9a-fA-F]{16,}[:：]?");

    private ChromeLines() {
    }

    /**
     * The residue kind of each line (folded to simplified, stripped), or null for a line of the
     * document.
     */
    static String[] kinds(String[] lines) {
        int n = lines.length;
        String[] strong = new String[n];
        String[] weak = new String[n];
        for (int i = 0; i < n; i++) {
            strong[i] = PageChrome.wholeParagraphKind(lines[i]);
            if (strong[i] == null) weak[i] = PageChrome.interfaceKind(lines[i]);
        }
        markSplitBreadcrumbs(lines, strong, weak);
        // A label alone on its line (来源：, 责任编辑：) has its value on the next (陕西省人民政府, 李莎莎),
        // whether the label is chrome by itself (责任编辑：) or only in context (来源：).
        for (int i = 0; i + 1 < n; i++) {
            if ((strong[i] != null || weak[i] != null) && PageChrome.isBareField(lines[i]) && strong[i + 1] == null && weak[i + 1] == null
                    && PageChrome.isFieldValue(lines[i + 1])) {
                weak[i + 1] = "byline";
            }
        }
        // Buttons each on a line of their own: three in a row are a toolbar, whatever stands around them.
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && "toolbar".equals(weak[j]) && strong[j] == null) j++;
            if (j - i >= BUTTON_RUN) {
                for (int k = i; k < j; k++) strong[k] = weak[k];
            }
            i = Math.max(j, i + 1);
        }
        String[] kinds = new String[n];
        int first = 0;
        while (first < n && lines[first].isBlank()) first++;
        int last = n - 1;
        while (last >= 0 && lines[last].isBlank()) last--;
        for (int i = 0; i < n; ) {
            if (strong[i] == null && weak[i] == null) {
                i++;
                continue;
            }
            int j = i;
            boolean anchored = false;
            boolean sectionsOnly = true;
            while (j < n && (strong[j] != null || weak[j] != null)) {
                anchored |= strong[j] != null;
                sectionsOnly &= PageChrome.isSiteSection(lines[j]);
                j++;
            }
            anchored |= (i <= first || j - 1 >= last) && !sectionsOnly;
            if (anchored) {
                for (int k = i; k < j; k++) kinds[k] = strong[k] != null ? strong[k] : weak[k];
            }
            i = j;
        }
        markHeadlines(lines, kinds);
        markLinkLists(lines, kinds);
        markRepeatedTail(lines, kinds);
        return kinds;
    }

    /**
     * A breadcrumb split over lines ({@code 首页} / {@code >} / {@code 政务信息} / {@code >} / {@code 宁夏要闻}):
     * the home page, then separators each followed by a short label. The whole trail is chrome.
     */
    private static void markSplitBreadcrumbs(String[] lines, String[] strong, String[] weak) {
        for (int i = 0; i + 2 < lines.length; i++) {
            if (!PageChrome.isHomeCrumb(lines[i]) || !PageChrome.isCrumbSeparator(lines[i + 1])) continue;
            int j = i;
            while (j + 2 < lines.length && PageChrome.isCrumbSeparator(lines[j + 1]) && isCrumb(lines[j + 2])) j += 2;
            if (j == i) continue;
            // The page repeats the trail's last crumb as its section heading (… > 云南要闻 / 云南要闻).
            while (j + 1 < lines.length && lines[j + 1].strip().equals(lines[j].strip())) j++;
            for (int k = i; k <= j; k++) {
                strong[k] = "navigation";
                weak[k] = null;
            }
            i = j;
        }
    }

    /**
     * The list of links under a page's "related" heading (相关链接>> / 8c1f…: / 一篇报道的标题 / …):
     * short title lines and the id lines a page puts before them, down to the chrome or the end of
     * the text. A list that runs into prose (a section 相关链接 followed by the document's text) is
     * left alone: only a list that ends in chrome or at the bottom of the text is a page's.
     */
    private static void markLinkLists(String[] lines, String[] kinds) {
        int n = lines.length;
        for (int i = 0; i < n; i++) {
            if (!"navigation".equals(kinds[i]) || !PageChrome.isRelatedHeading(lines[i])) continue;
            int j = i + 1;
            while (j < n && kinds[j] == null && (lines[j].isBlank() || isLinkTitle(lines[j]))) j++;
            if (j == i + 1 || j < n && kinds[j] == null) continue;
            for (int k = i + 1; k < j; k++) {
                if (!lines[k].isBlank()) kinds[k] = "navigation";
            }
            i = j - 1;
        }
    }

    /**
     * Below the page's last chrome, a page may print its title and the opening of the article once
     * more (its meta title and description: 关闭窗口 / 2026年四川省人民政府工作报告 / 各位代表：现在，我代表…).
     * A line there that repeats the text above, word for word (one line, or two consecutive lines
     * run together, perhaps cut short), is the page's, not the document's: a document's own ending
     * does not repeat its opening. Only a few lines, and only when chrome stands right above them.
     */
    private static void markRepeatedTail(String[] lines, String[] kinds) {
        int n = lines.length;
        int last = n - 1;
        while (last >= 0 && lines[last].isBlank()) last--;
        int chrome = last;
        while (chrome >= 0 && kinds[chrome] == null && last - chrome < TAIL_MAX) chrome--;
        if (chrome < 0 || chrome == last || kinds[chrome] == null) return;
        for (int i = chrome + 1; i <= last; i++) {
            if (!lines[i].isBlank() && !repeatsAbove(lines, i, chrome)) return;
        }
        for (int i = chrome + 1; i <= last; i++) {
            if (!lines[i].isBlank()) kinds[i] = "footer";
        }
    }

    /** Whether line {@code i} repeats a line above {@code before}, or two consecutive ones run together. */
    private static boolean repeatsAbove(String[] lines, int i, int before) {
        String line = lines[i].strip();
        if (line.codePointCount(0, line.length()) < TITLE_MIN) return false;
        for (int k = 0; k < before; k++) {
            String above = lines[k].strip();
            if (above.isEmpty()) continue;
            if (above.equals(line)) return true;
            String joined = k + 1 < before ? above + lines[k + 1].strip() : above;
            if (line.length() > above.length() && joined.startsWith(line)) return true;
        }
        return false;
    }

    /** A line of a list of links: an article's title (no full stop) or the id a page gives it (abcd39f1…:). */
    private static boolean isLinkTitle(String line) {
        String bare = line.strip();
        return bare.codePointCount(0, bare.length()) <= HEADLINE_MAX && !bare.contains("。") || LINK_ID.matcher(bare).matches();
    }

    private static boolean isCrumb(String line) {
        return !line.isBlank() && line.codePointCount(0, line.length()) <= CRUMB_MAX && PageChrome.isFieldValue(line)
                && !PageChrome.isCrumbSeparator(line);
    }

    /**
     * The page's headline between its breadcrumb and its byline ({@code 2026年宁夏回族自治区政府工作报告}
     * between {@code 宁夏要闻} and {@code 发表时间：}) is chrome when the article below the chrome
     * carries its own title and the headline is a longer form of it ({@code 政府工作报告}): the
     * document keeps its own title, not the page's. A headline that is the title word for word is
     * left to the rule on repeated paragraphs, which reports the second of two equal lines.
     */
    private static void markHeadlines(String[] lines, String[] kinds) {
        int n = lines.length;
        for (int i = 1; i + 1 < n; i++) {
            if (kinds[i] != null || kinds[i - 1] == null || kinds[i + 1] == null) continue;
            String headline = lines[i].strip();
            if (headline.isEmpty() || headline.codePointCount(0, headline.length()) > HEADLINE_MAX || headline.contains("。")) continue;
            int k = i + 1;
            while (k < n && (kinds[k] != null || lines[k].isBlank())) k++;
            if (k >= n) continue;
            String title = lines[k].strip();
            if (title.codePointCount(0, title.length()) >= TITLE_MIN && headline.endsWith(title)
                    && !headline.equals(title)) kinds[i] = "navigation";
        }
    }
}
