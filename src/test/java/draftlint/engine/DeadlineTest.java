package draftlint.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {
    @Test
    void aBudgetTooLongForTheClockNeverRunsOutInsteadOfOverflowing() {
        assertThat(Deadline.after(Duration.ofHours(3_000_000)).passed()).isFalse();
        assertThat(Deadline.after(Duration.ofSeconds(Long.MAX_VALUE)).passed()).isFalse();
        assertThat(Deadline.after(Duration.ofHours(3_000_000)).budget()).isEqualTo("180000000 min");
    }

    @Test
    void anOrdinaryBudgetRunsOut() throws InterruptedException {
        Deadline soon = Deadline.after(Duration.ofMillis(1));
        Thread.sleep(5);
        assertThat(soon.passed()).isTrue();
        assertThat(Deadline.after(Duration.ofMinutes(5)).passed()).isFalse();
        assertThat(Deadline.none().passed()).isFalse();
    }
}
