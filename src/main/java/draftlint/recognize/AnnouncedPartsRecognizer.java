package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Claim;
import draftlint.fact.Figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a count that announces the parts after it, and counts the parts that do follow:
 * {@code 以下三个方面的问题：} then {@code 一是…二是…三是…} (form {@code enumeration});
 * {@code 讲四点意见。} then paragraphs {@code 一、…二、…} (form {@code headings}); a compilation
 * titled {@code …汇编（4篇）} and the titles of its pieces (form {@code pieces}).
 * The announcement must end its sentence and the first part must come next, numbered one:
 * anything looser is not an announcement we can count. It counts the markers itself rather than
 * reading the numbering family's facts, so that the figures family stands alone.
 */
public final class AnnouncedPartsRecognizer implements Recognizer {
    private static final Set<String> ANNOUNCING = Set.of("个", "個", "点", "點", "项", "項", "条", "條", "方面");
    /** After the count, the rest of the announcing sentence: a few words, then a colon or full stop. */
    private static final Pattern TAIL = Pattern.compile("^[^，,；;。：:！？!?]{0,10}[：:。]");
    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern RUN_MARKER = Pattern.compile("(?:^|(?<=[。；;，,：:！？!?…”）)\\s]))(" + NUMERAL + ")(是|要)");
    private static final Pattern TOP_HEADING = Pattern.compile("^\\s*(" + NUMERAL + ")[、.．]");
    private static final Pattern SUB_HEADING = Pattern.compile("^\\s*[(（](" + NUMERAL + ")[)）]");
    private static final Pattern PIECE_COUNT = Pattern.compile(
            "(?:汇编|彙編|匯編|选编|選編|合集|汇总|彙總)\\s*[(（](\\d+|" + NUMERAL + ")(篇)[)）]\\s*$");
    private static final int TITLE_WINDOW = 50;
    /** Marks that end or join sentences; a title may hold a comma ({@code 聚焦主责主业，推动…}) but not these. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[。；;：:！？!?|]");
    private static final int RUN_REACH = 6;
    private static final int PIECE_TITLE_MAX = 40;

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        for (Figure f : facts.ofType(Figure.class)) {
            if (!ANNOUNCING.contains(f.measure()) || f.approximate() || f.value() < 2 || f.value() > 12) continue;
            String text = blocks.get(f.paragraph()).text();
            Matcher tail = TAIL.matcher(text.substring(f.end()));
            if (!tail.find()) continue;
            int after = f.end() + tail.end();
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
            if (after < text.length()) {
                announce(blocks, f, f.paragraph(), after, facts);
            } else if (f.paragraph() + 1 < blocks.size()) {
                announce(blocks, f, f.paragraph() + 1, 0, facts);
            }
        }
        pieces(draft, facts);
    }

    /** Looks at what follows an announcement at paragraph {@code p}, offset {@code at}, and counts it. */
    private static void announce(List<Block> blocks, Figure f, int p, int at, Facts facts) {
        String start = blocks.get(p).text().substring(at);
        Matcher run = RUN_MARKER.matcher(start);
        if (run.lookingAt() && ordinal(run.group(1)) == 1) {
            countRun(blocks, f, p, at, run.group(2), facts);
        } else if (at == 0 && startsWith(TOP_HEADING, blocks.get(p).text(), 1)) {
            countHeadings(blocks, f, p, TOP_HEADING, null, facts);
        } else if (at == 0 && startsWith(SUB_HEADING, blocks.get(p).text(), 1)) {
            countHeadings(blocks, f, p, SUB_HEADING, TOP_HEADING, facts);
        }
    }

    /** {@code 一是…二是…三是…}: counts the unbroken run from one, up to the next heading. */
    private static void countRun(List<Block> blocks, Figure f, int p, int at, String style, Facts facts) {
        int expected = 1;
        int lastParagraph = p;
        int lastEnd = at;
        Pattern marker = Pattern.compile("(?:^|(?<=[。；;，,：:！？!?…”）)\\s]))(" + NUMERAL + ")" + style);
        scan:
        for (int q = p; q < blocks.size() && q < p + RUN_REACH; q++) {
            String text = blocks.get(q).text();
            if (q > p && (TOP_HEADING.matcher(text).find() || SUB_HEADING.matcher(text).find())) break;
            Matcher m = marker.matcher(text);
            if (q == p) m.region(at, text.length());
            while (m.find()) {
                if (facts.overlapsResidue(q, m.start(), m.end())) continue;
                int ordinal = ordinal(m.group(1));
                if (ordinal == 1 && expected > 1) break scan; // a new run starts: the announced one is over
                if (ordinal == expected) {
                    expected++;
                    lastParagraph = q;
                    lastEnd = m.end();
                }
            }
        }
        Block first = blocks.get(p);
        add(facts, f, "enumeration", expected - 1, first.span(at, at + 2).to(blocks.get(lastParagraph).span(lastEnd - 2, lastEnd)),
                first.lineAt(at));
    }

