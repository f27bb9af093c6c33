package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Change;
import draftlint.fact.Figure;
import draftlint.text.HanCharacters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a change told as {@code 从A<direction word>到B}: {@code 将比例从27.54%压减到4.53%},
 * {@code 由30%提高至45%}, {@code 从2所增加到5所}. Both values must have the same measure, so that
 * the direction can be read from the numbers alone. The patterns are simplified and read the text
 * folded to simplified (將比例從…壓減到… too); what the fact quotes is the text as written.
 */
public final class ChangeRecognizer implements Recognizer {
    private static final Pattern FROM = Pattern.compile("(?:从|由)$");
    private static final String UP = "提高|提升|增加|增长|上升|扩大|攀升|跃升|增|升";
    private static final String DOWN = "下降|降低|减少|压减|压缩|缩小|缩减|回落|下调|降|减";
    /** Between the two values: an adverb or two, the direction word, then 到/至/为. */
    private static final Pattern BETWEEN = Pattern.compile(
            "^(?:逐步|逐年|稳步|大幅|进一步|持续|明显)?(" + UP + "|" + DOWN + ")(?:到|至|为|成)$");
    private static final Pattern DOWN_WORD = Pattern.compile(DOWN);
    /** In a ranking a rise is a smaller number: 排名从15名提升到5名 is right as it stands. */
    private static final Pattern RANKING = Pattern.compile("排名|名次|位次|排位|排序|位列|排在");

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Figure.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Change.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Map<Integer, List<Figure>> byParagraph = facts.views().byParagraph(Figure.class, Figure::paragraph);
        for (var entry : byParagraph.entrySet()) {
            Block block = draft.blocks().get(entry.getKey());
            String text = block.text();
            String folded = HanCharacters.foldToSimplified(text); // char for char: offsets hold
            List<Figure> figures = entry.getValue();
            for (int i = 0; i + 1 < figures.size(); i++) {
                Figure a = figures.get(i);
                Figure b = figures.get(i + 1);
                if (!FROM.matcher(folded.substring(Math.max(0, a.start() - 1), a.start())).find()) continue;
                if (!a.measure().equals(b.measure()) || b.start() - a.end() > 9) continue;
                Matcher between = BETWEEN.matcher(folded.substring(a.end(), b.start()));
                if (!between.find()) continue;
                if (RANKING.matcher(clauseBefore(folded, a.start())).find()) continue;
                String word = text.substring(a.end() + between.start(1), a.end() + between.end(1));
                String direction = DOWN_WORD.matcher(between.group(1)).matches() ? "down" : "up";
                int start = a.start() - 1;
                facts.add(new Change(block.index(), start, b.end(), block.span(start, b.end()), text.substring(start, b.end()),
                        word, direction, a.value(), a.text(), b.value(), b.text()));
            }
        }
    }

    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && "，。；,;".indexOf(text.charAt(from - 1)) < 0) from--;
        return text.substring(from, at);
    }
}
