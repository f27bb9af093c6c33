package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Garble;
import draftlint.fact.Located;
import draftlint.fact.Residue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts recognized in one draft, in the order they were found, and the views of the draft
 * that several recognizers share ({@link #views()}).
 *
 * <p>While {@link Recognition} runs a recognizer, the facts hold it to its declarations: reading a
 * type not in its {@link Recognizer#reads()} (or {@link Recognizer#adds()}), or adding one not in
 * its {@code adds()}, throws. The order of the pipeline is made from those declarations, so a
 * read that is not declared could run before its producer and see nothing.
 */
public final class Facts {
    private final List<Object> all = new ArrayList<>();
    private final Map<Integer, List<Residue>> residueByParagraph = new HashMap<>();
    private final Map<Integer, List<Garble>> garbleByParagraph = new HashMap<>();
    private final Views views;
    private Recognizer running;
    /** The running recognizer's declarations, copied once: some ask for residue at every char. */
    private Set<Class<?>> reads = Set.of();
    private Set<Class<?>> adds = Set.of();

    /** The facts of {@code draft}, with its shared views (none yet). */
    public Facts(Draft draft) {
        this.views = new Views(draft, this);
    }

    /**
     * Adds {@code fact}, unless a recognizer that reads the draft with residue masked made a
     * {@link Located} fact that overlaps residue anyway: page chrome is no part of the document, so
     * nothing in it becomes a finding, even from a recognizer that forgets.
     */
    public void add(Object fact) {
        if (running != null && !adds.contains(fact.getClass())) {
            throw new IllegalStateException(name(running) + " adds " + fact.getClass().getSimpleName()
                    + " but does not declare it in adds()");
        }
        if (running != null && !running.readsChrome() && fact instanceof Located l
                && overlapsResidue(l.paragraph(), l.start(), l.end())) {
            return;
        }
        all.add(fact);
        if (fact instanceof Residue r) {
            residueByParagraph.computeIfAbsent(r.paragraph(), k -> new ArrayList<>()).add(r);
        } else if (fact instanceof Garble g) {
            garbleByParagraph.computeIfAbsent(g.paragraph(), k -> new ArrayList<>()).add(g);
        }
    }

    public List<Object> all() {
        return Collections.unmodifiableList(all);
    }

    public <T> List<T> ofType(Class<T> type) {
        require(type);
        List<T> found = new ArrayList<>();
        for (Object o : all) {
            if (type.isInstance(o)) found.add(type.cast(o));
        }
        return found;
    }

    /**
     * Whether chars {@code [start, end)} of a paragraph overlap residue: the one test of it, made
     * where facts come in ({@link #add}). The recognizers read the draft with residue masked instead.
     */
    private boolean overlapsResidue(int paragraph, int start, int end) {
        for (Residue r : residueByParagraph.getOrDefault(paragraph, List.of())) {
            if (start < r.end() && r.start() < end) return true;
        }
        return false;
    }

    /**
     * Whether chars {@code [start, end)} of a paragraph overlap garbled text. Mojibake is made of
     * real characters (鏈 among them), so recognizers after the garble recognizer leave it alone
     * rather than read it as words or script.
     */
    public boolean overlapsGarble(int paragraph, int start, int end) {
        require(Garble.class);
        for (Garble g : garbleByParagraph.getOrDefault(paragraph, List.of())) {
            if (start < g.end() && g.start() < end) return true;
        }
        return false;
    }

    /** The views of the draft computed once and shared by the recognizers that need them. */
    Views views() {
        return views;
    }

    /**
     * Runs {@code recognizer} held to its declarations, on {@code draft} as it came if it
     * {@link Recognizer#readsChrome() reads chrome}, else on the draft with residue masked.
     */
    void run(Recognizer recognizer, Draft draft) {
        running = recognizer;
        reads = Set.copyOf(recognizer.reads());
        adds = Set.copyOf(recognizer.adds());
        try {
            recognizer.recognize(recognizer.readsChrome() ? draft : views.masked(), this);
        } finally {
            running = null;
        }
    }

    /**
     * Fails when the running recognizer reads a type it has not declared. Residue is read by every
     * recognizer that reads the masked draft, declared or not.
     */
    void require(Class<?>... types) {
        if (running == null) return;
        for (Class<?> type : types) {
            if (type == Residue.class && !running.readsChrome()) continue;
            if (!reads.contains(type) && !adds.contains(type)) {
                throw new IllegalStateException(name(running) + " reads " + type.getSimpleName()
                        + " but does not declare it in reads()");
            }
        }
    }

    static String name(Recognizer recognizer) {
        return recognizer.getClass().getSimpleName();
    }
}
