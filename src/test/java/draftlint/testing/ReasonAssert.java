package draftlint.testing;

import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.UnreadableInputException;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Asserts on the reason a reader refuses a file with, as {@code --lang en} words it: the exception
 * carries a key and arguments, not words (the report's language chooses them).
 */
public final class ReasonAssert {
    public static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    /** Three Latin words in a row: an English sentence, where a Chinese one should stand. */
    public static final java.util.regex.Pattern ENGLISH_SENTENCE =
            java.util.regex.Pattern.compile("[A-Za-z]{2,}[ ,;:'’]+[A-Za-z]{2,}[ ,;:'’]+[A-Za-z]{2,}");

    private ReasonAssert() {
    }

    public static AbstractStringAssert<?> assertThatReason(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).as("the reason a file is refused with").isInstanceOf(UnreadableInputException.class);
        return assertThat(Reasons.text(((UnreadableInputException) thrown).reason(), Language.EN));
    }
}
