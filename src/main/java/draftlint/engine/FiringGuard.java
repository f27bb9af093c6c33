package draftlint.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets a match fire only if its rule is switched on and the draft's time is not up, and counts
 * the firings of each rule. A user's rule that loops (retracts and re-inserts what it matches)
 * is then stopped by the firing limit or the deadline, and named in the report: the rule that
 * fired most is the one looping.
 */
final class FiringGuard implements AgendaFilter {
    private final Set<String> active;
    private final Deadline deadline;
    private final KieSession session;
    private final Map<String, Integer> firings = new HashMap<>();
    private String last;
    private boolean timedOut;

    FiringGuard(Set<String> active, Deadline deadline, KieSession session) {
        this.active = active;
        this.deadline = deadline;
        this.session = session;
    }

    @Override
    public boolean accept(Match match) {
        String rule = match.getRule().getName();
        if (!active.contains(rule)) return false;
        if (timedOut || deadline.passed()) {
            timedOut = true;
            session.halt();
            return false;
        }
        firings.merge(rule, 1, Integer::sum);
        last = rule;
        return true;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** The rule that was firing when the time ran out, or null if none had fired. */
    String lastRule() {
        return last;
    }

    /** The rule that fired most often: the loop, when the firing limit is reached. */
    String busiestRule() {
        return firings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    int firingsOf(String rule) {
        return firings.getOrDefault(rule, 0);
    }
}
