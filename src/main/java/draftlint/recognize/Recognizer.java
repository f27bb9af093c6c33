package draftlint.recognize;

import draftlint.draft.Draft;

import java.util.Set;

/**
 * Finds one kind of structure in a draft and adds it to the facts. A recognizer says what is
 * there, never what is wrong: judging is the rules' work.
 *
 * <p>Each recognizer declares the fact types it reads and the ones it adds. {@link Recognition}
 * orders the recognizers from these declarations (every reader after every producer of what it
 * reads), and while a recognizer runs {@link Facts} holds it to them: reading a type it did not
 * declare, or adding one, is an error, so a declaration cannot drift from the code. The draft's
 * blocks are always there to read and are not declared.
 */
public interface Recognizer {
    void recognize(Draft draft, Facts facts);

    /**
     * The fact types this recognizer reads, directly or through a shared view of {@link Facts} (the
     * draft's year reads {@code Document}). {@code Residue} is read by every recognizer that does not
     * {@link #readsChrome() read chrome}, declared or not; the others declare it to see the masked view.
     */
    Set<Class<?>> reads();

    /** The fact types this recognizer adds. */
    Set<Class<?>> adds();

    /**
     * Whether this recognizer reads the draft as it came, page chrome and all: the paragraphs, the
     * residue recognizer itself, the document's title. Every other recognizer runs after the residue
     * recognizer, reads the draft with residue masked ({@link ResidueMask}) whether or not it
     * declares {@code Residue}, and none of its located facts may overlap residue ({@link Facts#add}).
     */
    default boolean readsChrome() {
        return false;
    }
}
