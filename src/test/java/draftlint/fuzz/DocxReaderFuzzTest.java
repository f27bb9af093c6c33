package draftlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import draftlint.read.DocxReader;
import draftlint.read.UnreadableInputException;

/**
 * Any bytes named .docx (damaged zips, damaged XML, parts missing): read, or refused with a
 * reason. The corpus starts from real Word files so that mutations reach past the zip layer.
 */
class DocxReaderFuzzTest {
    private final DocxReader reader = new DocxReader();

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void readsOrRefuses(byte[] bytes) {
        try {
            DraftInvariants.check(reader.read("fuzz.docx", bytes));
        } catch (UnreadableInputException expected) {
            // a refusal with a reason is an answer
        }
    }
}
