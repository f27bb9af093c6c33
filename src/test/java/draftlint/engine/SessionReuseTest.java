package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule book hands out sessions from Drools' pool: a session given back is reset and checks the
 * next draft. Nothing of one draft may reach the next, not even of a draft whose rules were cut off
 * mid-way (out of time: facts inserted, activations pending).
 */
class SessionReuseTest {
    @TempDir
    Path cache;

    @Test
    void aDraftCheckedAfterOthersGetsWhatItGetsInTheFirstSession() throws Exception {
        List<Draft> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
        RuleBook reused = RuleBook.load(RuleSource.builtIn(), cache);
        Checker afterOthers = checker(reused);
        // Every seed through the one pooled session of this thread, twice over, in both orders.
        List<List<Diagnostic>> forward = new ArrayList<>();
        for (Draft d : seeds) forward.add(afterOthers.check(d).diagnostics());
        for (int i = seeds.size() - 1; i >= 0; i--) {
            assertThat(afterOthers.check(seeds.get(i)).diagnostics()).as(seeds.get(i).path()).isEqualTo(forward.get(i));
        }
        for (int i = 0; i < seeds.size(); i++) {
            Checker first = checker(RuleBook.load(RuleSource.builtIn(), cache));
            assertThat(forward.get(i)).as(seeds.get(i).path()).isNotEmpty()
                    .isEqualTo(first.check(seeds.get(i)).diagnostics());
        }
    }

    @Test
    void aSessionCutOffByItsDeadlineLeavesNothingBehind() throws Exception {
        List<Draft> seeds = seeds();
        Checker checker = checker(RuleBook.load(RuleSource.builtIn(), cache));
        List<Diagnostic> expected = checker.check(seeds.get(1)).diagnostics();
        for (int round = 0; round < 3; round++) {
            FileReport cut = checker.check(seeds.get(0), Duration.ofNanos(1));
            assertThat(cut.failed()).as("a budget of a nanosecond runs out").isTrue();
            assertThat(checker.check(seeds.get(1)).diagnostics()).isEqualTo(expected);
        }
    }

    @Test
    void aDisposedSessionComesBackEmptyForTheNextDraft() throws Exception {
        RuleBook book = RuleBook.load(RuleSource.builtIn(), cache);
        checker(book).check(seeds().get(0));
        KieSession first = book.newSession();
        first.insert(new Object());
        first.dispose();
        KieSession next = book.newSession();
        try {
            assertThat(next).as("the pool hands the session back").isSameAs(first);
            assertThat(next.getFactCount()).isZero();
        } finally {
            next.dispose();
        }
    }

    private static Checker checker(RuleBook book) {
        Set<String> all = book.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
        return new Checker(book, new RuleSelection(all, Set.of()), Language.ZH, null);
    }

    private static List<Draft> seeds() throws IOException, UnreadableInputException {
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestRules.REPO.resolve("fixtures/seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                drafts.add(DraftReader.forFileName(f.toString()).orElseThrow().read(f.toString(), Files.readAllBytes(f)));
            }
        }
        return drafts;
    }
}
