package draftlint.mutation;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.testing.TestRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Plants every mutation kind into a seeded sample of places in real documents, checks each mutated
 * document in-process, and tallies whether the planted defect was reported at its line by a finding
 * that the unmutated document did not have.
 */
final class RecallRun {
    /** Opt-in rules switched on so that their mutations can be measured; the baseline runs with them too. */
    static final Set<String> ENABLE = Set.of("text.simplified-character", "text.simplified-passage");

    record Outcome(Mutant mutant, boolean byRule, boolean byFamily, List<String> atLine) {
    }

    private final List<Host> hosts;
    private final int perKind;
    private final long seed;
    private final Map<String, FileReport> baselines = new ConcurrentHashMap<>();
    final List<Outcome> outcomes = new ArrayList<>();

    RecallRun(List<Host> hosts, int perKind, long seed) {
        this.hosts = hosts;
        this.perKind = perKind;
        this.seed = seed;
    }

    void run(List<Kind> kinds) throws Exception {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> warm = new ArrayList<>();
            for (Host h : hosts) warm.add(pool.submit(() -> baseline(h)));
            for (Future<?> f : warm) f.get();
            List<Mutant> mutants = new ArrayList<>();
            for (Kind k : kinds) mutants.addAll(choose(k));
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Mutant m : mutants) futures.add(pool.submit(() -> judge(m)));
            for (Future<Outcome> f : futures) outcomes.add(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Diagnostic> baseline(Host h) {
        return baselines.computeIfAbsent(h.path(), p -> check(h.path(), h.text())).diagnostics();
    }

    private String documentKind(Host h) {
        baseline(h);
        return baselines.get(h.path()).kind();
    }

    private static FileReport check(String path, String text) {
        FileReport r = TestRules.check(path, text, "auto", ENABLE);
        if (r.error() != null) throw new IllegalStateException(path + ": " + r.error());
        return r;
    }

    /** Up to perKind eligible mutants, spread over as many hosts as possible, in a seeded order. */
    private List<Mutant> choose(Kind kind) {
        Random rnd = new Random(seed * 31 + kind.id().hashCode());
        List<List<Kind.Site>> perHost = new ArrayList<>();
        for (Host h : hosts) {
            List<Kind.Site> sites = new ArrayList<>(kind.planter().sites(kind, h));
            if (sites.isEmpty()) continue;
            Collections.shuffle(sites, rnd);
            perHost.add(sites);
        }
        Collections.shuffle(perHost, rnd);
        List<Mutant> chosen = new ArrayList<>();
        boolean progress = true;
        while (chosen.size() < perKind && progress) {
            progress = false;
            for (List<Kind.Site> sites : perHost) {
                if (chosen.size() >= perKind) break;
                while (!sites.isEmpty()) {
                    Mutant m = sites.remove(sites.size() - 1).make().get();
                    if (m != null && eligible(m)) {
                        chosen.add(m);
                        progress = true;
                        break;
                    }
                }
            }
        }
        return chosen;
    }

    /** A place already reported for the family (or a document already in the planted state) measures nothing. */
    private boolean eligible(Mutant m) {
        List<Diagnostic> before = baseline(m.host());
        if (m.kind().onlyIn() != null && !m.kind().onlyIn().equals(documentKind(m.host()))) return false;
        return switch (m.kind().scope()) {
            case DOCUMENT -> true;
            case DOCUMENT_STATE -> before.stream().noneMatch(d -> d.rule().equals(m.kind().rule()));
            case LINE -> m.originalLine() == 0
                    || before.stream().noneMatch(d -> d.family().equals(m.kind().family()) && covers(d, m.originalLine()));
        };
    }

    private Outcome judge(Mutant m) {
        List<Diagnostic> after = check(m.host().path(), m.text()).diagnostics();
        Set<String> old = new HashSet<>();
        if (m.originalLine() > 0) {
            for (Diagnostic d : baseline(m.host())) if (covers(d, m.originalLine())) old.add(d.rule() + "|" + d.message());
        }
        List<Diagnostic> fresh = after.stream()
                .filter(d -> covers(d, m) && !old.contains(d.rule() + "|" + d.message())).toList();
        boolean byRule = fresh.stream().anyMatch(d -> d.rule().equals(m.kind().rule()));
        boolean byFamily = fresh.stream().anyMatch(d -> d.family().equals(m.kind().family()));
        List<String> atLine = after.stream().filter(d -> covers(d, m))
                .map(d -> d.rule() + (fresh.contains(d) ? "" : "(already)")).distinct().toList();
        return new Outcome(m, byRule, byFamily, atLine);
    }

    private static boolean covers(Diagnostic d, Mutant m) {
        return d.span().line() <= m.lastLine() && m.line() <= d.span().endLine();
    }

    private static boolean covers(Diagnostic d, int line) {
        return d.span().line() <= line && line <= d.span().endLine();
    }

    // ---- the table ----

    record Tally(int planted, int byRule, int byFamily) {
        Tally plus(Outcome o) {
            return new Tally(planted + 1, byRule + (o.byRule() ? 1 : 0), byFamily + (o.byFamily() ? 1 : 0));
        }

        double recall() {
            return planted == 0 ? Double.NaN : (double) byFamily / planted;
        }

        double ruleRecall() {
            return planted == 0 ? Double.NaN : (double) byRule / planted;
        }
    }

    Map<String, Tally> byFamily() {
        Map<String, Tally> t = new TreeMap<>();
        for (Outcome o : outcomes) t.merge(o.mutant().kind().family(), new Tally(0, 0, 0).plus(o), RecallRun::sum);
        return t;
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.planted + b.planted, a.byRule + b.byRule, a.byFamily + b.byFamily);
    }

