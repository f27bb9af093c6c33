package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.fact.Residue;
import draftlint.kind.Kind;
import draftlint.kind.Kinds;

import draftlint.text.HanCharacters;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first paragraphs and guesses the document kind from the genre word
 * it ends with (…的通知, …上的讲话, …调研报告, …工作要点, …工作总结, …汇编), as the kind files
 * declare them ({@code title:} in {@code rules/kinds/*.kind}). A kind given with {@code --kind}
 * wins over the guess. A title may be set on two or three lines, as GB/T 9704 lays out a long one
 * ({@code 国务院办公厅关于调整国务院第二次} / {@code 全国污染源普查领导小组组成人员的通知}): its
 * lines are read as one title.
 */
public final class DocumentRecognizer implements Recognizer {
    // The patterns are simplified and read the text folded to simplified (關於印發 as 关于印发, 標題：
    // as 标题：; HanCharacters.foldToSimplified, char for char); the title is kept as written.
    /** Titles stand near the top, after at most a site header or an outline of a few dozen lines. */
    private static final int TITLE_WINDOW = 50;
    /** A line that opens with an ordinal is a heading or an outline entry, not the title. */
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
    private static final int TITLE_MAX = 80;
    private static final Pattern LABEL = Pattern.compile("^(?:标题|题目)\\s*[:：]\\s*");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("[(（][^()（）]{0,8}[)）]$");
    /** A breadcrumb ({@code 首页 > 公文汇编}) or a menu ends in a genre word too, but is no title. */
    private static final Pattern NAVIGATION = Pattern.compile("[>|»›]");
    /** Shorter lines that end in a genre word are site categories ({@code 公文汇编}), not titles. */
    private static final int TITLE_MIN = 6;
    /** A title set on several lines takes at most three (GB/T 9704-2012 7.3.3: 梯形或菱形). */
    private static final int TITLE_LINES = 3;
    private static final int TITLE_BLOCK_MAX = 120;
    /**
     * Lines that are no part of a title: a sentence, an addressee or label ending in a colon, a
     * document number ({@code 国办发〔2018〕5号}), a date.
     */
    private static final Pattern NOT_TITLE = Pattern.compile(
            "[。：:；;！？!?]|[〔\\[【][0-9０-９]{4}[〕\\]】]|^[0-9０-９〇○零一二三四五六七八九]{4}\\s*年[^关]{0,8}日$");
    /** A title of a notice that issues or forwards another document. */
    private static final Pattern ISSUING = Pattern.compile("(?:印发|转发|批转).+的(?:通知)$");
    /** What the end of a title set on several lines hangs on, in its first lines. */
    private static final Pattern HANGS_ON = Pattern.compile("关于|转发|印发|批转");
    /** The issuing body's mark above the title (国务院文件, XX市人民政府办公室文件) is not a title's first line. */
    private static final Pattern ISSUER_MARK = Pattern.compile("^(?!.*关于).{2,30}文件$");

    private final String forcedKind;
    private final Kinds kinds;

    /** @param forcedKind the kind given on the command line, or null to guess */
    public DocumentRecognizer(String forcedKind, Kinds kinds) {
        this.forcedKind = forcedKind == null || forcedKind.equals("auto") ? null : forcedKind;
        this.kinds = kinds;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Document.class);
    }

    /** The title is the document's own text as it came, an injected site name and all. */
    @Override
    public boolean readsChrome() {
        return true;
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> masked = facts.views().masked().blocks();
        String title = "";
        int titleStart = -1;
        int titleIndex = -1;
        boolean titleBlock = false;
        String guessed = "unknown";
        List<Block> blocks = draft.blocks();
        int window = Math.min(TITLE_WINDOW, blocks.size());
        for (int i = 0; i < window; i++) {
            if (titleIndex >= 0 && (titleBlock && !ISSUING.matcher(HanCharacters.foldToSimplified(title)).find() || blocks.get(i).text().contains("。"))) break;
            if (!isTitleLine(blocks.get(i), masked.get(i))) continue;
            boolean opensBlock = !ISSUER_MARK.matcher(HanCharacters.foldToSimplified(titleText(blocks.get(i).text()))).find();
            // GB/T 9704 sets a long title on two or three lines (国务院关于印发 / XX方案的通知): a line
            // that is no title alone may be the first line of one.
            for (int last = i; last < Math.min(i + TITLE_LINES, window); last++) {
                if (last > i) {
                    if (!opensBlock || !isTitleLine(blocks.get(last), masked.get(last))
                            || NOT_TITLE.matcher(HanCharacters.foldToSimplified(blocks.get(last).text())).find()
                            || NOT_TITLE.matcher(HanCharacters.foldToSimplified(blocks.get(i).text())).find()) break;
                    // A line that is a title by itself takes the lines above it only when they hold
                    // the 关于 (转发, 印发) it hangs on; otherwise they are a header of some other kind.
                    if (kinds.guess(joined(blocks, last, last)).isPresent()
                            && !HANGS_ON.matcher(HanCharacters.foldToSimplified(joined(blocks, i, last - 1))).find()) break;
                }
                String text = joined(blocks, i, last);
                if (text.length() > (last > i ? TITLE_BLOCK_MAX : TITLE_MAX)) break;
                Optional<Kind> kind = kinds.guess(text);
                if (kind.isEmpty()) continue;
                // A web page heads the document with its title on one line, and the document's own
                // title block (set on several lines) follows: that block is the document's title.
                // A notice that issues a document (关于印发《XX方案》的通知) followed, before any body
                // text, by that document's own title is published as the document it issues.
                if (titleIndex < 0 || last > i || ISSUING.matcher(HanCharacters.foldToSimplified(title)).find()) {
                    title = text;
                    titleStart = i;
                    titleIndex = last;
                    titleBlock = last > i;
                    guessed = kind.get().name();
                }
                i = last;
                break;
            }
        }
        String kind = forcedKind != null ? forcedKind : guessed;
        facts.add(new Document(draft.path(), draft.format().name().toLowerCase(Locale.ROOT), kind, forcedKind == null,
                title, titleIndex, blocks.size(), titleStart));
    }

    /** @param masked the block with residue masked: a line that opens with page chrome is no title */
    private static boolean isTitleLine(Block block, Block masked) {
        String text = titleText(block.text());
        return !text.isEmpty() && text.length() <= TITLE_MAX && !ORDINAL.matcher(text).find()
                && !NAVIGATION.matcher(text).find() && !text.contains("。") && masked.text().charAt(0) != ResidueMask.MASK;
    }

    /**
     * The title set on lines {@code first..last}, its lines joined; "" for a single line shorter
     * than {@link #TITLE_MIN}.
     */
    private static String joined(List<Block> blocks, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) out.append(titleText(blocks.get(i).text()));
        String text = out.toString();
        return first == last && text.codePointCount(0, text.length()) < TITLE_MIN ? "" : text;
    }

    private static String titleText(String text) {
        String stripped = text.strip();
        Matcher label = LABEL.matcher(HanCharacters.foldToSimplified(stripped));
        String t = label.find() ? stripped.substring(label.end()) : stripped;
        Matcher suffix = COUNT_SUFFIX.matcher(t);
        return suffix.find() ? t.substring(0, suffix.start()).strip() : t;
    }
}
