package draftlint.recognize;

import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document's own residue gave away: the site beside its URL ({@code 老秘网_材夜思范文
 * (http://caiyes.cn/)}), after a greeting ({@code 欢迎光临 …}), any word ending in 网 in page
 * chrome ({@code 位置: 中考网 >}), and the labels of a breadcrumb ({@code 首页 > 公文汇编}). Once
 * learned they tell residue that has no shape of its own: a line that is only the site's name,
 * or the name injected into a sentence ({@code 我老秘网市}).
 */
final class SiteNames {
    private static final Pattern GREETING = Pattern.compile("(?:欢迎光临|欢迎访问)\\s*([" + HanCharacters.HAN + "_]{2,16})");
    private static final Pattern NET_NAME = Pattern.compile(HanCharacters.HAN + "{2,7}网");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("[>›»:：]");
    /** Breadcrumb labels that every site has and that are no name of this one. */
    private static final Set<String> COMMON_CRUMBS = Set.of("首页", "返回首页", "网站首页", "正文", "位置", "当前位置", "您的位置");
    /** A breadcrumb label longer than this may be the article's own title: never strike that. */
    private static final int CRUMB_MAX = 8;
    private static final List<String> NET_WORDS = BuiltInFiles.list("residue/net-words");

    /** What stands beside a name on its line: spaces, bars, brackets. */
    private static final Pattern NOT_NAME = Pattern.compile("[\\s|｜()（）]");
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> crumbs = new LinkedHashSet<>();

    /** Learns from a stretch of residue (folded to simplified) what names it gives away. */
    void learnFrom(String residue, String kind) {
        Matcher url = PageChrome.URL.matcher(residue);
        while (url.find()) {
            addName(tokenBefore(residue, url.start()));
            addName(tokenAfter(residue, url.end()));
        }
        Matcher greeting = GREETING.matcher(residue);
        while (greeting.find()) addName(greeting.group(1));
        Matcher net = NET_NAME.matcher(residue);
        while (net.find()) {
            if (!endsWord(residue, net.end())) addName(net.group());
        }
        if (kind.equals("navigation")) {
            for (String label : residue.split("[>›»]")) {
                String[] parts = CRUMB_SEPARATOR.split(label);
                String crumb = parts[parts.length - 1].strip();
                if (crumb.codePointCount(0, crumb.length()) <= CRUMB_MAX && crumb.length() >= 2 && !COMMON_CRUMBS.contains(crumb)
                        && crumb.codePoints().allMatch(HanCharacters::isHan)) {
                    crumbs.add(crumb);
                }
            }
        }
    }

    /** Whether a whole paragraph (folded) is nothing but a learned name, a URL or a breadcrumb label. */
    boolean isNameLine(String folded) {
        if (names.isEmpty() && crumbs.isEmpty()) return false; // nothing learned (most drafts); asked of every paragraph
        String bare = PageChrome.URL_NEEDLES.in(folded) ? PageChrome.URL.matcher(folded).replaceAll("") : folded;
        bare = NOT_NAME.matcher(bare).replaceAll("");
        return !bare.isEmpty() && (names.contains(bare) || crumbs.contains(bare));
    }

    /** Names that can be injected into prose: those of a web site (…网), three chars or more. */
    Set<String> watermarks() {
        Set<String> marks = new LinkedHashSet<>();
        for (String name : names) {
            if (name.endsWith("网") && name.length() >= 3) marks.add(name);
        }
        return marks;
    }

    /**
     * Whether the name's 网 begins a word with the character after it (中考网上报名): then the
     * text means the words, not the site.
     */
    static boolean endsWord(String text, int end) {
        if (end >= text.length()) return false;
        return NET_WORDS.contains("网" + text.charAt(end));
    }

    private void addName(String token) {
        if (token.length() < 2) return;
        names.add(token);
        for (String part : token.split("_")) {
            if (part.length() >= 2) names.add(part);
        }
    }

    private static String tokenBefore(String text, int at) {
        int end = at;
        while (end > 0 && " (（".indexOf(text.charAt(end - 1)) >= 0) end--;
        int start = end;
        while (start > 0 && isNameChar(text.charAt(start - 1))) start--;
        return text.substring(start, end);
    }

    /** A name after a URL stands apart from it ({@code http://… 中考网}); glued on, it is the next word. */
    private static String tokenAfter(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') return "";
        int start = at;
        while (start < text.length() && " )）".indexOf(text.charAt(start)) >= 0) start++;
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) end++;
        return text.substring(start, end);
    }

    private static boolean isNameChar(char c) {
        return HanCharacters.isHan(c) || c == '_';
    }
}
