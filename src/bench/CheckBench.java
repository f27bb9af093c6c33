import draftlint.draft.Draft;
import draftlint.engine.Checker;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleMeta;
import draftlint.engine.RuleSelection;
import draftlint.engine.RuleSource;
import draftlint.read.DraftReader;
import draftlint.recognize.Facts;
import draftlint.recognize.Recognition;
import draftlint.recognize.Recognizer;
import draftlint.report.JsonReporter;
import org.kie.api.runtime.KieSession;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The per-draft cost of a check, warm and in-process (run by check.sh with Java's source launcher
 * on the built classes): the rule base is built once, then each workload is checked many times on
 * one thread and the median CPU time of the current thread is reported per phase — read, each
 * recognizer, session insert + fire, the whole check (so resolve = check − recognize − fire), and
 * the JSON report. CPU time, not wall time: the machine is shared, and another process taking a
 * core lengthens wall time but not this thread's CPU time.
 * Usage: java CheckBench.java ROUNDS WORKLOAD_DIR...
 */
public final class CheckBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Per phase, the CPU nanoseconds of each round (summed over the workload's files). */
    private static Map<String, long[]> phases;
    private static int round;
    private static int rounds;

    public static void main(String[] args) throws Exception {
        rounds = Integer.parseInt(args[0]);
        RuleBook book = RuleBook.load(RuleSource.builtIn(), null);
        Set<String> active = new HashSet<>();
        for (RuleMeta rule : book.rules()) if (RuleSelection.defaults().isOn(rule)) active.add(rule.id());
        Checker checker = new Checker(book, RuleSelection.defaults(), Language.ZH, "auto");
        Recognition plain = new Recognition("auto");
        List<Recognizer> timed = new ArrayList<>();
        for (Recognizer r : plain.recognizers()) timed.add(new Timed(r));
        Recognition recognition = new Recognition(timed);

        for (int a = 1; a < args.length; a++) {
            Path dir = Path.of(args[a]);
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            List<byte[]> bytes = new ArrayList<>();
            for (Path f : files) bytes.add(Files.readAllBytes(f));
            int warmup = Math.max(3, rounds / 3);
            phases = new LinkedHashMap<>();
            int findings = 0;
            for (round = -warmup; round < rounds; round++) {
                findings = 0;
                for (int i = 0; i < files.size(); i++) {
                    String name = files.get(i).toString();
                    long t = cpu();
                    Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, bytes.get(i));
                    add("read", cpu() - t);

                    t = cpu();
                    Facts facts = recognition.recognize(draft);
                    add("recognize", cpu() - t);

                    t = cpu();
                    KieSession session = book.kieBase().newKieSession();
                    try {
                        for (Object fact : facts.all()) session.insert(fact);
                        session.fireAllRules(match -> active.contains(match.getRule().getName()));
                    } finally {
                        session.dispose();
                    }
                    add("session insert+fire", cpu() - t);

                    t = cpu();
                    FileReport report = checker.check(draft);
                    add("check (recognize+fire+resolve)", cpu() - t);
                    findings += report.diagnostics().size();

                    t = cpu();
                    PrintWriter out = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
                    JsonReporter reporter = new JsonReporter(out, "bench");
                    reporter.file(report);
                    out.flush();
                    add("report (JSON)", cpu() - t);
                }
            }
            System.out.printf("%n%s: %d file(s), %d findings; median CPU ms per round of %d (min) after %d warm-up rounds%n",
                    dir.getFileName(), files.size(), findings, rounds, warmup);
            long check = median(phases.get("check (recognize+fire+resolve)"));
            long recognize = median(phases.get("recognize"));
            long fire = median(phases.get("session insert+fire"));
            for (Map.Entry<String, long[]> e : phases.entrySet()) {
                print(e.getKey(), e.getValue());
                if (e.getKey().startsWith("check")) {
                    System.out.printf("  %-34s %9.2f%n", "  resolve (check − recognize − fire)", (check - recognize - fire) / 1e6);
                }
            }
        }
    }

    private static void print(String phase, long[] times) {
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("  %-34s %9.2f  (%.2f)%n", phase, median(times) / 1e6, sorted[0] / 1e6);
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }

    private static void add(String phase, long nanos) {
        if (round < 0) return;
        phases.computeIfAbsent(phase, k -> new long[rounds])[round] += nanos;
    }

    /** A recognizer that adds its CPU time to its own phase; it declares what the one it wraps declares. */
    private record Timed(Recognizer inner) implements Recognizer {
        @Override
        public void recognize(Draft draft, Facts facts) {
            long t = cpu();
            inner.recognize(draft, facts);
            add("  " + inner.getClass().getSimpleName(), cpu() - t);
        }

        @Override
        public Set<Class<?>> reads() {
            return inner.reads();
        }

        @Override
        public Set<Class<?>> adds() {
            return inner.adds();
        }

        @Override
        public boolean readsChrome() {
            return inner.readsChrome();
        }
    }
}
