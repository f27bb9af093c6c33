package draftlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import draftlint.read.DocReader;
import draftlint.read.UnreadableInputException;

/**
 * Any bytes named .doc (damaged OLE2 containers, damaged Word streams, other formats under the
 * name): read, or refused with a reason. The corpus starts from a real .doc (LibreOffice's copy of
 * numbered-report.docx, with lists and a table) so that mutations reach past the container.
 */
class DocReaderFuzzTest {
    private final DocReader reader = new DocReader();

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void readsOrRefuses(byte[] bytes) {
        try {
            DraftInvariants.check(reader.read("fuzz.doc", bytes));
        } catch (UnreadableInputException expected) {
            // a refusal with a reason is an answer
        }
    }
}
