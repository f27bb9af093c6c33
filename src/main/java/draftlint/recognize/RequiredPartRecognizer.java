package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Document;
import draftlint.fact.Heading;
import draftlint.fact.RequiredPart;
import draftlint.kind.Kind;
import draftlint.kind.Kinds;
import draftlint.kind.PartSpec;
import draftlint.kind.Where;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for each part that the document's kind file requires, where the kind file says to look,
 * and records what it found: present (and where), missing, found in a form the kind forbids, or
 * undecided. Whether a missing part is a problem is the rules' call.
 *
 * <p>The draft is cut in three at its title and its first body paragraph (the first one after the
 * title that has a full sentence): the top (版头, where 发文字号 stands), the head (主送机关, 称谓)
 * and the body.
 */
public final class RequiredPartRecognizer implements Recognizer {
    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]");
    /** Headings deeper than this are points inside a part, not parts. */
    private static final int PART_LEVEL = 2;
    /** A title marked as an excerpt: 政府工作报告（摘要）, 讲话（节选）. */
    private static final Pattern EXCERPT = Pattern.compile("[(（](?:节选|節選|摘要|摘编|摘編|摘登|摘录|摘錄)[)）]$");

    private final Kinds kinds;

    public RequiredPartRecognizer(Kinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Document document = facts.ofType(Document.class).get(0);
        Kind kind = kinds.byName(document.kind()).orElse(null);
        if (kind == null) return;
        if (isExcerpt(draft, document)) {
            for (PartSpec part : kind.parts()) facts.add(fact(kind, part, "undecided", -1, Span.documentStart(), ""));
            return;
        }
        List<VisibleText> visible = VisibleText.of(draft.blocks(), facts);
        int bodyStart = bodyStart(visible, document.titleParagraph());
        List<Candidate> headings = headings(draft, facts, visible);
        for (PartSpec part : kind.parts()) {
            if (part.when() != null && !anyMatch(visible, part.when())) continue;
            facts.add(look(draft, document, kind, part, visible, bodyStart, headings));
        }
    }

    /**
     * {@code 政府工作报告（摘要）}, {@code （节选）}: an excerpt leaves parts out on purpose, so what it
     * lacks says nothing about the document it was taken from.
     */
    private static boolean isExcerpt(Draft draft, Document document) {
        if (document.titleParagraph() < 0) return false;
        return EXCERPT.matcher(draft.blocks().get(document.titleParagraph()).text().strip()).find();
    }

    private static RequiredPart look(Draft draft, Document document, Kind kind, PartSpec part,
                                     List<VisibleText> visible, int bodyStart, List<Candidate> headings) {
        int title = document.titleParagraph();
        List<Candidate> places = new ArrayList<>();
        boolean decidable = false;
        for (Where where : part.where()) {
            decidable |= where != Where.HEADING || !headings.isEmpty();
            switch (where) {
                case TITLE -> {
                    if (title >= 0) places.add(candidate(draft, visible, title));
                }
                case TOP -> addRange(places, draft, visible, 0, bodyStart);
                case HEAD -> addRange(places, draft, visible, title + 1, bodyStart);
                case BODY -> addRange(places, draft, visible, bodyStart, visible.size());
                case AFTER_BODY -> addRange(places, draft, visible, bodyStart + 1, visible.size());
                case HEADING -> places.addAll(headings);
            }
        }
        if (!decidable) return fact(kind, part, "undecided", -1, Span.documentStart(), "");
        Set<Integer> matched = new HashSet<>(); // a heading is also a body paragraph: count it once
        Candidate first = null;
        Matcher firstMatch = null;
        for (Candidate c : places) {
            Matcher m = part.find().matcher(c.text);
            if (m.find()) {
                matched.add(c.paragraph);
                if (first == null) {
                    first = c;
                    firstMatch = m;
                }
            }
        }
        int count = matched.size();
        if (first == null || count < part.min()) {
            return fact(kind, part, "missing", -1, Span.documentStart(), "");
        }
        String found = firstMatch.group();
        Block block = draft.blocks().get(first.paragraph);
        Span span = block.span(first.offset + firstMatch.start(), first.offset + firstMatch.end());
        boolean wellFormed = part.form() == null || part.form().matcher(found).find();
        return fact(kind, part, wellFormed ? "present" : "malformed", first.paragraph, span, found);
    }

    private static RequiredPart fact(Kind kind, PartSpec part, String state, int paragraph, Span span, String text) {
        return new RequiredPart(kind.name(), part.id(), part.labelZh(), part.labelEn(), kind.labelZh(), kind.labelEn(),
                part.severity(), state, paragraph, span, text, part.formZh(), part.formEn());
    }

    /** The first paragraph after the title with a full sentence in it, or past the end when none has. */
    private static int bodyStart(List<VisibleText> visible, int title) {
        for (int i = title + 1; i < visible.size(); i++) {
            if (SENTENCE.matcher(visible.get(i).text()).find()) return i;
        }
        return visible.size();
    }

    /** Adds the visible paragraphs {@code [from, to)}. */
    private static void addRange(List<Candidate> out, Draft draft, List<VisibleText> visible, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, visible.size()); i++) {
            if (!visible.get(i).isEmpty()) out.add(candidate(draft, visible, i));
        }
    }

    private static Candidate candidate(Draft draft, List<VisibleText> visible, int paragraph) {
        VisibleText v = visible.get(paragraph);
        return new Candidate(paragraph, v.offset(), v.text());
    }

    /**
     * Body headings that can name a part: numbered ones of level 1 or 2 (marker and words, as written),
     * and Markdown headings.
     */
    private static List<Candidate> headings(Draft draft, Facts facts, List<VisibleText> visible) {
        List<Candidate> found = new ArrayList<>();
        Set<Integer> numbered = new HashSet<>();
        for (Heading h : facts.ofType(Heading.class)) {
            if (h.outline() || h.level() > PART_LEVEL) continue;
            String text = draft.blocks().get(h.paragraph()).text();
            int end = Math.min(h.end(), text.length());
            if (h.start() < end) found.add(new Candidate(h.paragraph(), h.start(), text.substring(h.start(), end)));
            numbered.add(h.paragraph());
        }
        for (Block block : draft.blocks()) {
            if (block.type() == BlockType.HEADING && !numbered.contains(block.index())
                    && !visible.get(block.index()).isEmpty()) {
                found.add(candidate(draft, visible, block.index()));
            }
        }
        return found;
    }

    private static boolean anyMatch(List<VisibleText> visible, Pattern pattern) {
        for (VisibleText v : visible) {
            if (!v.isEmpty() && pattern.matcher(v.text()).find()) return true;
        }
        return false;
    }

    /** A stretch of text to look in: its paragraph and where in that paragraph it starts. */
    private record Candidate(int paragraph, int offset, String text) {
    }
}
