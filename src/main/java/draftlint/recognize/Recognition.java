package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Residue;
import draftlint.kind.Kinds;
import draftlint.layout.LayoutProfiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recognizers of a draft, run in an order made from what each reads and adds
 * ({@link Recognizer#reads()}, {@link Recognizer#adds()}): a recognizer runs after every recognizer
 * that adds a type it reads. So residue comes before everything that reads prose, the document's
 * kind before what depends on it, how the document ends before its required parts, because each of
 * them says so, not because of where it stands in a list. Where the declarations leave two
 * recognizers free, they keep the order they are given in, so a run is the same from one day to the
 * next. A type read that no recognizer adds, or recognizers that wait on each other, are refused
 * when the pipeline is built.
 */
public final class Recognition {
    private final List<Recognizer> recognizers;

    /** @param kind the {@code --kind} option: a kind name, or "auto" to guess from the title */
    public Recognition(String kind) {
        this(kind, Kinds.builtIn());
    }

    /** @param kinds the document kinds known to this run, built-in and the user's */
    public Recognition(String kind, Kinds kinds) {
        this(kind, kinds, null, LayoutProfiles.builtIn());
    }

    /**
     * @param layout   the layout profile named by {@code --layout} or the configuration, or null for the kind's
     * @param profiles the layout profiles known to this run, built-in and the user's
     */
    public Recognition(String kind, Kinds kinds, String layout, LayoutProfiles profiles) {
        this(List.of(
                new ParagraphRecognizer(),
                new ResidueRecognizer(),
                new DocumentRecognizer(kind, kinds),
                new PlaceholderRecognizer(),
                new FigureRecognizer(),
                new ListClaimRecognizer(),
                new BreakdownRecognizer(),
                new ChangeRecognizer(),
                new DateRecognizer(),
                new AnniversaryRecognizer(),
                new FormulationRecognizer(),
                new HeadingRecognizer(),
                new EnumerationRecognizer(),
                new RepeatedWordRecognizer(),
                new PinyinRecognizer(),
                new GarbleRecognizer(),
                new ScriptRecognizer(),
                new RepeatedParagraphRecognizer(),
                new HalfWidthRecognizer(),
                new PairingRecognizer(),
                new RangeRecognizer(),
                new DocumentEndRecognizer(),
                new RequiredPartRecognizer(kinds),
                new AnnouncementRecognizer(),
                new OutlineRecognizer(),
                new LayoutRecognizer(layout, profiles)));
    }

    /**
     * A pipeline of {@code recognizers} in any order.
     *
     * @throws IllegalStateException when a recognizer reads a type no recognizer adds, or when
     *         recognizers wait on each other (the message names them)
     */
    public Recognition(List<? extends Recognizer> recognizers) {
        this.recognizers = List.copyOf(ordered(recognizers));
    }

    /** The recognizers in the order they run. */
    public List<Recognizer> recognizers() {
        return recognizers;
    }

    public Facts recognize(Draft draft) {
        Facts facts = new Facts(draft);
        for (Recognizer recognizer : recognizers) {
            facts.run(recognizer, draft);
        }
        return facts;
    }

    /**
     * A topological order: each recognizer after the producers of what it reads. Of the recognizers
     * that are ready, the first given runs first (Kahn's algorithm, stable), so a list that already
     * respects the declarations runs as given.
     */
    private static List<Recognizer> ordered(List<? extends Recognizer> given) {
        Map<Class<?>, List<Recognizer>> producers = new LinkedHashMap<>();
        for (Recognizer r : given) {
            for (Class<?> type : r.adds()) producers.computeIfAbsent(type, k -> new ArrayList<>()).add(r);
        }
        Map<Recognizer, Set<Recognizer>> waitsOn = new LinkedHashMap<>();
        for (Recognizer r : given) {
            Set<Recognizer> before = new LinkedHashSet<>();
            // A recognizer that reads the draft with residue masked runs after residue, declared or not.
            if (!r.readsChrome()) {
                for (Recognizer p : producers.getOrDefault(Residue.class, List.of())) if (p != r) before.add(p);
            }
            for (Class<?> type : sorted(r.reads())) {
                List<Recognizer> made = producers.get(type);
                if (made == null) {
                    throw new IllegalStateException(Facts.name(r) + " reads " + type.getSimpleName()
                            + ", which no recognizer adds");
                }
                for (Recognizer p : made) if (p != r) before.add(p);
            }
            waitsOn.put(r, before);
        }
        List<Recognizer> order = new ArrayList<>();
        Set<Recognizer> placed = new LinkedHashSet<>();
        while (order.size() < given.size()) {
            Recognizer next = null;
            for (Recognizer r : given) {
                if (!placed.contains(r) && placed.containsAll(waitsOn.get(r))) {
                    next = r;
                    break;
                }
            }
            if (next == null) throw new IllegalStateException("recognizers wait on each other: " + cycle(waitsOn, placed));
            order.add(next);
            placed.add(next);
        }
        return order;
    }

    /** One cycle among the recognizers not placed, as {@code A → B → A} (A reads what B adds). */
    private static String cycle(Map<Recognizer, Set<Recognizer>> waitsOn, Set<Recognizer> placed) {
        Recognizer at = waitsOn.keySet().stream().filter(r -> !placed.contains(r)).findFirst().orElseThrow();
        List<Recognizer> path = new ArrayList<>();
        // Every recognizer left waits on one that is left too, so following them must come round.
        while (!path.contains(at)) {
            path.add(at);
            at = waitsOn.get(at).stream().filter(r -> !placed.contains(r)).findFirst().orElseThrow();
        }
        List<Recognizer> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        loop.add(at);
        return loop.stream().map(Facts::name).collect(Collectors.joining(" → "));
    }

    /** Types by name, so that messages and the order of edges do not follow a set's hashing. */
    static List<Class<?>> sorted(Set<Class<?>> types) {
        return types.stream().sorted(Comparator.comparing(Class::getSimpleName)).toList();
    }
}
