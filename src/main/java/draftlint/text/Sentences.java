package draftlint.text;

/**
 * Where the sentence around an offset begins and ends, by its closing marks: a full stop, a
 * question or exclamation mark, full- or half-width ({@code 。！？!?}). Semicolons and commas end
 * clauses, not sentences, and a quotation's closing mark does not end the sentence it stands in.
 */
public final class Sentences {
    /** The marks that end a sentence. */
    public static final String ENDS = "。！？!?";

    private Sentences() {
    }

    /** Whether {@code c} ends a sentence. */
    public static boolean endsSentence(char c) {
        return ENDS.indexOf(c) >= 0;
    }

    /** Where the sentence holding offset {@code at} begins: just after the last end before it, or 0. */
    public static int start(String text, int at) {
        int from = at;
        while (from > 0 && !endsSentence(text.charAt(from - 1))) from--;
        return from;
    }

    /** Where the sentence holding offset {@code at} ends: at its closing mark (not included), or the text's end. */
    public static int end(String text, int at) {
        int to = at;
        while (to < text.length() && !endsSentence(text.charAt(to))) to++;
        return to;
    }
}
