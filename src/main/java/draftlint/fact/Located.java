package draftlint.fact;

/**
 * A fact about chars {@code [start, end)} of one paragraph's text. The pipeline drops such a fact
 * when it overlaps page chrome ({@link Residue}), whichever recognizer made it, so chrome never
 * becomes a finding of another family.
 */
public interface Located {
    /** The paragraph's index among the draft's blocks. */
    int paragraph();

    /** The first char of the fact in the paragraph's text. */
    int start();

    /** One past the last char. */
    int end();
}
