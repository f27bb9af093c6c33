package draftlint.fact;

/**
 * Which Chinese script the draft is written in, counted over characters that only one script
 * uses (優 only traditional, 优 only simplified); one per document, residue left out.
 *
 * @param dominant {@code simplified} or {@code traditional}: the script with more such characters
 *                 ({@code simplified} on a tie)
 */
public record ScriptProfile(int traditional, int simplified, String dominant) {
}
