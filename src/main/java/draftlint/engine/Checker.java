package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Document;
import draftlint.fact.Finding;
import draftlint.kind.Kinds;
import draftlint.layout.LayoutProfiles;
import draftlint.read.Reason;
import draftlint.recognize.Facts;
import draftlint.recognize.Recognition;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one draft: recognizes its facts, runs the rules over them in a session of its own, and
 * resolves what the rules found into diagnostics. Thread-safe: the rule base is shared, sessions
 * are not.
 */
public final class Checker {
    /** A rule set that fires more often than this on one draft is looping, not checking. */
    static final int FIRING_LIMIT = 1_000_000;

    /**
     * Line, column, rule (the contract), then where it ends and the message: one rule may report
     * several things at one place (a notice missing its date and its signature), and the order the
     * session holds them in differs from run to run (it follows identity hashes).
     */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparingInt((Diagnostic d) -> d.span().line())
            .thenComparingInt(d -> d.span().column()).thenComparing(Diagnostic::rule)
            .thenComparingInt(d -> d.span().endLine()).thenComparingInt(d -> d.span().endColumn())
            .thenComparing(Diagnostic::message);

    private final RuleBook book;
    private final Set<String> active = new HashSet<>();
    private final Recognition recognition;
    private final MessageTemplate template;
    private final Language language;

    public Checker(RuleBook book, RuleSelection selection, Language language, String kind) {
        this(book, selection, language, kind, Kinds.builtIn());
    }

    /** @param kinds the document kinds of this run: the built-in ones and those of {@code --rules} folders */
    public Checker(RuleBook book, RuleSelection selection, Language language, String kind, Kinds kinds) {
        this(book, selection, language, kind, kinds, null, LayoutProfiles.builtIn());
    }

    /**
     * @param layout   the layout profile named by {@code --layout} or the configuration, or null for the kind's
     * @param profiles the layout profiles of this run: the built-in ones and those of {@code --rules} folders
     */
    public Checker(RuleBook book, RuleSelection selection, Language language, String kind, Kinds kinds, String layout,
                   LayoutProfiles profiles) {
        this.book = book;
        for (RuleMeta rule : book.rules()) {
            if (selection.isOn(rule)) active.add(rule.id());
        }
        this.recognition = new Recognition(kind, kinds, layout, profiles);
        this.language = language;
        this.template = new MessageTemplate(language);
    }

    /** The language of this checker's messages, and of the reasons a file could not be checked. */
    public Language language() {
        return language;
    }

    public FileReport check(Draft draft) {
        return check(draft, null);
    }

    /**
     * Checks a draft, giving its rules {@code ruleBudget} (null: no limit) to finish. A draft whose
     * rules loop, throw or run out of time is reported with a one-line reason naming the rule,
     * never with a stack trace. Reading and recognizing are not timed: they are linear in the
     * draft and bounded by {@code --max-size}, while the rules include the user's own.
     */
    public FileReport check(Draft draft, Duration ruleBudget) {
        Fired fired = fire(draft, ruleBudget);
        if (fired.failure() != null) return fired.failure();
        return new FileReport(draft.path(), draft.encoding(), fired.document().kind(), fired.document().kindAssumed(),
                null, resolve(fired.findings(), draft), draft.lines());
    }

    /** What the rules found, with the draft's {@link Document}; or the one-line reason they failed. */
    private record Fired(List<Finding> findings, Document document, FileReport failure) {
    }

