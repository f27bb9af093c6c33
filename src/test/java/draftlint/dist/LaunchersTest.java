package draftlint.dist;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout's launcher ({@code ./draftlint}, bash, which the benchmarks measure) and the zip's
 * ({@code src/dist/bin/draftlint}, POSIX sh, which writers run) cannot share a file; the JVM options
 * they start a check with, and what they leave to the user, must not drift apart, or the figures
 * measured are not the ones shipped.
 */
class LaunchersTest {
    private static final Pattern JVM_OPTION = Pattern.compile("-XX:[+-]?\\w+(?:=\\w*)?|-Xss\\w+");

    /** The {@code case} that leaves the heap to the user when one of the variables sets it: the same text in both. */
    private static final Pattern HEAP_IS_THE_USERS = Pattern.compile("case \"\\$\\{DRAFTLINT_JAVA_OPTS[^\n]*\n[^\n]*HeapSize[^\n]*\n");

    /** Every match of {@code pattern} in the launcher, stripped, in order. */
    private static List<String> found(Pattern pattern, String launcher) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(Files.readString(TestRules.REPO.resolve(launcher)));
        while (m.find()) found.add(m.group().strip());
        return found;
    }

    private static Set<String> jvmOptions(String launcher) throws IOException {
        return new TreeSet<>(found(JVM_OPTION, launcher));
    }

    @Test
    void theCheckoutsLauncherAndTheZipsNameTheSameJvmOptions() throws IOException {
        Set<String> checkout = jvmOptions("draftlint");

        assertThat(checkout).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0",
                "-XX:CICompilerCount=1", "-XX:SharedArchiveFile=");
        assertThat(jvmOptions("src/dist/bin/draftlint")).isEqualTo(checkout);
    }

    @Test
    void bothLeaveTheHeapToTheUserWhenTheSameVariablesSetIt() throws IOException {
        List<String> checkout = found(HEAP_IS_THE_USERS, "draftlint");

        assertThat(checkout).singleElement().asString()
                .contains("${_JAVA_OPTIONS:-}", "${JAVA_TOOL_OPTIONS:-}", "${JDK_JAVA_OPTIONS:-}", "*-Xm[sx]*|*HeapSize*) ;;");
        assertThat(found(HEAP_IS_THE_USERS, "src/dist/bin/draftlint")).isEqualTo(checkout);
    }
}
