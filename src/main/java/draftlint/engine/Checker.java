package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.fact.Finding;
import draftlint.kind.Kinds;
import draftlint.recognize.Facts;
import draftlint.recognize.Recognition;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one draft: recognizes its facts, runs the rules over them in a session of its own, and
 * resolves what the rules found into diagnostics. Thread-safe: the rule base is shared, sessions
 * are not.
 */
public final class Checker {
    /** A rule set that fires more often than this on one draft is looping, not checking. */
    static final int FIRING_LIMIT = 1_000_000;

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
        this.book = book;
        for (RuleMeta rule : book.rules()) {
            if (selection.isOn(rule)) active.add(rule.id());
        }
        this.recognition = new Recognition(kind, kinds);
        this.language = language;
        this.template = new MessageTemplate(language);
    }

    public FileReport check(Draft draft) {
        Facts facts = recognition.recognize(draft);
        List<Finding> findings = new ArrayList<>();
        KieSession session = book.kieBase().newKieSession();
        try {
            for (Object fact : facts.all()) session.insert(fact);
            int fired = session.fireAllRules(match -> active.contains(match.getRule().getName()), FIRING_LIMIT);
            if (fired >= FIRING_LIMIT) {
                return FileReport.unreadable(draft.path(), "the rules fired " + FIRING_LIMIT
                        + " times without finishing (a rule that keeps re-inserting what it matches?)");
            }
            for (Object o : session.getObjects(o -> o instanceof Finding)) findings.add((Finding) o);
        } finally {
            session.dispose();
        }
        Document document = facts.ofType(Document.class).get(0);
        return new FileReport(draft.path(), draft.encoding(), document.kind(), document.kindAssumed(), null,
                resolve(findings, draft), draft.lines());
    }

    private List<Diagnostic> resolve(List<Finding> findings, Draft draft) {
        Set<Diagnostic> unique = new LinkedHashSet<>();
        for (Finding f : findings) {
            RuleMeta rule = book.rule(f.getRule()).orElseThrow();
            // A number shown by automatic numbering is not text: replacing it as text would corrupt the file.
            boolean inAutoNumber = draft.touchesAutoNumber(f.getSpan());
            unique.add(new Diagnostic(rule.id(), rule.family(), rule.severity(), f.getSpan(),
                    template.fill(rule.message(language), f.getArgs()),
                    template.fill(rule.suggestion(language), f.getArgs()),
                    inAutoNumber ? null : f.getFix(), draft.line(f.getSpan().line()), inAutoNumber));
        }
        List<Diagnostic> sorted = new ArrayList<>(unique);
        // Ties broken by message: the session hands findings back in identity-hash order, which any
        // change of allocation (a recognizer, the heap size) reshuffles.
        sorted.sort(Comparator.comparing(Diagnostic::span).thenComparing(Diagnostic::rule)
                .thenComparing(Diagnostic::message));
        return sorted;
    }
}
