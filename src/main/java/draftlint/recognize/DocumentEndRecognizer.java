package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.DocumentEnd;

import draftlint.fact.Residue;
import draftlint.resource.BuiltInFiles;
import draftlint.text.HanCharacters;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how the document ends. Template sites cut a draft off mid-sentence and put a "未完" notice
 * or a pager after it. The document ends where such a notice begins (what follows it is the site's
 * page), else at the last paragraph with text that is not residue. That paragraph ends
 * mid-sentence only if it is prose (it has a comma or a full stop inside) and its last char cannot
 * close a sentence: a comma or colon, or a Chinese character after at least one full sentence (a
 * closing formula such as 请批转各地执行 may lack its full stop, a cut-off sentence follows whole
 * ones; so does a figure cut off after full sentences, 种植了300). Signatures, dates, attachment notes and list items end without a full stop by design.
 */
public final class DocumentEndRecognizer implements Recognizer {
    // The patterns and closing words are simplified and read the text folded to simplified (預覽結束
    // as 预览结束, 抄報 as 抄报, 請批示 as 请批示; HanCharacters.foldToSimplified, char for char).
    /**
     * The notices sites print where they cut a text: 未完，全文共7391字，当前仅显示3406字 / 预览结束 /
     * a pager that offers the next page ({@code [1] [2] [3] 下一页}).
     */
    private static final Pattern NOTICE = Pattern.compile(
            "未完[,，、]?\\s*(?:全文共|共)\\s*\\d+\\s*字|当前(?:仅|只)显示\\s*\\d+\\s*字"
                    + "|预览结束|剩余\\s*\\d+\\s*字(?:未读)?"
                    + "|^(?:\\[\\d+][\\s\\u00a0\\u3000]*){2,}(?:下一页|下页)|^(?:上一页[\\s\\u00a0\\u3000]*)?下一页$");
    /** What stands between the last words and a notice: 充满活 ……(未完. */
    private static final Pattern LEAD_IN = Pattern.compile("[\\s…．.·(（]+$");
    /** Prose has a comma, an enumeration comma or a full stop inside it. */
    private static final Pattern PROSE = Pattern.compile("[，,、；;。！？!?]");
    private static final Pattern FULL_STOP = Pattern.compile("[。！？!?]");
    private static final String OPEN_ENDINGS = "，,、；;：:（(《“‘—";
    private static final String CLAUSE_OPEN = "，,、；;";
    /** Closing lines of official documents that never take a full stop. */
    private static final Pattern CLOSING_LINE = Pattern.compile(
            "^(?:附件|附：|抄送|抄报|联系人|[(（]联系人|[(（]此件|主题词|印发|签发)");
    private static final int PROSE_MIN = 15;
    /** Clauses are parted by a comma or semicolon; 、 parts words. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;]");
    /** A heading line (三、2025年重点工作) ends without a full stop by design. */
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
    /** Two clauses at the least: 在医疗方面，我们在本地. */
    private static final int CLAUSES_MIN = 8;
    /** What stands before a clause: a break, a full stop, a space (此致　敬礼), 并 (并请…). */
    private static final String CLAUSE_START = "，,；;。！？!?：: \u3000并";
    private static final List<String> CLOSING_WORDS = BuiltInFiles.list("structure/closing-formulas");

    /**
     * The notice a web page puts where it cut the text (……(未完,全文共4299字) is page chrome that
     * says something: it is looked for in the draft as it came; the end is read from the visible text.
     */
    @Override
    public boolean readsChrome() {
        return true;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Residue.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(DocumentEnd.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        List<VisibleText> visible = facts.views().visibleText();
        int noticeParagraph = blocks.size();
        int noticeStart = 0;
        for (Block block : blocks) {
            Matcher m = NOTICE.matcher(HanCharacters.foldToSimplified(block.text()));
            if (m.find()) {
                noticeParagraph = block.index();
                noticeStart = m.start();
                break;
            }
        }
        boolean notice = noticeParagraph < blocks.size();
        for (int i = Math.min(noticeParagraph, blocks.size() - 1); i >= 0; i--) {
            VisibleText v = visible.get(i);
            String text = v.text();
            if (i == noticeParagraph) {
                text = text.substring(0, Math.max(0, Math.min(text.length(), noticeStart - v.offset())));
                text = LEAD_IN.matcher(text).replaceFirst("");
            }
            if (text.isEmpty()) continue;
            Block block = blocks.get(i);
            int lastIndex = text.length() - Character.charCount(text.codePointBefore(text.length()));
            String last = text.substring(lastIndex);
            int at = v.offset() + lastIndex;
            facts.add(new DocumentEnd(i, block.span(at, v.offset() + text.length()), last,
                    endsMidSentence(block, text, last, previousEndsSentence(visible, i)), notice));
            return;
        }
    }

    /** Whether the visible paragraph before {@code paragraph} is prose that ends with a full stop. */
    private static boolean previousEndsSentence(List<VisibleText> visible, int paragraph) {
        for (int i = paragraph - 1; i >= 0; i--) {
            String text = visible.get(i).text().strip();
            if (!text.isEmpty()) return text.endsWith("。") && text.codePointCount(0, text.length()) >= PROSE_MIN;
        }
        return false;
    }

    private static boolean endsMidSentence(Block block, String text, String last, boolean previousEndsSentence) {
        if (block.type() != BlockType.PARAGRAPH && block.type() != BlockType.QUOTE) return false;
        int length = text.codePointCount(0, text.length());
        String folded = HanCharacters.foldToSimplified(text);
        if (length < CLAUSES_MIN || CLOSING_LINE.matcher(folded).find()) return false;
        int c = last.codePointAt(0);
        // No document ends on a comma: a clause left open there was cut off (累计*亿元，).
        if (CLAUSE_OPEN.indexOf(c) >= 0) return true;
        if (!PROSE.matcher(text.substring(0, text.length() - last.length())).find()) return false;
        if (OPEN_ENDINGS.indexOf(c) >= 0) return length >= PROSE_MIN;
        // A last word without its full stop may be a closing formula (请批转各地执行); a sentence cut
        // off after full sentences is not. A figure cut off (种植了300) ends in a digit the same way.
        boolean word = HanCharacters.isHan(c) || Character.isLetterOrDigit(c);
        if (!word) return false;
        if (FULL_STOP.matcher(text).find()) return length >= PROSE_MIN;
        // Clauses without a full stop after running prose (…。 / 在医疗方面，我们在本地) are cut off
        // too, unless they are a closing formula (妥否，请批示 / 最后，祝大家节日快乐).
        return previousEndsSentence && CLAUSE_BREAK.matcher(text).find() && !HEADING.matcher(text).lookingAt()
                && !opensClosingFormula(folded);
    }

    /**
     * Whether a clause of the paragraph opens with a closing formula's word (以上意见如无不妥，请批转 /
     * 妥否，请批示 / 最后，祝…). Inside a clause the same chars are other words (3人及以上家庭, 申请).
     */
    private static boolean opensClosingFormula(String text) {
        for (String word : CLOSING_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (at == 0 || CLAUSE_START.indexOf(text.charAt(at - 1)) >= 0) return true;
            }
        }
        return false;
    }
}
