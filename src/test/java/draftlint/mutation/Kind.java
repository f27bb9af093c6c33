package draftlint.mutation;

import java.util.List;
import java.util.function.Supplier;

/**
 * A kind of defect a writer makes, and how to plant it into a real document.
 *
 * @param id      short name shown in the table
 * @param rule    the rule that must report it
 * @param mistake the writer's mistake it models
 * @param scope   where the finding is expected
 * @param onlyIn  the document kind a host must be read as (the rule judges only that kind), or null
 */
record Kind(String id, String rule, String mistake, Scope scope, Planter planter, String onlyIn) {

    Kind(String id, String rule, String mistake, Scope scope, Planter planter) {
        this(id, rule, mistake, scope, planter, null);
    }

    /** The same kind planted only into hosts that draftlint reads as documents of {@code documentKind}. */
    Kind in(String documentKind) {
        return new Kind(id, rule, mistake, scope, planter, documentKind);
    }

    enum Scope {
        /** at the planted line */
        LINE,
        /** a whole-document finding (line 1); the document may already have others of the rule */
        DOCUMENT,
        /** a whole-document finding about a state of the text: hosts already in that state are not used */
        DOCUMENT_STATE
    }

    /** Every place in a host where this kind can be planted, each made only when chosen. */
    interface Planter {
        List<Site> sites(Kind kind, Host host);
    }

    record Site(Host host, Supplier<Mutant> make) {
    }

    String family() {
        return rule.substring(0, rule.indexOf('.'));
    }
}
