package draftlint.text;

import com.ibm.icu.text.Transliterator;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What draftlint knows about single Han characters: which characters are Han (the one test of it,
 * {@link #isHan}, and {@link #HAN} for patterns), their simplified and traditional forms (from
 * ICU's Hant-Hans and Hans-Hant transliterators, not a hand-typed table) and how common they are.
 * "Common" is GB 2312: its first level holds the 3,755 characters of everyday text, its second
 * level 3,008 more; a character outside GB 2312 is rare in a mainland document.
 */
public final class HanCharacters {
    /**
     * A Han character in a regular expression, inside or outside brackets ({@code HAN + "{2,7}网"},
     * {@code "[" + HAN + "·]"}): Unicode's Han script, as {@link #isHan} tests it. It is wider than
     * {@code \u4e00-\u9fff}: CJK Extension A and beyond (㐀, 𠀀), the compatibility ideographs (﨑),
     * the ideographic zero 〇 and the iteration mark 々 are Han too.
     */
    public static final String HAN = "\\p{IsHan}";

    /** Charset encoders are not thread-safe; files are checked in parallel. */
    private static final ThreadLocal<CharsetEncoder> GB2312 = ThreadLocal.withInitial(() -> Charset.forName("GB2312").newEncoder());
    private static final ThreadLocal<CharsetEncoder> BIG5 = ThreadLocal.withInitial(() -> Charset.forName("Big5").newEncoder());
    /** Single characters are looked up in the table built with the jar; the transliterators then serve phrases only. */
    private static final char[][] FORMS = HanFormTable.load();
    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Character, Character> TRADITIONAL = new ConcurrentHashMap<>();
    /** Per char: 0 not yet known, else {@link #YES} or {@link #NO} (a map of boxed chars was 2 % of a check). */
    private static final byte[] UNCOMMON = new byte[Character.MAX_VALUE + 1];
    private static final byte YES = 1;
    private static final byte NO = 2;
    /** GB 2312 lead bytes from here on are its second, less common level. */
    private static final int GB2312_LEVEL_TWO = 0xD8;

    private HanCharacters() {
    }

    /** Whether {@code c} is a Han character (Unicode's Han script: 〇, Extension A and the compatibility ideographs included). */
    public static boolean isHan(char c) {
        // Most chars of a draft are unified ideographs, all Han: no binary search of the script table
        // for them (it was the top frame of a 10 MB draft's profile). 9FFD-9FFF are not assigned in Java 17.
        if (c >= 0x4E00 && c <= 0x9FFC) return true;
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the code point {@code cp} is a Han character (supplementary planes included). */
    public static boolean isHan(int cp) {
        return cp <= Character.MAX_VALUE ? isHan((char) cp) : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char simplified(char c) {
        if (c < HanFormTable.FIRST) return c;
        if (FORMS != null) return FORMS[0][c];
        return SIMPLIFIED.computeIfAbsent(c, k -> single(ToSimplified.ICU.transliterate(String.valueOf(k)), k));
    }

    /** The traditional form of {@code c}, or {@code c} itself. */
    public static char traditional(char c) {
        if (c < HanFormTable.FIRST) return c;
        if (FORMS != null) return FORMS[1][c];
        return TRADITIONAL.computeIfAbsent(c, k -> single(ToTraditional.ICU.transliterate(String.valueOf(k)), k));
    }

    /** {@code text} converted to simplified characters, phrase by phrase (its length may change). */
    public static String toSimplified(String text) {
        return ToSimplified.ICU.transliterate(text);
    }

    /** {@code text} converted to traditional characters, phrase by phrase (its length may change). */
    public static String toTraditional(String text) {
        return ToTraditional.ICU.transliterate(text);
    }

    /** {@code text} with every character folded to simplified, char for char: offsets stay valid. */
    public static String foldToSimplified(String text) {
        // Most paragraphs are simplified already: the text itself, and no copy, until a char changes.
        // (A StringBuilder appending char by char was a tenth of a 200 KB draft's recognition.)
        int i = 0;
        while (i < text.length() && simplified(text.charAt(i)) == text.charAt(i)) i++;
        if (i == text.length()) return text;
        char[] folded = text.toCharArray();
        for (; i < folded.length; i++) folded[i] = simplified(folded[i]);
        return new String(folded);
    }

    /**
     * A character only traditional text uses: it has a different simplified form, and it is not a
     * GB 2312 character (著, 乾, 於 are both, and stay legitimate in simplified text).
     */
    public static boolean isTraditionalOnly(char c) {
        return isHan(c) && simplified(c) != c && !GB2312.get().canEncode(c);
    }

    /** A character only simplified text uses: it has a different traditional form and no Big5 code. */
    public static boolean isSimplifiedOnly(char c) {
        return isHan(c) && traditional(c) != c && !BIG5.get().canEncode(c);
    }

    /** Outside GB 2312 even in its simplified form: a character a mainland text hardly ever needs. */
    public static boolean isOutsideGb2312(char c) {
        return !GB2312.get().canEncode(simplified(c));
    }

    /** Not among the 3,755 everyday characters (GB 2312 level one), in its simplified form. */
    public static boolean isUncommon(char c) {
        byte known = UNCOMMON[c];
        if (known == 0) {
            // Worked out on first use (the encoders are slow) and kept; threads racing here write the same value.
            char s = simplified(c);
            boolean uncommon = !GB2312.get().canEncode(s)
                    || (String.valueOf(s).getBytes(Charset.forName("GB2312"))[0] & 0xFF) >= GB2312_LEVEL_TWO;
            known = uncommon ? YES : NO;
            UNCOMMON[c] = known;
        }
        return known == YES;
    }

    /*
     * The transliterators hold thousands of rules and take tens of milliseconds to build, so each is
     * built once, when first needed (a holder class each). ICU documents them as stateless: "threads
     * may share transliterators without synchronizing them".
     */
    private static final class ToSimplified {
        static final Transliterator ICU = Transliterator.getInstance("Hant-Hans");
    }

    private static final class ToTraditional {
        static final Transliterator ICU = Transliterator.getInstance("Hans-Hant");
    }

    private static char single(String s, char fallback) {
        return s.length() == 1 ? s.charAt(0) : fallback;
    }

    static {
        // Guard against a JRE without the extended charsets: the checks above would silently pass.
        if (!Charset.isSupported("GB2312") || !Charset.isSupported("Big5")) {
            throw new IllegalStateException("this Java runtime lacks the GB2312 and Big5 charsets");
        }
    }
}
