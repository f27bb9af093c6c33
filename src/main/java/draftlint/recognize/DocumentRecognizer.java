package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.kind.Kind;
import draftlint.kind.Kinds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first paragraphs and guesses the document kind from the genre word
 * it ends with (…的通知, …上的讲话, …调研报告, …工作要点, …工作总结, …汇编), as the kind files
 * declare them ({@code title:} in {@code rules/kinds/*.kind}). A kind given with {@code --kind}
 * wins over the guess.
 */
public final class DocumentRecognizer implements Recognizer {
    /** Titles stand near the top, after at most a site header or an outline of a few dozen lines. */
    private static final int TITLE_WINDOW = 50;
    /** A line that opens with an ordinal is a heading or an outline entry, not the title. */
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
    private static final int TITLE_MAX = 80;
    private static final Pattern LABEL = Pattern.compile("^(?:标题|標題|题目|題目)\\s*[:：]\\s*");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("[(（][^()（）]{0,8}[)）]$");
    /** A breadcrumb ({@code 首页 > 公文汇编}) or a menu ends in a genre word too, but is no title. */
    private static final Pattern NAVIGATION = Pattern.compile("[>|»›]");
    /** Shorter lines that end in a genre word are site categories ({@code 公文汇编}), not titles. */
    private static final int TITLE_MIN = 6;

    private final String forcedKind;
    private final Kinds kinds;

    /** @param forcedKind the kind given on the command line, or null to guess */
    public DocumentRecognizer(String forcedKind, Kinds kinds) {
        this.forcedKind = forcedKind == null || forcedKind.equals("auto") ? null : forcedKind;
        this.kinds = kinds;
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        String title = "";
        int titleIndex = -1;
        String guessed = "unknown";
        List<Block> blocks = draft.blocks();
        for (int i = 0; i < Math.min(TITLE_WINDOW, blocks.size()) && titleIndex < 0; i++) {
            String text = titleText(blocks.get(i).text());
            if (text.codePointCount(0, text.length()) < TITLE_MIN || text.length() > TITLE_MAX
                    || ORDINAL.matcher(text).find() || NAVIGATION.matcher(text).find() || text.contains("。") || facts.overlapsResidue(i, 0, 1)) {
                continue;
            }
            Optional<Kind> kind = kinds.guess(text);
            if (kind.isPresent()) {
                title = text;
                titleIndex = i;
                guessed = kind.get().name();
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
}
