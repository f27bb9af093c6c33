package draftlint.corpus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding on the real documents of fixtures/corpus is triaged in the ledger, and every
 * ledger row is still raised: nothing new slips in untriaged, and a fixed alarm leaves the ledger.
 * Page chrome that the residue family leaves unflagged must be in the ledger too. Then the bars a
 * reviewer sets: on published text no error that is not a true defect and few findings that are
 * not; in web copies nearly all page chrome flagged. The table it prints is docs/accuracy.md's.
 */
class CorpusLedgerTest {
    /** Findings per 10,000 characters of published text that are not true defects, at the most. */
    private static final double NOT_TRUE_PER_10K = 0.3;
    /** The share of page-chrome blocks in web copies that the residue family must flag. */
    private static final double CHROME_RECALL = 0.95;
    private static final String PUBLISHED = "published/";

    private static CorpusRun.Result result;

    @BeforeAll
    static void run() {
        result = CorpusRun.run(CorpusRun.ROOT, CorpusRun.LEDGER);
        System.out.print(result.table());
    }

    @Test
    void everyFindingOnTheCorpusIsTriaged() {
        assertThat(result.untriaged()).as(result.differences()).isEmpty();
    }

    @Test
    void everyLedgerRowIsStillRaised() {
        assertThat(result.gone()).as(result.differences()).isEmpty();
    }

    @Test
    void publishedTextDrawsNoFalseErrorAndFewFalseFindings() {
        List<Ledger.Row> published = result.rows().stream().filter(r -> r.path().startsWith(PUBLISHED)).toList();
        assertThat(published).filteredOn(r -> r.severity().equals("error") && !r.verdict().equals("true"))
                .as("errors on published text that are not true defects").isEmpty();
        long chars = result.checked().stream().filter(c -> c.path().startsWith(PUBLISHED)).mapToLong(Corpus.Checked::chars).sum();
        long notTrue = published.stream().filter(r -> !r.verdict().equals("true")).count();
        assertThat(CorpusTable.per10k(notTrue, chars)).as("findings per 10,000 characters of published text that are not true defects")
                .isLessThanOrEqualTo(NOT_TRUE_PER_10K);
    }

    @Test
    void nearlyAllPageChromeInWebCopiesIsFlagged() {
        assertThat(result.chrome()).as("chrome blocks found in the web copies").isNotEmpty();
        long flagged = result.chrome().stream().filter(ChromeTruth.Block::flagged).count();
        assertThat((double) flagged / result.chrome().size()).isGreaterThanOrEqualTo(CHROME_RECALL);
    }
}
