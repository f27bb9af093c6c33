package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.PinyinAnnotation;
import draftlint.text.Openers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pinyin that character converters write after Han characters ({@code 優(yōu)},
 * {@code 質(zhì)}) and gathers them by source line. A syllable needs a tone mark: a bracketed
 * {@code (a)} or {@code (de)} after a character is an enumeration or an abbreviation, not pinyin.
 */
public final class PinyinRecognizer implements Recognizer {
    static final Pattern ANNOTATION = Pattern.compile(
            "(?<=[\\x{3400}-\\x{9FFF}])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[)）]");
    /** An annotation opens with its bracket (the lookbehind before it was tried at every char). */
    static final Openers ANNOTATION_OPENERS = new Openers("(（");
    private static final Pattern TONE = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(PinyinAnnotation.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            List<int[]> onLine = new ArrayList<>();
            Matcher m = ANNOTATION.matcher(text);
            for (int at = 0; ANNOTATION_OPENERS.find(m, text, at); at = m.end()) {
                if (!TONE.matcher(m.group(1)).find()) continue;
                if (!onLine.isEmpty() && block.lineAt(onLine.get(0)[0]) != block.lineAt(m.start())) {
                    add(block, onLine, facts);
                    onLine.clear();
                }
                onLine.add(new int[]{m.start(), m.end()});
            }
            if (!onLine.isEmpty()) add(block, onLine, facts);
        }
    }

    private static void add(Block block, List<int[]> annotations, Facts facts) {
        String text = block.text();
        // The span opens on the first annotated character, so that the fix reads as words.
        int start = annotations.get(0)[0] - 1;
        int end = annotations.get(annotations.size() - 1)[1];
        StringBuilder plain = new StringBuilder();
        int at = start;
        for (int[] a : annotations) {
            plain.append(text, at, a[0]);
            at = a[1];
        }
        String example = text.substring(start, annotations.get(0)[1]);
        facts.add(new PinyinAnnotation(block.index(), block.lineAt(start), start, end, block.span(start, end),
                annotations.size(), example, plain.toString()));
    }
}
