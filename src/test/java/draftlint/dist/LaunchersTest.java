package draftlint.dist;

import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout's launcher ({@code ./draftlint}, bash, which the benchmarks measure) and the zip's
 * ({@code src/dist/bin/draftlint}, POSIX sh, which writers run) cannot share a file; the JVM options
 * they start a check with must not drift apart, or the figures measured are not the ones shipped.
 */
class LaunchersTest {
    private static final Pattern JVM_OPTION = Pattern.compile("-XX:[+-]?\\w+(?:=\\w*)?|-Xss\\w+");

    private static Set<String> jvmOptions(String launcher) throws IOException {
        Set<String> options = new TreeSet<>();
        Matcher m = JVM_OPTION.matcher(Files.readString(TestRules.REPO.resolve(launcher)));
        while (m.find()) options.add(m.group());
        return options;
    }

    @Test
    void theCheckoutsLauncherAndTheZipsNameTheSameJvmOptions() throws IOException {
        Set<String> checkout = jvmOptions("draftlint");

        assertThat(checkout).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0",
                "-XX:CICompilerCount=1", "-XX:SharedArchiveFile=");
        assertThat(jvmOptions("src/dist/bin/draftlint")).isEqualTo(checkout);
    }
}
