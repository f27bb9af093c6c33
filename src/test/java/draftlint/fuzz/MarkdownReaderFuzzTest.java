package draftlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import draftlint.read.MarkdownReader;
import draftlint.read.UnreadableInputException;

import java.nio.charset.StandardCharsets;

/**
 * Any Markdown text: read into a draft whose every char maps to a place inside the file, or
 * refused with a reason. Markdown is fuzzed as text, not bytes: decoding has its own target.
 */
class MarkdownReaderFuzzTest {
    private final MarkdownReader reader = new MarkdownReader();

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void readsOrRefuses(@NotNull String markdown) {
        try {
            DraftInvariants.check(reader.read("fuzz.md", markdown.getBytes(StandardCharsets.UTF_8)));
        } catch (UnreadableInputException expected) {
            // a refusal with a reason is an answer
        }
    }
}
