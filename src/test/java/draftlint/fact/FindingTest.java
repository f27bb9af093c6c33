package draftlint.fact;

import draftlint.draft.Span;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A finding's arguments behave as the unmodifiable ordered map they replace. */
class FindingTest {
    private static final Span AT = new Span(2, 3, 2, 5);

    @Test
    void argumentsKeepTheirOrderAndALaterValueReplacesAnEarlierOne() {
        Finding f = Finding.of("text.x", AT).arg("word", "的的").term("what", "stands.figure").arg("count", 2)
                .arg("word", "了了");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("word", "了了");
        expected.put("what", new Finding.Term("stands.figure"));
        expected.put("count", 2);
        assertThat(f.getArgs()).isEqualTo(expected).containsExactlyEntriesOf(expected);
        assertThat(f.getArgs().get("missing")).isNull();
        assertThat(f.getArgs().hashCode()).isEqualTo(expected.hashCode());
    }

    @Test
    void aNullArgumentIsKeptAndArgumentsCannotBeChanged() {
        Finding f = Finding.of("text.x", AT).arg("converted", null);
        assertThat(f.getArgs()).containsKey("converted");
        assertThat(f.getArgs().get("converted")).isNull();
        assertThatThrownBy(() -> f.getArgs().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullNameIsAnArgumentLikeAnyOther() {
        Finding f = Finding.of("text.x", AT).arg(null, "甲").arg("b", 2).arg(null, "乙");
        assertThat(f.getArgs().get(null)).isEqualTo("乙");
        assertThat(f.getArgs()).hasSize(2).containsKey("b");
    }

    @Test
    void findingsWithTheSameArgumentsAreEqualWhateverTheOrderTheyWereGivenIn() {
        Finding a = Finding.of("text.x", AT).arg("a", 1).arg("b", "二");
        Finding b = Finding.of("text.x", AT).arg("b", "二").arg("a", 1);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Finding.of("text.x", AT).arg("a", 1));
        assertThat(Finding.of("text.x", AT).getArgs()).isEmpty();
    }
}
