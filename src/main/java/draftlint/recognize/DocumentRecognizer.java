package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first paragraphs and guesses the document kind from the genre word
 * it ends with (…的通知, …上的讲话, …调研报告, …工作要点, …工作总结, …汇编). A kind given with
 * {@code --kind} wins over the guess.
 */
public final class DocumentRecognizer implements Recognizer {
    /** Titles stand near the top, after at most a site header or an outline of a few dozen lines. */
    private static final int TITLE_WINDOW = 50;
    /** A line that opens with an ordinal is a heading or an outline entry, not the title. */
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
    private static final int TITLE_MAX = 80;
    private static final Pattern LABEL = Pattern.compile("^(?:标题|標題|题目|題目)\\s*[:：]\\s*");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("[(（][^()（）]{0,8}[)）]$");
    /** Checked in this order: the most specific genre word first. */
    private static final List<KindPattern> KINDS = List.of(
            new KindPattern("compilation", "(?:汇编|彙編|匯編)$"),
            new KindPattern("notice", "(?:通知|通報|通报)$"),
            new KindPattern("report", "(?:调研报告|調研報告|调查报告|調查報告|考察报告|考察報告)$"),
            new KindPattern("speech", "(?:讲话|講話|发言|發言|致辞|致辭|讲稿|講稿|主持词|主持詞)(?:稿)?$"),
            new KindPattern("plan", "(?:要点|要點|计划|計劃|方案|规划|規劃)$"),
            new KindPattern("summary", "(?:总结|總結|工作报告|工作報告|情况报告|情況報告|报告|報告)$"));

    private final String forcedKind;

    /** @param forcedKind the kind given on the command line, or null to guess */
    public DocumentRecognizer(String forcedKind) {
        this.forcedKind = forcedKind == null || forcedKind.equals("auto") ? null : forcedKind;
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        String title = "";
        int titleIndex = -1;
        String guessed = "unknown";
        List<Block> blocks = draft.blocks();
        for (int i = 0; i < Math.min(TITLE_WINDOW, blocks.size()) && titleIndex < 0; i++) {
            String text = titleText(blocks.get(i).text());
            if (text.isEmpty() || text.length() > TITLE_MAX || ORDINAL.matcher(text).find() || text.contains("。")
                    || facts.overlapsResidue(i, 0, 1)) {
                continue;
            }
            for (KindPattern kind : KINDS) {
                if (kind.pattern.matcher(text).find()) {
                    title = text;
                    titleIndex = i;
                    guessed = kind.name;
                    break;
                }
            }
        }
        String kind = forcedKind != null ? forcedKind : guessed;
        facts.add(new Document(draft.path(), draft.format().name().toLowerCase(Locale.ROOT), kind, forcedKind == null,
                title, titleIndex, blocks.size()));
    }

    private static String titleText(String text) {
        String t = LABEL.matcher(text.strip()).replaceFirst("");
        Matcher suffix = COUNT_SUFFIX.matcher(t);
        return suffix.find() ? t.substring(0, suffix.start()).strip() : t;
    }

    private record KindPattern(String name, Pattern pattern) {
        KindPattern(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
