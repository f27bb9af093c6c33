package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.fact.Heading;
import draftlint.fact.RepeatedWord;
import draftlint.fact.Residue;
import draftlint.read.DraftReader;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline is ordered from what each recognizer reads and adds: the order given does not
 * change the facts, a read nobody produces and recognizers that wait on each other are refused,
 * and the README's table of the pipeline is the declarations as they are.
 */
class RecognitionTest {
    private static final Path README = TestRules.REPO.resolve("README.md");
    private static final String START = "<!-- pipeline: generated from the recognizers' reads() and adds(); RecognitionTest checks it -->";
    private static final String END = "<!-- pipeline: end -->";

    @Test
    void everyRecognizerRunsAfterTheProducersOfWhatItReads() {
        assertRespectsTheDeclarations(new Recognition("auto").recognizers());
    }

    private static void assertRespectsTheDeclarations(List<Recognizer> order) {
        Set<Class<?>> added = new HashSet<>();
        for (Recognizer r : order) {
            for (Recognizer later : order.subList(order.indexOf(r), order.size())) {
                for (Class<?> type : r.reads()) {
                    assertThat(later != r && later.adds().contains(type))
                            .as("%s reads %s, which %s adds after it", name(r), type.getSimpleName(), name(later)).isFalse();
                }
            }
            if (!r.readsChrome()) {
                assertThat(added).as("%s reads the draft with residue masked, so it runs after residue", name(r))
                        .contains(Residue.class);
            }
            added.addAll(r.adds());
        }
        assertThat(added).contains(Residue.class, Document.class);
    }

    /**
     * A recognizer that says nothing of residue (declares no read of it, looks for the chrome's own
     * words) still finds nothing in page chrome: it runs after the residue recognizer, on the draft
     * with residue masked, and a located fact it places over residue anyway is dropped. Positions
     * stay those of the draft.
     */
    @Test
    void aRecognizerThatForgetsResidueCannotReportChrome() throws IOException {
        String name = "002.txt"; // 标题: 关于推动推动教育现代化工作的调研报告 [打印本页] (a toolbar)
        String text = Files.readString(TestRules.REPO.resolve("fixtures/seeds/002_382e9c090d7ee9d2.txt"), UTF_8);
        Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, text.getBytes(UTF_8));
        Block toolbar = draft.blocks().stream().filter(b -> b.text().contains("[打印本页]")).findFirst().orElseThrow();
        int at = toolbar.text().indexOf("[打印本页]");
        int title = toolbar.text().indexOf("关于");
        Recognizer forgetful = new Reads(Set.of(), Set.of(RepeatedWord.class)) {
            @Override
            public void recognize(Draft d, Facts facts) {
                for (Block b : d.blocks()) {
                    int found = b.text().indexOf("打印本页");
                    if (found >= 0) facts.add(word(b, found, found + 4));
                }
                Block same = d.blocks().get(toolbar.index());
                facts.add(word(same, at, at + 6)); // placed over the chrome whatever the text says
                facts.add(word(same, title, title + 2)); // the document's own words
            }
        };
        Facts facts = new Recognition(List.of(forgetful, new ParagraphRecognizer(), new ResidueRecognizer())).recognize(draft);

