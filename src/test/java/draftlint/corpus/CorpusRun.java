package draftlint.corpus;

import draftlint.testing.TestRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus run: checks folders of real documents, compares what it finds with the triage
 * ledger, and prints the table of docs/accuracy.md. {@code src/bench/corpus.sh} runs it.
 *
 * <pre>
 * corpus.sh                      fixtures/corpus against fixtures/corpus/ledger.tsv
 * corpus.sh --update-ledger      the same, then rewrites the ledger: verdicts carried over, new rows '?'
 * corpus.sh DIR [--ledger FILE]  any folder of documents (a set kept aside, say)
 * </pre>
 */
public final class CorpusRun {
    static final Path ROOT = TestRules.REPO.resolve("fixtures/corpus");
    static final Path LEDGER = ROOT.resolve("ledger.tsv");
    /** Rows listed at the most under each heading: the ledger file has them all. */
    private static final int LISTED = 60;

    /** What one run found, with the verdicts of the ledger it was compared with. */
    record Result(List<Corpus.Checked> checked, List<ChromeTruth.Block> chrome, List<Ledger.Row> rows,
                  List<Ledger.Row> untriaged, List<Ledger.Row> gone) {
        String table() {
            return CorpusTable.render(checked, chrome, rows);
        }

        /** The rows that are not as the ledger says, listed for the developer who must triage them. */
        String differences() {
            StringBuilder out = new StringBuilder();
            list(out, "Not in the ledger (new findings or unflagged chrome: triage them, or fix their cause)", untriaged);
            list(out, "In the ledger but no longer raised (remove them: run with --update-ledger)", gone);
            return out.toString();
        }
    }

    private CorpusRun() {
    }

    static Result run(Path root, Path ledgerFile) {
        List<Corpus.Checked> checked = Corpus.check(root);
        List<ChromeTruth.Block> chrome = ChromeTruth.blocks(checked);
        List<Ledger.Row> observed = Ledger.observed(checked, chrome);
        List<Ledger.Row> ledger = Ledger.read(ledgerFile);
        List<Ledger.Row> rows = Ledger.carryOver(observed, ledger);
        List<Ledger.Row> untriaged = rows.stream().filter(r -> r.verdict().equals(Ledger.UNTRIAGED)).toList();
        return new Result(checked, chrome, rows, untriaged, Ledger.minus(ledger, observed));
    }

    public static void main(String[] args) {
        Path root = ROOT;
        Path ledger = null;
        boolean update = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--update-ledger" -> update = true;
                case "--ledger" -> ledger = Path.of(args[++i]);
                default -> root = Path.of(args[i]);
            }
        }
        if (ledger == null) ledger = root.equals(ROOT) ? LEDGER : root.resolve("ledger.tsv");
        Result result = run(root, ledger);
        System.out.print(result.table());
        System.out.print(result.differences());
        if (update) {
            Ledger.write(ledger, result.rows());
            System.out.println("ledger written: " + ledger + " (" + result.rows().size() + " rows, "
                    + result.untriaged().size() + " to triage)");
        }
    }

    private static void list(StringBuilder out, String heading, List<Ledger.Row> rows) {
        if (rows.isEmpty()) return;
        out.append('\n').append(heading).append(": ").append(rows.size()).append('\n');
        List<Ledger.Row> shown = new ArrayList<>(rows.subList(0, Math.min(LISTED, rows.size())));
        shown.forEach(r -> out.append("  ").append(r.tsv()).append('\n'));
        if (rows.size() > LISTED) out.append("  … and ").append(rows.size() - LISTED).append(" more\n");
    }
}