    String table(List<Kind> kinds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Mutation recall: %d defects planted into %d published documents (seed %d, up to %d places a kind)%n",
                outcomes.size(), outcomes.stream().map(o -> o.mutant().host().path()).distinct().count(), seed, perKind));
        out.append("found = reported at the planted line (whole-document findings: line 1) by a finding the unmutated document did not have\n\n");
        out.append(String.format("%-12s %8s %8s %8s%n", "family", "planted", "found", "recall"));
        for (Map.Entry<String, Tally> e : byFamily().entrySet()) {
            Tally t = e.getValue();
            out.append(String.format("%-12s %8d %8d %8.2f%n", e.getKey(), t.planted, t.byFamily, t.recall()));
        }
        out.append(String.format("%n%-36s %-24s %7s %7s %7s %9s%n", "rule", "kind", "planted", "found", "recall", "+family"));
        Map<String, Map<String, Tally>> rows = new TreeMap<>();
        for (Outcome o : outcomes) {
            rows.computeIfAbsent(o.mutant().kind().rule(), r -> new LinkedHashMap<>())
                    .merge(o.mutant().kind().id(), new Tally(0, 0, 0).plus(o), RecallRun::sum);
        }
        for (Map.Entry<String, Map<String, Tally>> r : rows.entrySet()) {
            Tally all = r.getValue().values().stream().reduce(new Tally(0, 0, 0), RecallRun::sum);
            out.append(String.format("%-36s %-24s %7d %7d %7.2f %9s%n", r.getKey(), "(all)", all.planted, all.byRule,
                    all.ruleRecall(), all.byFamily > all.byRule ? "+" + (all.byFamily - all.byRule) : ""));
            if (r.getValue().size() > 1) {
                for (Map.Entry<String, Tally> k : r.getValue().entrySet()) {
                    Tally t = k.getValue();
                    out.append(String.format("%-36s %-24s %7d %7d %7.2f %9s%n", "", k.getKey(), t.planted, t.byRule,
                            t.ruleRecall(), t.byFamily > t.byRule ? "+" + (t.byFamily - t.byRule) : ""));
                }
            }
        }
        out.append("(+family: also reported at the line, but by another rule of the family; counted in the family's recall)\n");
        Set<String> planted = outcomes.stream().map(o -> o.mutant().kind().id()).collect(Collectors.toSet());
        List<String> unplaced = kinds.stream().filter(k -> !planted.contains(k.id())).map(k -> k.id() + " (" + k.rule() + ")").toList();
        if (!unplaced.isEmpty()) out.append("\nKinds with no eligible place in the sample: ").append(String.join(", ", unplaced)).append('\n');
        out.append("\nRules not planted:\n");
        for (String[] np : Mutations.NOT_PLANTED) out.append("  ").append(np[0]).append(": ").append(np[1]).append('\n');
        List<Outcome> misses = outcomes.stream().filter(o -> !o.byRule()).toList();
        out.append(String.format("%nMisses of the expected rule (%d):%n", misses.size()));
        for (Outcome o : misses) {
            Mutant m = o.mutant();
            out.append(String.format("  %s:%d  %s [%s]  %s%n      at that line: %s%s%n", m.host().path(), m.line(), m.kind().id(),
                    m.kind().rule(), shorten(m.what()), o.atLine().isEmpty() ? "nothing" : String.join(", ", o.atLine()),
                    o.byFamily() ? "  (family found)" : ""));
        }
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