        assertThat(facts.ofType(Residue.class)).anyMatch(r -> r.paragraph() == toolbar.index() && r.start() <= at);
        assertThat(facts.ofType(RepeatedWord.class)).singleElement().satisfies(w -> {
            assertThat(w.word()).isEqualTo("关于");
            assertThat(w.span()).isEqualTo(toolbar.span(title, title + 2));
        });
    }

    private static RepeatedWord word(Block block, int start, int end) {
        return new RepeatedWord(block.index(), start, end, block.span(start, end), block.text().substring(start, end), false);
    }

    @Test
    void aListThatRespectsTheDeclarationsRunsAsGiven() {
        List<Recognizer> order = new Recognition("auto").recognizers();
        assertThat(new Recognition(order).recognizers()).containsExactlyElementsOf(order);
    }

    @Test
    void theOrderGivenDoesNotChangeTheFacts() throws IOException {
        List<Recognizer> canonical = new Recognition("auto").recognizers();
        List<Draft> drafts = drafts();
        List<Facts> expected = drafts.stream().map(new Recognition(canonical)::recognize).toList();
        for (long seed = 1; seed <= 3; seed++) {
            List<Recognizer> shuffled = new ArrayList<>(canonical);
            Collections.shuffle(shuffled, new Random(seed));
            Recognition recognition = new Recognition(shuffled);
            assertThat(recognition.recognizers()).containsExactlyInAnyOrderElementsOf(canonical);
            assertRespectsTheDeclarations(recognition.recognizers());
            for (int d = 0; d < drafts.size(); d++) {
                Facts facts = recognition.recognize(drafts.get(d));
                for (Recognizer r : canonical) {
                    for (Class<?> type : r.adds()) {
                        assertThat(facts.ofType(type)).as("%s of %s, shuffled with seed %d", type.getSimpleName(),
                                drafts.get(d).path(), seed).isEqualTo(expected.get(d).ofType(type));
                    }
                }
                assertThat(facts.all()).hasSameSizeAs(expected.get(d).all());
            }
        }
    }

    @Test
    void aReadThatNoRecognizerAddsIsRefusedByName() {
        assertThatThrownBy(() -> new Recognition(List.of(new Reads(Set.of(Residue.class), Set.of(Document.class)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Reads reads Residue, which no recognizer adds");
    }

    @Test
    void recognizersThatWaitOnEachOtherAreRefusedWithTheCycle() {
        Recognizer a = new Reads(Set.of(Residue.class), Set.of(Document.class));
        Recognizer b = new Adds(Set.of(Document.class), Set.of(Residue.class));
        assertThatThrownBy(() -> new Recognition(List.of(new ParagraphRecognizer(), a, b)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("recognizers wait on each other: Reads → Adds → Reads");
    }

    @Test
    void aRecognizerIsHeldToItsDeclarations() throws IOException {
        Draft draft = drafts().get(0);
        Recognizer undeclaredRead = new Reads(Set.of(), Set.of(Document.class)) {
            @Override
            public void recognize(Draft d, Facts facts) {
                facts.ofType(Heading.class);
            }
        };
        assertThatThrownBy(() -> new Recognition(List.of(undeclaredRead)).recognize(draft))
                .hasMessageContaining("reads Heading but does not declare it in reads()");
        Recognizer undeclaredAdd = new Reads(Set.of(), Set.of(Document.class)) {
            @Override
            public void recognize(Draft d, Facts facts) {
                facts.add(new Residue(0, 0, 0, null, "", "pager"));
            }
        };
        assertThatThrownBy(() -> new Recognition(List.of(undeclaredAdd)).recognize(draft))
                .hasMessageContaining("adds Residue but does not declare it in adds()");
    }

    @Test
    void theReadmeShowsThePipelineAsDeclared() throws IOException {
        String readme = Files.readString(README, UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md lacks the pipeline table's marker %s", START).isNotNegative();
        assertThat(end).as("README.md lacks the pipeline table's end marker %s", END).isGreaterThan(start);
        String committed = readme.substring(start + START.length(), end).strip();
        assertThat(committed).as("the README's pipeline table is out of date with the recognizers' declarations; it should read:%n%s%n", table())
                .isEqualTo(table());
    }

    /** The pipeline as a Markdown table: each recognizer in the order it runs, what it reads and adds. */
    static String table() {
        StringBuilder out = new StringBuilder("| # | recognizer | draft | reads | adds |\n| --- | --- | --- | --- | --- |\n");
        List<Recognizer> order = new Recognition("auto").recognizers();
        for (int i = 0; i < order.size(); i++) {
            Recognizer r = order.get(i);
            out.append("| ").append(i + 1).append(" | `").append(name(r)).append("` | ")
                    .append(r.readsChrome() ? "as it came" : "chrome masked").append(" | ")
                    .append(types(r.reads())).append(" | ").append(types(r.adds())).append(" |\n");
        }
        return out.toString().strip();
    }

    private static String types(Set<Class<?>> types) {
        if (types.isEmpty()) return "—";
        return Recognition.sorted(types).stream().map(t -> "`" + t.getSimpleName() + "`").collect(Collectors.joining(", "));
    }

    private static String name(Recognizer r) {
        return r.getClass().getSimpleName();
    }

    /** Drafts with residue, outlines, dates, figures and both scripts: the seeds, the clean texts, the drafts of the corpus. */
    private static List<Draft> drafts() throws IOException {
        List<Draft> drafts = new ArrayList<>();
        for (String folder : List.of("fixtures/seeds", "fixtures/clean", "fixtures/corpus/drafts")) {
            try (Stream<Path> files = Files.list(TestRules.REPO.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    drafts.add(DraftReader.forFileName(name).orElseThrow().read(name, Files.readAllBytes(file)));
                }
            }
        }
        return drafts;
    }

    /** A recognizer that only declares: for the refusals. */
    private static class Reads implements Recognizer {
        private final Set<Class<?>> reads;
        private final Set<Class<?>> adds;

        Reads(Set<Class<?>> reads, Set<Class<?>> adds) {
            this.reads = reads;
            this.adds = adds;
        }

        @Override
        public void recognize(Draft draft, Facts facts) {
        }

        @Override
        public Set<Class<?>> reads() {
            return reads;
        }

        @Override
        public Set<Class<?>> adds() {
            return adds;
        }
    }

    private static final class Adds extends Reads {
        Adds(Set<Class<?>> reads, Set<Class<?>> adds) {
            super(reads, adds);
        }
    }
}
