package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in rules run from the executable model compiled at build time; a user's rules (and
 * {@code --no-cache}) compile the same {@code .drl} texts at run time. Both must judge every draft
 * the same: the MVEL consequences are translated to Java for the model, and a consequence that reads
 * differently there (a string compared with {@code ==}, a record's component read as a field) would
 * change findings silently.
 */
class CompiledRulesTest {
    private static List<RuleSource> builtIn;
    private static RuleBook model;
    private static RuleBook texts;

    @BeforeAll
    static void load(@TempDir Path cache) throws RuleLoadException {
        builtIn = RuleSource.builtIn();
        model = RuleBook.load(builtIn, cache);
        texts = RuleBook.load(builtIn, null);
    }

    @Test
    void theBuildCompiledTheBuiltInRules() {
        assertThat(CompiledRules.of(builtIn)).as("mvn process-classes writes the model").isPresent();
    }

    @Test
    void aRuleTextChangedSinceTheBuildIsCompiledFromItsText() {
        List<RuleSource> edited = new ArrayList<>(builtIn);
        RuleSource first = edited.get(0);
        edited.set(0, new RuleSource(first.name(), first.text() + "\n// edited\n"));
        assertThat(CompiledRules.of(edited)).isEmpty();
        List<RuleSource> more = new ArrayList<>(builtIn);
        more.add(new RuleSource("mine/own.drl", "package mine;\n"));
        assertThat(CompiledRules.of(more)).isEmpty();
    }

    @Test
    void bothDeclareTheSameRules() {
        assertThat(model.rules()).isNotEmpty().containsExactlyElementsOf(texts.rules());
    }

    @Test
    void bothFindTheSameInEveryFixture() throws IOException {
        Set<String> all = texts.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
        RuleSelection everything = new RuleSelection(all, Set.of());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("fixtures"))) {
            files = walk.filter(Files::isRegularFile).filter(f -> DraftReader.forFileName(f.toString()).isPresent())
                    .filter(f -> !f.startsWith(Path.of("fixtures", "bad-input"))).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(250);
        int findings = 0;
        for (Path file : files) {
            Draft draft;
            try {
                draft = DraftReader.forFileName(file.toString()).orElseThrow().read(file.toString(), Files.readAllBytes(file));
            } catch (UnreadableInputException e) {
                continue; // the fixtures of unreadable input are checked elsewhere
            }
            List<Diagnostic> fromModel = new Checker(model, everything, Language.ZH, null).check(draft).diagnostics();
            List<Diagnostic> fromTexts = new Checker(texts, everything, Language.ZH, null).check(draft).diagnostics();
            assertThat(fromModel).as(file.toString()).containsExactlyElementsOf(fromTexts);
            findings += fromModel.size();
        }
        assertThat(findings).as("the fixtures draw findings of every family").isGreaterThan(1000);
    }
}
