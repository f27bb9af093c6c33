package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.kind.Kinds;

import java.util.List;

/**
 * The recognizers in the order they run. Residue comes before everything that reads prose, so
 * that page chrome is not taken for document text; the document's kind before what depends on it;
 * how the document ends before its required parts (a draft that breaks off may have lost them).
 */
public final class Recognition {
    private final List<Recognizer> recognizers;

    /** @param kind the {@code --kind} option: a kind name, or "auto" to guess from the title */
    public Recognition(String kind) {
        this(kind, Kinds.builtIn());
    }

    /** @param kinds the document kinds known to this run, built-in and the user's */
    public Recognition(String kind, Kinds kinds) {
        this.recognizers = List.of(
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
                new OutlineRecognizer());
    }

    public Facts recognize(Draft draft) {
        Facts facts = new Facts();
        for (Recognizer recognizer : recognizers) {
            recognizer.recognize(draft, facts);
        }
        return facts;
    }
}
