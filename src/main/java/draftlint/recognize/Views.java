package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.fact.Residue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Views of one draft that several recognizers read: its visible text, its outline blocks, its
 * document, its year, and facts grouped by paragraph. Each is computed the first time it is asked
 * for and kept for the rest of the draft. Asking needs the view's inputs declared in the asker's
 * {@link Recognizer#reads()}: the pipeline then runs the asker after every producer of those
 * inputs, so the view is never computed from half the facts.
 */
final class Views {
    private final Draft draft;
    private final Facts facts;
    private Draft masked;
    private List<VisibleText> visibleText;
    private OutlineBlocks outlines;
    private Document document;
    private Integer year;
    private List<Integer> yearCandidates;
    private YearMonth signed;
    private boolean signedKnown;
    private final Map<Class<?>, Map<Integer, List<?>>> byParagraph = new HashMap<>();

    Views(Draft draft, Facts facts) {
        this.draft = draft;
        this.facts = facts;
    }

    /**
     * The draft with residue masked ({@link ResidueMask}; reads {@code Residue}): what every
     * recognizer but those that {@link Recognizer#readsChrome() read chrome} is given.
     */
    Draft masked() {
        facts.require(Residue.class);
        if (masked == null) masked = ResidueMask.of(draft, facts.ofType(Residue.class));
        return masked;
    }

    /** Every block's text with residue blanked to spaces and its ends stripped, indexed like the blocks (from {@link #masked}). */
    List<VisibleText> visibleText() {
        if (visibleText == null) visibleText = List.copyOf(VisibleText.of(masked().blocks()));
        return visibleText;
    }

    /** Where the draft lists its own outline (from the blocks only). */
    OutlineBlocks outlines() {
        if (outlines == null) outlines = OutlineBlocks.of(draft);
        return outlines;
    }

    /** The draft's one {@code Document} fact (reads {@code Document}). */
    Document document() {
        facts.require(Document.class);
        if (document == null) document = facts.ofType(Document.class).get(0);
        return document;
    }

    /** {@link DocumentYear#of}: the draft's year, or 0, read from the masked draft (reads {@code Document}). */
    int year() {
        facts.require(Document.class, Residue.class);
        if (year == null) year = DocumentYear.of(masked(), facts);
        return year;
    }

    /** {@link DocumentYear#candidates}: the years the draft may be about, most likely first. */
    List<Integer> yearCandidates() {
        facts.require(Document.class, Residue.class);
        if (yearCandidates == null) yearCandidates = DocumentYear.candidates(masked(), facts);
        return yearCandidates;
    }

    /** {@link DocumentYear#signed}: the year and month of the signature's date line, or null, read from the masked draft. */
    YearMonth signed() {
        facts.require(Residue.class);
        if (!signedKnown) {
            signed = DocumentYear.signed(masked());
            signedKnown = true;
        }
        return signed;
    }

    /**
     * The facts of {@code type} by paragraph, in paragraph order and, within one, in the order they
     * were found (reads {@code type}).
     */
    @SuppressWarnings("unchecked")
    <T> Map<Integer, List<T>> byParagraph(Class<T> type, ToIntFunction<T> paragraph) {
        facts.require(type);
        return (Map<Integer, List<T>>) (Map<Integer, ?>) byParagraph.computeIfAbsent(type, t -> {
            Map<Integer, List<T>> grouped = new TreeMap<>();
            for (T fact : facts.ofType(type)) grouped.computeIfAbsent(paragraph.applyAsInt(fact), k -> new ArrayList<>()).add(fact);
            Map<Integer, List<?>> frozen = new TreeMap<>();
            grouped.forEach((k, v) -> frozen.put(k, Collections.unmodifiableList(v)));
            return Collections.unmodifiableMap(frozen);
        });
    }
}
