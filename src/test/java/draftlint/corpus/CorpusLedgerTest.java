package draftlint.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding on the real documents of fixtures/corpus is triaged in the ledger, and every
 * ledger row is still raised: nothing new slips in untriaged, and a fixed alarm leaves the ledger.
 * Page chrome that the residue family leaves unflagged must be in the ledger too. The table it
 * prints is the one in docs/accuracy.md.
 */
class CorpusLedgerTest {

    @Test
    void everyFindingOnTheCorpusIsTriaged() {
        CorpusRun.Result result = CorpusRun.run(CorpusRun.ROOT, CorpusRun.LEDGER);
        System.out.print(result.table());
        assertThat(result.untriaged()).as(result.differences()).isEmpty();
        assertThat(result.gone()).as(result.differences()).isEmpty();
    }
}
