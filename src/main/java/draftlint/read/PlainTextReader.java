package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.SourceFormat;
import draftlint.text.HanCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text draft. Drafts copied from web pages are often hard-wrapped in the middle of a
 * sentence, so a paragraph is a run of lines joined where a line plainly breaks off mid-sentence;
 * a blank line, a heading line or a line that closes its sentence ends the paragraph. Every char
 * keeps the line and column it has in the file.
 */
public final class PlainTextReader implements DraftReader {
    /** A line that opens with a heading ordinal: it starts a block of its own. */
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．,，]|[(（][一二三四五六七八九十百\\d]+[)）]|\\d{1,3}[.．、](?!\\d)"
                    + "|第[一二三四五六七八九十百\\d]+[章节条部分篇]|[①-⑳])");
    /** Genre words that end a document title: a title line is never a wrapped sentence. */
    private static final Pattern TITLE_END = Pattern.compile(
            "(?:通知|通报|讲话|講話|发言|發言|报告|報告|要点|要點|总结|總結|汇编|彙編|匯編|方案|意见|意見|决定|決定|纪要|紀要|规划|規劃|计划|計劃|致辞|致辭|请示|請示|批复|批復|函)$");
    /** A heading line stays alone unless it runs on into a sentence; beyond this length it is text. */
    private static final int HEADING_MAX = 60;
    /** Lines shorter than this are labels, titles or signatures, not wrapped prose. */
    private static final int WRAP_MIN = 20;

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public Draft read(String path, byte[] bytes) throws UnreadableInputException {
        DecodedText decoded = decoder.decode(bytes);
        List<String> lines = SourceLines.split(decoded.text());
        if (lines.stream().allMatch(SourceLines::isBlank)) {
            throw new UnreadableInputException(Reason.of(lines.isEmpty() ? "empty" : "blank"));
        }
        return new Draft(path, SourceFormat.TEXT, decoded.encoding(), lines, paragraphs(lines));
    }

    private static List<Block> paragraphs(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        BlockBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SourceLines.isBlank(line)) {
                current = flush(current, blocks);
                continue;
            }
            int start = 0;
            int end = line.length();
            while (start < end && SourceLines.isSpace(line.charAt(start))) start++;
            while (end > start && SourceLines.isSpace(line.charAt(end - 1))) end--;
            String content = line.substring(start, end);
            boolean heading = isHeadingLine(content);
            if (HEADING_START.matcher(content).lookingAt()) {
                // An ordinal opens a new part even where the heading runs on into its paragraph.
                current = flush(current, blocks);
            }
            if (current == null) {
                current = new BlockBuilder();
            } else if (isAsciiWord(current.lastChar()) && isAsciiWord(content.charAt(0))) {
                // A wrapped Latin word pair needs the space the line end stood for.
                current.appendJoiningSpace();
            }
            current.appendRun(content, i + 1, SourceLines.column(line, start));
            if (heading || !breaksOff(content) || i + 1 >= lines.size() || !continues(lines.get(i + 1))) {
                current = flush(current, blocks);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    private static BlockBuilder flush(BlockBuilder builder, List<Block> blocks) {
        if (builder != null && !builder.isEmpty()) {
            blocks.add(builder.build(blocks.size(), BlockType.PARAGRAPH, 0));
        }
        return null;
    }

    private static boolean isHeadingLine(String content) {
        return HEADING_START.matcher(content).lookingAt()
                && content.codePointCount(0, content.length()) <= HEADING_MAX
                && content.indexOf('。') < 0;
    }

    /**
     * Whether the line ends with a title's last word. {@link #TITLE_END} is anchored at the end, so
     * only the last chars are searched: a word of at most two chars, and {@code $} may stand before
     * a final line terminator of up to two. (A find over the whole line tried every word at every char.)
     */
    private static boolean endsLikeTitle(String content) {
        return TITLE_END.matcher(content).region(Math.max(0, content.length() - 4), content.length()).find();
    }

    /** Whether a line stops in the middle of a sentence, as hard-wrapped prose does (also Markdown's lines). */
    static boolean breaksOff(String content) {
        if (content.isEmpty()) return false;
        if (content.codePointCount(0, content.length()) < WRAP_MIN || endsLikeTitle(content)) {
            return false;
        }
        char last = content.charAt(content.length() - 1);
        return HanCharacters.isHan(last) || "，,、“‘（(《—".indexOf(last) >= 0;
    }

    /** Whether the next line can carry on a broken-off sentence. */
    private static boolean continues(String next) {
        if (SourceLines.isBlank(next)) return false;
        String content = next.strip();
        return !HEADING_START.matcher(content).lookingAt();
    }

    private static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