    /** {@code 一、…二、…}: counts the paragraphs that open with the next ordinal of that style. */
    private static void countHeadings(List<Block> blocks, Figure f, int p, Pattern style, Pattern above, Facts facts) {
        int expected = 1;
        int last = p;
        for (int q = p; q < blocks.size(); q++) {
            String text = blocks.get(q).text();
            if (above != null && above.matcher(text).find()) break;
            Matcher m = style.matcher(text);
            if (m.find() && !facts.overlapsResidue(q, 0, 1)) {
                if (ordinal(m.group(1)) != expected) break;
                expected++;
                last = q;
            }
        }
        add(facts, f, "headings", expected - 1, blocks.get(p).span(0, 1).to(blocks.get(last).span(0, 1)),
                blocks.get(p).firstLine());
    }

    /**
     * A compilation titled {@code …汇编（4篇）}: counts the short title lines of its pieces. The title
     * is looked for directly, not taken from the {@code Document} fact, because a site header such as
     * {@code 公文汇编} may come first and read as a title too.
     */
    private static void pieces(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        int title = -1;
        Matcher count = null;
        for (int q = 0; q < Math.min(blocks.size(), TITLE_WINDOW) && title < 0; q++) {
            Matcher m = PIECE_COUNT.matcher(blocks.get(q).text());
            if (m.find() && !facts.overlapsResidue(q, m.start(), m.end())) {
                title = q;
                count = m;
            }
        }
        if (title < 0) return;
        Block titleBlock = blocks.get(title);
        int claimed = (int) NumeralParser.read(count.group(1), 0).value();
        int found = 0;
        int first = -1;
        int last = -1;
        for (int q = title + 1; q < blocks.size(); q++) {
            Block b = blocks.get(q);
            if (isPieceTitle(b.text(), titleBlock.text()) && !facts.overlapsResidue(q, 0, b.text().length())) {
                found++;
                if (first < 0) first = q;
                last = q;
            }
        }
        int start = count.start(1);
        int end = count.end(2);
        var span = titleBlock.span(start, end);
        var listSpan = first < 0 ? span : blocks.get(first).span().to(blocks.get(last).span());
        facts.add(new Claim(title, start, end, span, titleBlock.text().substring(start, end), claimed, "pieces",
                found, found, listSpan, first < 0 ? titleBlock.firstLine() : blocks.get(first).firstLine(), 0, false));
    }

    /** A piece's title: a short line of Chinese words without sentence marks or an ordinal. */
    private static boolean isPieceTitle(String text, String compilationTitle) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > PIECE_TITLE_MAX || t.equals(compilationTitle.strip())) return false;
        if (SENTENCE_MARKS.matcher(t).find() || TOP_HEADING.matcher(t).find() || SUB_HEADING.matcher(t).find()) return false;
        long han = t.chars().filter(c -> FigureRecognizer.isHan((char) c)).count();
        return han >= 0.8 * t.length();
    }

    private static void add(Facts facts, Figure f, String form, int listed, draftlint.draft.Span listSpan, int listLine) {
        facts.add(new Claim(f.paragraph(), f.start(), f.end(), f.span(), f.text() + f.noun(), (int) f.value(), form,
                listed, listed, listSpan, listLine, 0, false));
    }

    private static boolean startsWith(Pattern style, String text, int ordinal) {
        Matcher m = style.matcher(text);
        return m.find() && ordinal(m.group(1)) == ordinal;
    }

    private static int ordinal(String numeral) {
        NumeralParser.Numeral n = NumeralParser.read(numeral, 0);
        return n == null || n.end() != numeral.length() ? -1 : (int) n.value();
    }
}
