package draftlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import draftlint.read.PlainTextReader;
import draftlint.read.UnreadableInputException;

/**
 * Any bytes named .txt: decoded and read into a draft whose positions all lie inside it, or
 * refused with a reason. Anything else thrown is a bug.
 */
class TextReaderFuzzTest {
    private final PlainTextReader reader = new PlainTextReader();

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void readsOrRefuses(byte[] bytes) {
        try {
            DraftInvariants.check(reader.read("fuzz.txt", bytes));
        } catch (UnreadableInputException expected) {
            // a refusal with a reason is an answer
        }
    }
}