    /**
     * Recognizes the draft's facts and runs the rules over them. The facts are unreachable once
     * this returns, before the findings are resolved (the session goes back to the pool emptied):
     * a 10 MB draft has 350,000 facts, and resolving its findings needs the room.
     */
    private Fired fire(Draft draft, Duration ruleBudget) {
        Facts facts = recognition.recognize(draft);
        Document document = facts.ofType(Document.class).get(0);
        Deadline deadline = ruleBudget == null ? Deadline.none() : Deadline.after(ruleBudget);
        // Taken last, given back in the finally: a session never taken back would stay in the pool's hands.
        KieSession session = book.newSession();
        try {
            for (Object fact : facts.all()) session.insert(fact);
            FiringGuard guard = new FiringGuard(active, deadline, session);
            int fired;
            try {
                fired = session.fireAllRules(guard, FIRING_LIMIT);
            } catch (ConsequenceException e) {
                return failed(draft, Reason.of("rule-failed", "rule", e.getMatch().getRule().getName(), "detail", oneLine(rootCause(e))));
            }
            if (guard.timedOut()) {
                String rule = guard.lastRule();
                return failed(draft, rule == null ? Reason.of("timed-out", "budget", deadline.budget())
                        : Reason.of("timed-out-in-rule", "budget", deadline.budget(), "rule", rule));
            }
            if (fired >= FIRING_LIMIT) {
                String rule = guard.busiestRule();
                return failed(draft, Reason.of("rule-loops", "rule", rule, "count", guard.firingsOf(rule), "limit", FIRING_LIMIT));
            }
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) findings.add((Finding) o);
            return new Fired(findings, document, null);
        } finally {
            session.dispose();
        }
    }

    private Fired failed(Draft draft, Reason reason) {
        return new Fired(List.of(), null, FileReport.unreadable(draft.path(), Reasons.text(reason, language)));
    }

    /** What the rule threw, under the wrappers of Drools and MVEL. */
    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message;
    }

    private List<Diagnostic> resolve(List<Finding> findings, Draft draft) {
        Set<Diagnostic> unique = new LinkedHashSet<>();
        // Most findings of a draft share their wording with others (the same mark, the same word):
        // one copy of each text, not one per finding (158,000 findings on a 10 MB draft).
        Map<String, String> texts = new HashMap<>();
        for (Finding f : findings) {
            RuleMeta rule = book.rule(f.getRule()).orElseThrow();
            // A number shown by automatic numbering is not text: replacing it as text would corrupt the file.
            boolean inAutoNumber = draft.touchesAutoNumber(f.getSpan());
            unique.add(new Diagnostic(rule.id(), rule.family(), rule.severity(), f.getSpan(),
                    texts.computeIfAbsent(template.fill(rule.message(language), f.getArgs()), t -> t),
                    texts.computeIfAbsent(template.fill(rule.suggestion(language), f.getArgs()), t -> t),
                    inAutoNumber ? null : f.getFix(), draft.line(f.getSpan().line()), inAutoNumber));
        }
        List<Diagnostic> sorted = joinRuns(new ArrayList<>(unique));
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * One finding for each run of a rule over touching or overlapping spans: {@code 推进推进推进…}
     * is one doubled word, not one finding per pair (a 6 MB line of them gave 250,000, each
     * printed with its line). The run keeps its first finding's words and has no fix: its parts'
     * fixes were each for a part, and what the run as a whole needs wants reading. Empty spans
     * (carets, whole-document findings) cover nothing, so they join nothing. On every real
     * document in fixtures/ no two findings join: this bounds what hostile input can make.
     */
    static List<Diagnostic> joinRuns(List<Diagnostic> diagnostics) {
        List<Diagnostic> byRule = new ArrayList<>(diagnostics);
        byRule.sort(Comparator.comparing(Diagnostic::rule).thenComparing(Diagnostic::span));
        List<Diagnostic> joined = new ArrayList<>(byRule.size());
        Diagnostic run = null;
        for (Diagnostic d : byRule) {
            if (run != null && run.rule().equals(d.rule()) && !run.span().isEmpty() && !d.span().isEmpty()
                    && !ends(run.span()).isBefore(starts(d.span()))) {
                Span span = ends(d.span()).isBefore(ends(run.span())) ? run.span() : run.span().to(d.span());
                run = new Diagnostic(run.rule(), run.family(), run.severity(), span, run.message(), run.suggestion(),
                        null, run.excerpt(), run.inAutoNumber() || d.inAutoNumber());
                continue;
            }
            if (run != null) joined.add(run);
            run = d;
        }
        if (run != null) joined.add(run);
        return joined;
    }

    /** A place in the text: a line and a column. */
    private record Place(int line, int column) {
        boolean isBefore(Place o) {
            return line < o.line || (line == o.line && column < o.column);
        }
    }

    private static Place starts(Span s) {
        return new Place(s.line(), s.column());
    }

    private static Place ends(Span s) {
        return new Place(s.endLine(), s.endColumn());
    }
}
