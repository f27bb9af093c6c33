package draftlint.cli;

import draftlint.engine.RuleSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules loaded early serve only a run that asks for exactly them, with the same cache. */
class EarlyRuleBookTest {
    @Test
    void servesTheBuiltInRulesAndNothingElse() throws Exception {
        EarlyRuleBook.start();
        List<RuleSource> builtIn = RuleSource.builtIn();
        Path cache = RuleOptions.cacheDir();
        assertThat(EarlyRuleBook.reuse(builtIn, cache)).isNotNull();
        assertThat(EarlyRuleBook.reuse(builtIn, cache)).as("kept for later commands").isSameAs(EarlyRuleBook.reuse(builtIn, cache));

        List<RuleSource> withOwn = new ArrayList<>(builtIn);
        withOwn.add(new RuleSource("house/own.drl", "package house;\n"));
        assertThat(EarlyRuleBook.reuse(withOwn, cache)).as("a run with rules of its own").isNull();
        assertThat(EarlyRuleBook.reuse(builtIn, null)).as("--no-cache").isNull();
        assertThat(EarlyRuleBook.reuse(builtIn, cache.resolve("elsewhere"))).as("another cache folder").isNull();
    }
}
