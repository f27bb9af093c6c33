package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.fact.Garble;
import draftlint.text.HanCharacters;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text damaged by a wrong encoding: replacement characters (U+FFFD), runs of rare
 * characters that UTF-8 read as GBK or Big5 turns into ({@code 皬娀媱潯薄皩m椨媱潯}), and a
 * {@code ?} with a stray byte where a character was lost ({@code ?h中等}).
 * <p>
 * Mojibake is told by rarity: its characters fall anywhere in the code table, while prose keeps
 * to the everyday ones. A run counts when at least {@value #RARE_MIN} of its characters are outside
 * GB 2312's first level, at most one ordinary character stands between two rare ones, and at least
 * {@value #OUTSIDE_MIN} are outside GB 2312 altogether (so 魑魅魍魉, rare but GB 2312, is prose).
 * A decoder's stand-ins for bytes it could not map, U+FFFD and private-use characters (GBK's
 * user-defined area, {@code 鍏舵妧鏈} then U+E21A U+E629), belong to the run they stand in; the run still
 * needs {@value #OUTSIDE_MIN} rare Han characters, so a few U+FFFD alone stay replacement characters.
 * Mojibake is found before the script is judged, so its characters (鏈) are not taken for traditional.
 */
public final class GarbleRecognizer implements Recognizer {
    private static final int RARE_MIN = 3;
    private static final int OUTSIDE_MIN = 2;
    /** Rare characters make up at least this share of a mojibake run, in tenths. */
    private static final int RARE_SHARE_TENTHS = 6;
    private static final Pattern REPLACEMENT = Pattern.compile("\uFFFD+");
    /**
     * A lost GBK character: its lead byte became ?, its trail byte an ASCII char, glued to Chinese.
     * Or a character the converter could not encode (澧, ‱) turned into one ?: a question mark
     * never follows a pause mark (、?水灌区) nor stands before one (前1?。).
     */
    private static final Pattern LOST = Pattern.compile("(?<![A-Za-z0-9?])\\?[a-z@\\[\\]^`{}|~](?=" + HanCharacters.HAN + ")|(?<=" + HanCharacters.HAN + ")\\?{2,}|\\?{2,}(?=" + HanCharacters.HAN + ")"
            + "|(?<=[、，；：“（])\\?(?=" + HanCharacters.HAN + ")|(?<=[" + HanCharacters.HAN + "\\d])\\?(?=[。，、；：])");

    @Override
    public Set<Class<?>> reads() {
        return Set.of();
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(Garble.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.CODE) continue;
            String text = block.text();
            misdecoded(block, facts);
            // Each pattern needs its char, U+FFFD or ?: LOST tried its lookarounds at every char of every paragraph.
            if (text.indexOf('\uFFFD') >= 0) add(block, REPLACEMENT.matcher(text), "replacement", facts);
            if (text.indexOf('?') >= 0) add(block, LOST.matcher(text), "lost", facts);
        }
    }

    private static void add(Block block, Matcher m, String kind, Facts facts) {
        while (m.find()) {
            add(block, m.start(), m.end(), kind, facts);
        }
    }

    private static void add(Block block, int start, int end, String kind, Facts facts) {
        if (facts.overlapsGarble(block.index(), start, end)) return;
        facts.add(new Garble(block.index(), start, end, block.span(start, end), block.text().substring(start, end), kind));
    }

    private static void misdecoded(Block block, Facts facts) {
        String text = block.text();
        int i = 0;
        while (i < text.length()) {
            if (!isRare(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int rare = 1;
            int rareHan = isStandIn(text.charAt(i)) ? 0 : 1;
            int outside = HanCharacters.isOutsideGb2312(text.charAt(i)) ? 1 : 0;
            boolean gap = false;
            for (int j = i + 1; j < text.length(); j++) {
                char c = text.charAt(j);
                if (isRare(c)) {
                    rare++;
                    if (!isStandIn(c)) rareHan++;
                    if (HanCharacters.isOutsideGb2312(c)) outside++;
                    end = j + 1;
                    gap = false;
                } else if (!gap && (HanCharacters.isHan(c) || c < 0x80 && Character.isLetter(c))) {
                    gap = true;
                } else {
                    break;
                }
            }
            if (rare >= RARE_MIN && rareHan >= OUTSIDE_MIN && outside >= OUTSIDE_MIN && rare * 10 >= (end - start) * RARE_SHARE_TENTHS) {
                add(block, start, end, "misdecoded", facts);
            }
            i = end;
        }
    }

    private static boolean isRare(char c) {
        return HanCharacters.isHan(c) && HanCharacters.isUncommon(c) || isStandIn(c);
    }

    /** What a decoder puts where bytes map to no character: U+FFFD, or a private-use code point. */
    private static boolean isStandIn(char c) {
        return c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE;
    }
}
