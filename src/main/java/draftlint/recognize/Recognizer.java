package draftlint.recognize;

import draftlint.draft.Draft;

/**
 * Finds one kind of structure in a draft and adds it to the facts. A recognizer says what is
 * there, never what is wrong: judging is the rules' work. Recognizers run in a fixed order, and
 * a later one may read what an earlier one added.
 */
public interface Recognizer {
    void recognize(Draft draft, Facts facts);
}
