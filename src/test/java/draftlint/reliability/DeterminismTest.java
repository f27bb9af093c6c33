package draftlint.reliability;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same drafts give the same report, byte for byte: on one thread and on many, and run after
 * run. Every fixture folder is checked, bad inputs included, so that errors are in order too.
 */
class DeterminismTest {
    private static final String FIXTURES = TestRules.REPO.resolve("fixtures").toString();
    /** At least four, so that a two-core machine also interleaves more files than it has cores. */
    private static final int MANY = Math.max(4, Runtime.getRuntime().availableProcessors());

    private static CliRun check(String format, int jobs) {
        return CliRun.of("check", "--no-cache", "--format", format, "--color", "never", "--enable", "text",
                "--jobs", String.valueOf(jobs), FIXTURES);
    }

    @Test
    void oneThreadAndManyGiveTheSameReport() {
        CliRun one = check("json", 1);
        CliRun many = check("json", MANY);
        List<String> findings = one.findingLines();
        assertThat(findings).as("the fixtures give findings to compare").hasSizeGreaterThan(100);
        assertThat(many.findingLines()).containsExactlyElementsOf(findings);
        assertThat(many.out()).isEqualTo(one.out());
        assertThat(many.err()).isEqualTo(one.err());
        assertThat(many.exit()).isEqualTo(one.exit());
    }

    @Test
    void repeatedRunsGiveTheSameReport() {
        CliRun first = check("text", MANY);
        for (int i = 0; i < 2; i++) {
            CliRun again = check("text", MANY);
            assertThat(again.out()).isEqualTo(first.out());
            assertThat(again.err()).isEqualTo(first.err());
        }
    }
}
