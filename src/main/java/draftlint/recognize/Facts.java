package draftlint.recognize;

import draftlint.fact.Garble;
import draftlint.fact.Residue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The facts recognized in one draft, in the order they were found. */
public final class Facts {
    private final List<Object> all = new ArrayList<>();
    private final Map<Integer, List<Residue>> residueByParagraph = new HashMap<>();
    private final Map<Integer, List<Garble>> garbleByParagraph = new HashMap<>();

    public void add(Object fact) {
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
        List<T> found = new ArrayList<>();
        for (Object o : all) {
            if (type.isInstance(o)) found.add(type.cast(o));
        }
        return found;
    }

    /** The residue of one paragraph, in the order it was found. */
    public List<Residue> residueIn(int paragraph) {
        return Collections.unmodifiableList(residueByParagraph.getOrDefault(paragraph, List.of()));
    }

    /**
     * Whether chars {@code [start, end)} of a paragraph overlap residue. Residue is not part of the
     * document, so recognizers that run after the residue recognizer skip what lies in it.
     */
    public boolean overlapsResidue(int paragraph, int start, int end) {
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
        for (Garble g : garbleByParagraph.getOrDefault(paragraph, List.of())) {
            if (start < g.end() && g.start() < end) return true;
        }
        return false;
    }
}
