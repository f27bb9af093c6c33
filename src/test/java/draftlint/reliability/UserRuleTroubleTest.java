package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's rule file that does not compile, never ends, throws, or is slow: the run says which
 * rule in one line, stops it, and checks the other drafts.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES) // a safety stop: a hang must fail, not stall the build
class UserRuleTroubleTest {
    private static final String HEADER = """
            package house.rules;
            dialect "mvel"
            import draftlint.fact.Paragraph;
            import draftlint.fact.Finding;
            """;

    @TempDir
    Path dir;

    private Path rules(String body) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("house.drl"), HEADER + body);
        return folder;
    }

    /** A draft the rule under test fires on ("触发"), and one it leaves alone. */
    private Path[] drafts() throws Exception {
        Path trigger = Files.writeString(dir.resolve("a-trigger.txt"), "本段触发规则。\n");
        Path other = Files.writeString(dir.resolve("b-other.txt"), "全市新增学位**个。\n");
        return new Path[]{trigger, other};
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws Exception {
        Path folder = rules("""
                rule "house.broken"
                when
                    $p : Paragraph( text matches
                then
                end
                """);
        Path[] drafts = drafts();
        CliRun r = CliRun.of("check", "--no-cache", "--rules", folder.toString(), drafts[1].toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).containsPattern("^draftlint: " + java.util.regex.Pattern.quote(folder.resolve("house.drl").toString()) + ":\\d+: ");
    }

    @Test
    void aRuleCommentedOutIsNoSecondDeclaration() throws Exception {
        // Counting lines that open with 'rule "' took the commented-out copy for a rule that Drools had
        // replaced, and refused the file as "the same id as a rule loaded before it".
        Path folder = rules("""
                /*
                rule "house.trigger"
                when
                then
                end
                */
                rule "house.trigger"
                    @severity(warning)
                    @description("Marks the word 触发")
                    @message_zh("触发")
                when
                    $p : Paragraph( text matches ".*触发.*" )
                then
                    insert(Finding.of(drools.getRule(), $p.span));
                end
                """);
        CliRun r = CliRun.of("check", "--no-cache", "--format", "json", "--fail-on", "never", "--rules", folder.toString(),
                drafts()[0].toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("files").get(0).path("findings");
        assertThat(findings.findValuesAsText("rule")).contains("house.trigger");
    }

    @Test
    void aRuleThatNeverEndsIsStoppedAtTheFiringLimitAndNamed() throws Exception {
        // Retracting and re-inserting its own match: the rule matches again, for ever.
        Path folder = rules("""
                rule "house.loop"
                    @severity(info)
                    @description("Loops on purpose")
                    @message_zh("循环")
                when
                    $p : Paragraph( text matches ".*触发.*" )
                then
                    retract($p);
                    insert($p);
                end
                """);
        Path[] drafts = drafts();
        CliRun r = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", "--timeout", "10m", "--rules", folder.toString(),
                drafts[0].toString(), drafts[1].toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode files = r.json().get("files");
        assertThat(files.get(0).get("error").asText())
                .startsWith("rule \"house.loop\" fired 1000000 times without finishing");
        assertThat(files.get(1).get("findings").findValuesAsText("rule")).containsExactly("placeholder.masked-figure");
        assertThat(r.err().strip().lines()).singleElement().asString().startsWith("draftlint: " + drafts[0] + ": rule \"house.loop\"");
    }

    @Test
    void aRuleThatThrowsIsNamedWithWhatItThrew() throws Exception {
        Path folder = rules("""
                rule "house.throws"
                    @severity(info)
                    @description("Throws on purpose")
                    @message_zh("抛出")
                when
                    $p : Paragraph( text matches ".*触发.*" )
                then
                    Integer.parseInt("不是数字");
                end
                """);
        Path[] drafts = drafts();
        CliRun r = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", "--rules", folder.toString(),
                drafts[0].toString(), drafts[1].toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode files = r.json().get("files");
        assertThat(files.get(0).get("error").asText()).startsWith("rule \"house.throws\" failed: ")
                .contains("NumberFormatException").doesNotContain("\n");
        assertThat(files.get(1).get("findings").findValuesAsText("rule")).containsExactly("placeholder.masked-figure");
    }

    @Test
    void aDraftOverItsTimeBudgetIsReportedAsTimedOutAndTheRunGoesOn() throws Exception {
        // Each firing sleeps: far below the firing limit, far above a one-second budget.
        Path folder = rules("""
                rule "house.slow"
                    @severity(info)
                    @description("Slow on purpose")
                    @message_zh("慢")
                when
                    $p : Paragraph( text matches ".*触发.*" )
                then
                    Thread.sleep(20);
                    retract($p);
                    insert($p);
                end
                """);
        Path[] drafts = drafts();
        long start = System.nanoTime();
        CliRun r = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", "--timeout", "1s", "--rules", folder.toString(),
                drafts[0].toString(), drafts[1].toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertThat(r.exit()).isEqualTo(2);
        JsonNode files = r.json().get("files");
        assertThat(files.get(0).get("error").asText())
                .isEqualTo("timed out: the rules took longer than the 1 s budget (--timeout); stopped in rule \"house.slow\"");
        assertThat(files.get(1).get("findings").findValuesAsText("rule")).containsExactly("placeholder.masked-figure");
        assertThat(seconds).as("the slow draft was stopped, not waited for").isLessThan(60);
    }

    @Test
    void limitsAreValidatedAsUsage() {
        assertThat(CliRun.of("check", "--timeout", "soon", "x.txt").exit()).isEqualTo(2);
        assertThat(CliRun.of("check", "--timeout", "0s", "x.txt").exit()).isEqualTo(2);
        CliRun huge = CliRun.of("check", "--timeout", "99999999999999999999h", "x.txt");
        assertThat(huge.exit()).isEqualTo(2);
        assertThat(huge.err()).contains("too long a time").doesNotContain("Exception");
        assertThat(CliRun.of("check", "--max-size", "big", "x.txt").err()).contains("not a size");
    }
}
