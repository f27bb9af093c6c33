package draftlint.testing;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * A test that needs a program outside Java (Chromium, LibreOffice). On a writer's laptop without it
 * the test is skipped; in CI ({@code CI=true}, which .ci/run installs them for) a missing program
 * fails the test, so that a CI run never passes with the browser and office tests left out.
 */
public final class ToolNeeded {
    private ToolNeeded() {
    }

    /** Skips (or, under {@code CI=true}, fails) the test unless {@code present}. */
    public static void require(boolean present, String why) {
        if (present) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + " (CI=true: .ci/run installs it; a CI run must not skip this test)");
        }
        Assumptions.assumeTrue(false, why);
    }
}
