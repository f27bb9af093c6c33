package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.fact.Document;
import draftlint.fact.DocumentEnd;
import draftlint.fact.Heading;
import draftlint.fact.Placeholder;
import draftlint.fact.RequiredPart;
import draftlint.kind.Kind;
import draftlint.kind.Kinds;
import draftlint.kind.PartSpec;
import draftlint.kind.Where;
import draftlint.text.HanCharacters;

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
    private static final Pattern GREETING = Pattern.compile("^[^。？?！!]{1,80}[！!]$");
    /** Headings deeper than this are points inside a part, not parts. */
    private static final int PART_LEVEL = 2;
    /** A 落款 line: a body's name and its date fit in this many characters. */
    private static final int SIGN_OFF_MAX = 40;
    /** A title marked as an excerpt: 政府工作报告（摘要）, 讲话（节选）. */
    private static final Pattern EXCERPT = Pattern.compile("[(（](?:节选|摘要|摘编|摘登|摘录)[)）]$"); // matched folded

    private final Kinds kinds;

    public RequiredPartRecognizer(Kinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class, DocumentEnd.class, Heading.class, Placeholder.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(RequiredPart.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        Document document = facts.views().document();
        Kind kind = kinds.byName(document.kind()).orElse(null);
        if (kind == null) return;
        if (isExcerpt(draft, document)) {
            for (PartSpec part : kind.parts()) facts.add(fact(kind, part, "undecided", -1, Span.documentStart(), ""));
            return;
        }
        List<VisibleText> visible = facts.views().visibleText();
        int bodyStart = bodyStart(visible, document.titleParagraph());
        List<Candidate> headings = headings(draft, facts, visible);
        boolean truncated = facts.ofType(DocumentEnd.class).stream().anyMatch(DocumentEnd::isTruncated);
        boolean blankSignOff = blankSignOff(facts, visible, bodyStart);
        for (PartSpec part : kind.parts()) {
            if (part.when() != null && !anyMatch(visible, part.when())) continue;
            if (part.unlessTitle() != null && part.unlessTitle().matcher(document.title()).find()) continue;
            RequiredPart fact = look(draft, document, kind, part, visible, bodyStart, headings);
            if (fact.state().equals("missing") && (truncated && mayStandInLostText(part)
                    || blankSignOff && part.where().contains(Where.AFTER_BODY)
                    || part.mention() != null && mentioned(visible, bodyStart, part.mention()))) {
                fact = fact(kind, part, "undecided", -1, Span.documentStart(), "");
            }
            facts.add(fact);
        }
    }

    /**
     * A draft that breaks off may have lost its later parts with the rest of its text: only what
     * stands before the body (title, 主送机关, 称谓, 发文字号) can still be said to be missing.
     */
    private static boolean mayStandInLostText(PartSpec part) {
        return part.where().contains(Where.BODY) || part.where().contains(Where.AFTER_BODY)
                || part.where().contains(Where.HEADING);
    }

    /**
     * Whether a line after the body is a blank left to fill ({@code [发文单位]}, {@code XXX单位},
     * {@code 20XX年XX月XX日}): a template's 落款 stands there unfilled, and which part it stands for the
     * words cannot tell. The placeholder is reported; the part is not also called missing.
     */
    private static boolean blankSignOff(Facts facts, List<VisibleText> visible, int bodyStart) {
        for (Placeholder p : facts.ofType(Placeholder.class)) {
            if (p.paragraph() <= bodyStart || p.paragraph() >= visible.size()) continue;
            String line = visible.get(p.paragraph()).text().strip();
            if (line.length() <= SIGN_OFF_MAX && !SENTENCE.matcher(line).find() && line.indexOf('：') < 0
                    && line.indexOf(':') < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a body paragraph names the part in running text ({@code mention:} of the kind file). */
    private static boolean mentioned(List<VisibleText> visible, int bodyStart, Pattern mention) {
        for (int i = bodyStart; i < visible.size(); i++) {
            if (!visible.get(i).isEmpty() && mention.matcher(visible.get(i).text()).find()) return true;
        }
        return false;
    }

    /**
     * {@code 政府工作报告（摘要）}, {@code （节选）}: an excerpt leaves parts out on purpose, so what it
     * lacks says nothing about the document it was taken from.
     */
    private static boolean isExcerpt(Draft draft, Document document) {
        if (document.titleParagraph() < 0) return false;
        return EXCERPT.matcher(HanCharacters.foldToSimplified(draft.blocks().get(document.titleParagraph()).text().strip())).find();
    }

    private static RequiredPart look(Draft draft, Document document, Kind kind, PartSpec part,
                                     List<VisibleText> visible, int bodyStart, List<Candidate> headings) {
        int title = document.titleParagraph();
        List<Candidate> places = new ArrayList<>();
        boolean decidable = false;
        for (Where where : part.where()) {
            // Without a body paragraph (no full sentence after the title: a template's 正文部分) what
            // follows the body cannot be looked for.
            boolean hasBody = bodyStart < visible.size();
            decidable |= where == Where.TITLE || where == Where.HEAD
                    || (where == Where.BODY || where == Where.AFTER_BODY) && hasBody
                    || where == Where.HEADING && !headings.isEmpty()
                    || where == Where.TOP && hasTop(visible, document);
            switch (where) {
                case TITLE -> {
                    if (title >= 0) places.add(titleCandidate(draft, visible, document));
                }
                case TOP -> addRange(places, draft, visible, 0, bodyStart);
                case HEAD -> addRange(places, draft, visible, title + 1, bodyStart);
                case BODY -> addRange(places, draft, visible, bodyStart, visible.size());
                case AFTER_BODY -> addRange(places, draft, visible, bodyStart + 1, visible.size());
                case HEADING -> places.addAll(headings);
            }
        }
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
            return fact(kind, part, decidable ? "missing" : "undecided", -1, Span.documentStart(), "");
        }
        String found = firstMatch.group();
        Block block = draft.blocks().get(first.paragraph);
        Span span = first.whole != null ? first.whole
                : block.span(first.offset + firstMatch.start(), first.offset + firstMatch.end());
        boolean wellFormed = part.form() == null || part.form().matcher(found).find();
        return fact(kind, part, wellFormed ? "present" : "malformed", first.paragraph, span, found);
    }

    private static RequiredPart fact(Kind kind, PartSpec part, String state, int paragraph, Span span, String text) {
        return new RequiredPart(kind.name(), part.id(), part.labelZh(), part.labelEn(), kind.labelZh(), kind.labelEn(),
                part.severity(), state, paragraph, span, text, part.formZh(), part.formEn());
    }

    /**
     * The first paragraph after the title with a full sentence in it, or past the end when none has.
     * A greeting that ends in an exclamation mark (尊敬的各位领导，大家晚上好！) is a 称谓, not the body.
     */
    private static int bodyStart(List<VisibleText> visible, int title) {
        for (int i = title + 1; i < visible.size(); i++) {
            String text = visible.get(i).text();
            if (SENTENCE.matcher(text).find() && !GREETING.matcher(text).matches()) return i;
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
        return new Candidate(paragraph, v.offset(), v.text(), null);
    }

    /** The title: its line, or its lines read as one when it is set on several (found there, it spans them all). */
    private static Candidate titleCandidate(Draft draft, List<VisibleText> visible, Document document) {
        int start = document.titleStart();
        int end = document.titleParagraph();
        if (start < 0 || start == end) return candidate(draft, visible, end);
        Span whole = draft.blocks().get(start).span().to(draft.blocks().get(end).span());
        return new Candidate(end, 0, document.title(), whole);
    }

    /**
     * Whether the draft shows anything above its title. What stands only in the 版头 above the title
     * (the 发文字号) cannot be missing from a draft that begins at its title: such a text is the
     * document as a web page publishes it, or the body handed to the office that adds the 版头.
     */
    private static boolean hasTop(List<VisibleText> visible, Document document) {
        if (document.titleStart() < 0) return true;
        for (int i = 0; i < document.titleStart(); i++) {
            if (!visible.get(i).isEmpty()) return true;
        }
        return false;
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
            if (h.start() < end) found.add(new Candidate(h.paragraph(), h.start(), text.substring(h.start(), end), null));
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

    /**
     * A stretch of text to look in: its paragraph and where in that paragraph it starts; {@code whole}
     * is the span of a text read across paragraphs (a title set on several lines), else null.
     */
    private record Candidate(int paragraph, int offset, String text, Span whole) {
    }
}
