package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.WordLayout;
import draftlint.fact.AnnexNote;
import draftlint.fact.ColourGroup;
import draftlint.fact.DateMention;
import draftlint.fact.Document;
import draftlint.fact.FontGroup;
import draftlint.fact.Heading;
import draftlint.fact.IndentGroup;
import draftlint.fact.LayoutProfile;
import draftlint.fact.PageNumberField;
import draftlint.fact.PageSetup;
import draftlint.fact.ParagraphLayout;
import draftlint.fact.RequiredPart;
import draftlint.fact.SignOff;
import draftlint.fact.TitleShape;
import draftlint.layout.FontFamilies;
import draftlint.layout.LayoutProfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the layout Word shows ({@link WordLayout}, read with the draft) into facts: each paragraph's
 * look with its part of the document (title, heading of a level, body), the groups of a part set in
 * one font and size, each section's page with the lines that fit on it, the page-number footers with
 * their inset, the 版记's lines, the 附件说明's place, the 署名's and 成文日期's, the title's outline, and
 * the layout profile the draft is held to. Text and Markdown drafts have no layout and get none of
 * these, so no layout rule can fire on them.
 *
 * <p>The body is the paragraphs after the title, outside tables and text boxes (where templates put
 * the 版头 and 版记), not centred, with Chinese text, up to the 版记
 * ({@code 抄送}, {@code 印发}) or the first attachment ({@code 附件} alone on its line), less the title
 * and the headings; the words of a heading that opens a paragraph are the heading's, the rest of it body.
 */
public final class LayoutRecognizer implements Recognizer {
    private static final Pattern RECORD = Pattern.compile("^(?:抄送|抄报|分送|印发|主题词)");
    /**
     * The 版记's lines by their words (GB/T 9704-2012 7.4.2, 7.4.3): {@code 抄送：…} (or {@code 主送：…}
     * moved there), and the 印发机关 with the 印发日期 ending in 印发 ({@code …办公室　2024年1月6日印发}, the
     * date maybe a template's {@code 20XX年X月X日}); the date alone when the 印发机关 stands in a cell of its own.
     */
    private static final Pattern RECORD_COPY = Pattern.compile("^(?:抄\\s*送|主\\s*送|抄\\s*报|分\\s*送)\\s*[:：]");
    /** 共印N份: the 印数 of the 1999 edition's 版记, which the 2012 edition dropped; passed over, not judged. */
    private static final Pattern RECORD_COUNT = Pattern.compile("^[(（]?共印\\s*[0-9０-９]+\\s*份[)）]?$");
    private static final Pattern RECORD_IMPRINT = Pattern.compile(
            "^(?:\\S.{0,40}?[\\s\u3000]+)?[0-9０-９XxＸ×]{2,4}\\s*年\\s*[0-9０-９XxＸ×]{1,2}\\s*月\\s*[0-9０-９XxＸ×]{1,2}\\s*日\\s*印发$");
    private static final Pattern ANNEX = Pattern.compile("^附\\s*件\\s*[0-9０-９一二三四五六七八九十]*\\s*[:：]?$");
    /** {@code — 1 —}, spaces (full-width ones too: they place the number) around and between. */
    private static final Pattern DASHED = Pattern.compile("^[\\s\u3000]*\u2014[\\s\u3000]*\\d*[\\s\u3000]*\u2014[\\s\u3000]*$");
    private static final int HEADING_LEVELS = 4;
    /** 主送机关: a short line ending in a colon, no sentence in it. */
    private static final Pattern ADDRESSEE = Pattern.compile("^[^。；;]{1,80}[：:]$");
    /** 附件说明 (附件：…) or an attachment's own label (附件1). */
    private static final Pattern ANNEX_NOTE = Pattern.compile("^附\\s*件\\s*[0-9０-９一二三四五六七八九十]*");
    private static final Pattern ANNEX_ITEM = Pattern.compile("^[0-9０-９]+\\s*[.．、]");
    /** 附注 (7.3.6: 居左空二字加圆括号编排): a line wholly in brackets. */
    private static final Pattern NOTE = Pattern.compile("^（[^（）]*）$");
    /** A 署名 on the line above the date: Chinese characters only, no punctuation but brackets. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("^[\\p{IsHan}（）]{2,30}$");
    /** The 署名 and the date may be this many paragraphs apart (a seal's placeholder line between them). */
    private static final int SIGN_OFF_GAP = 3;
    /** 附件说明: {@code 附件：} and a name (not {@code 附件1}, an attachment's own label). */
    private static final Pattern ANNEX_NOTE_LINE = Pattern.compile("^附\\s*件\\s*[:：]\\s*\\S");
    /** A number's place is off by more than a quarter of a character: not a rounding of twips to characters. */
    private static final int ALIGN_SLACK = 25;
    /** A tenth of a character (in hundredths of one) off the indent wanted is rounding. */
    private static final int INDENT_SLACK = 10;
    /** A first line more than four characters in (in hundredths) is a placed line, not an indented paragraph. */
    private static final int PLACED = 400;

    private final String layout;
    private final LayoutProfiles profiles;

    /** @param layout {@code --layout} or the configuration's {@code layout:}, or null / "auto" for the kind's */
    public LayoutRecognizer(String layout, LayoutProfiles profiles) {
        this.layout = layout;
        this.profiles = profiles;
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Document.class, Heading.class, RequiredPart.class, DateMention.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(AnnexNote.class, SignOff.class, TitleShape.class, ParagraphLayout.class, FontGroup.class, ColourGroup.class, IndentGroup.class, PageSetup.class, PageNumberField.class, LayoutProfile.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        WordLayout word = draft.layout();
        if (!word.isPresent()) return;
        Document document = facts.ofType(Document.class).get(0);
        LayoutProfile profile = profiles.forKind(document.kind(), layout);
        if (profile == null) return;
        facts.add(profile);
        FontFamilies families = profiles.families();
        Map<Integer, Heading> headings = new HashMap<>();
        for (Heading h : facts.ofType(Heading.class)) {
            if (!h.outline() && !h.nested() && h.part() == 0 && h.level() <= HEADING_LEVELS) headings.putIfAbsent(h.paragraph(), h);
        }
        int titleStart = document.title().isEmpty() ? -1 : document.titleStart();
        int titleEnd = document.title().isEmpty() ? -1 : document.titleParagraph();
        boolean inBody = titleEnd < 0;
        List<ParagraphLayout> layouts = new ArrayList<>();
        // Whole body paragraphs (not the rest of one a heading opens), by paragraph: their indents and grid.
        Map<Integer, WordLayout.ParagraphFormat> bodyFormats = new LinkedHashMap<>();
        Map<Integer, ParagraphLayout> bodyLayouts = new LinkedHashMap<>();
        Map<Integer, String> bodyTexts = new HashMap<>();
        Set<Integer> record = record(draft.blocks());
        for (Block block : draft.blocks()) {
            int line = block.firstLine();
            if (line < 1 || line > word.paragraphs().size()) continue;
            WordLayout.ParagraphFormat format = word.paragraphs().get(line - 1);
            String text = draft.line(line);
            int offset = text.indexOf(block.text());
            int i = block.index();
            String role = "other";
            int level = 0;
            int from = offset;
            int to = offset + block.text().length();
            if (i >= titleStart && i <= titleEnd && titleStart >= 0) {
                role = "title";
                inBody = true;
            } else if (record.contains(i)) {
                role = "record";
                inBody = false;
            } else if (inBody && (RECORD.matcher(block.text()).find() || ANNEX.matcher(block.text()).matches())) {
                inBody = false;
            } else if (inBody && block.type() != BlockType.TABLE_CELL && !format.inTextBox()) {
                Heading h = headings.get(i);
                if (h != null) {
                    role = "heading";
                    level = h.level();
                    from = offset + h.start();
                    to = offset + Math.min(block.text().length(), h.end());
                    if (h.inline() && to < offset + block.text().length()) {
                        add(layouts, block, format, "body", 0, to, offset + block.text().length(), text, families);
                    }
                } else if (!format.alignment().equals("center")) {
                    // A centred line in the body is a title of its own (an attachment's, a 令's) or a caption.
                    role = "body";
                }
            }
            add(layouts, block, format, role, level, from, to, text, families);
            ParagraphLayout added = layouts.get(layouts.size() - 1);
            if (role.equals("body") && added.role().equals("body")) {
                bodyFormats.put(i, format);
                bodyLayouts.put(i, added);
                bodyTexts.put(i, text.substring(0, Math.max(0, offset)) + block.text());
            }
        }
        layouts.forEach(facts::add);
        groups(layouts, facts);
        // The 署名 and 成文日期 are placed by 7.3.5, not indented as paragraphs (7.3.3).
        int[] signOff = signOffParagraphs(draft, facts);
        for (int placed : signOff) bodyLayouts.remove(placed);
        indents(profile.firstLineIndent(), bodyTexts, bodyLayouts, bodyFormats, facts);
        sections(word, layouts, bodyFormats, facts);
        pageNumbers(word, families, facts);
        annexNote(draft, word, bodyLayouts, bodyTexts, facts);
        // A paragraph's look as measured: the first layout of its first line (a table row has more).
        Map<Integer, ParagraphLayout> byParagraph = new HashMap<>();
        for (ParagraphLayout p : layouts) byParagraph.putIfAbsent(p.paragraph(), p);
        signOff(draft, word, byParagraph, signOff[0], signOff[1], profile.bodySize(), facts);
        if (titleStart >= 0 && titleEnd - titleStart >= 2) titleShape(draft, word, titleStart, titleEnd, byParagraph, facts);
    }

    /**
     * The title's outline when it is set on three lines or more, each a paragraph of its own whose width is
     * known: no typed line break in it (the draft's text does not keep where it broke), Chinese characters
     * one wide, digits and Latin letters half (a Latin face's own widths vary: a hair, not a character), and
     * short enough for one line of the 版心 (else Word wraps it where the file does not say).
     */
    private static void titleShape(Draft draft, WordLayout word, int titleStart, int titleEnd,
                                   Map<Integer, ParagraphLayout> byParagraph, Facts facts) {
        WordLayout.Section page = word.sections().isEmpty() ? null : word.sections().get(0);
        // The 版心's width in twips; 156 mm when the file sets no paper.
        int textWidth = page != null && page.width() > 0 ? page.width() - page.left() - page.right() - page.gutter() : 8844;
        List<Integer> widths = new ArrayList<>();
        for (int i = titleStart; i <= titleEnd; i++) {
            Block block = draft.blocks().get(i);
            ParagraphLayout layout = byParagraph.get(i);
            if (layout == null || layout.halfPoints() <= 0) return;
            WordLayout.ParagraphFormat f = word.paragraphs().get(block.firstLine() - 1);
            if (f.lineBreaks() > 0 || block.firstLine() != block.lastLine()) return;
            int w = 0;
            for (char c : block.text().strip().toCharArray()) {
                if (isChinese(c)) w += 100;
                else if (c < 128 && Character.isLetterOrDigit(c)) w += 50;
                else return;
            }
            if (w * layout.halfPoints() / 10 > textWidth) return;
            widths.add(w);
        }
        facts.add(new TitleShape(titleStart, draft.blocks().get(titleStart).span(), widths));
    }

    /**
     * The paragraphs of the 署名 and the 成文日期, {signature, date}, -1 where not found: the parts
     * {@link RequiredPartRecognizer} found; for kinds without a [date] part the last paragraph that is a
     * whole date ({@link DateMention}); for a 署名 its kind does not ask, the name on the line above the date.
     */
    private static int[] signOffParagraphs(Draft draft, Facts facts) {
        int signature = -1;
        int date = -1;
        for (RequiredPart part : facts.ofType(RequiredPart.class)) {
            if (part.paragraph() < 0 || part.state().equals("missing") || part.state().equals("undecided")) continue;
            if (part.part().equals("signature")) signature = part.paragraph();
            if (part.part().equals("date")) date = part.paragraph();
        }
        // Kinds without a [date] part: the last paragraph that is a whole date, year written, and nothing else.
        if (date < 0) {
            for (DateMention m : facts.ofType(DateMention.class)) {
                if (m.yearWritten() && m.paragraph() > date
                        && draft.blocks().get(m.paragraph()).text().strip().equals(m.text().strip())) {
                    date = m.paragraph();
                }
            }
        }
        if (date <= 0) return new int[]{-1, -1};
        // A title that names the issuing body leaves the 署名 unasked (its kind file's unless_title), so it
        // is not found as a part; 7.3.5 sets it on the line above the date: a short name there, no sentence.
        if (signature < 0 && SIGNATURE_LINE.matcher(draft.blocks().get(date - 1).text().strip()).matches()) {
            signature = date - 1;
        }
        if (signature < 0 || date <= signature || date - signature > SIGN_OFF_GAP) return new int[]{-1, date};
        return new int[]{signature, date};
    }

    /**
     * The 发文机关署名 and 成文日期 ({@link #signOffParagraphs}), each on its own right-aligned line in the
     * main text, with their right spaces and widths when these are exact: indents in characters or twips
     * over the line's size, no typed space at the line's end (Word lets trailing spaces run past the
     * margin), both lines in the profile's body size, the 署名 of Chinese characters only and the date of
     * Chinese characters and digits. Anything else is not measured, so not judged.
     */
    private static void signOff(Draft draft, WordLayout word, Map<Integer, ParagraphLayout> byParagraph, int signature,
                                int date, int bodySize, Facts facts) {
        if (signature < 0) return;
        ParagraphLayout sl = byParagraph.get(signature);
        ParagraphLayout dl = byParagraph.get(date);
        // A 字 of 7.3.5 is one of the body's (3号); lines in another size are layout.body-font's finding.
        if (sl == null || dl == null || sl.halfPoints() != bodySize || dl.halfPoints() != bodySize) return;
        Block sb = draft.blocks().get(signature);
        Block db = draft.blocks().get(date);
        if (sb.type() == BlockType.TABLE_CELL || db.type() == BlockType.TABLE_CELL) return;
        WordLayout.ParagraphFormat sf = word.paragraphs().get(sb.firstLine() - 1);
        WordLayout.ParagraphFormat df = word.paragraphs().get(db.firstLine() - 1);
        if (sf.inTextBox() || df.inTextBox()) return;
        int sr = rightSpace(sf, draft.line(sb.firstLine()), sl.halfPoints());
        int dr = rightSpace(df, draft.line(db.firstLine()), dl.halfPoints());
        int sw = width(sb.text().strip(), false);
        int dw = width(db.text().strip(), true);
        if (sr < 0 || dr < 0 || sw <= 0 || dw <= 0) return;
        facts.add(new SignOff(signature, sb.span(), sr, dr, sw, dw));
    }

    /** A right-aligned line's space to the right edge of the 版心, in hundredths of a character; -1 when not exact. */
    private static int rightSpace(WordLayout.ParagraphFormat f, String text, int halfPoints) {
        if (!f.alignment().equals("right") && !f.alignment().equals("end")) return -1;
        if (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) return -1;
        return f.rightChars() != -1 ? f.rightChars() : chars(f.right(), halfPoints);
    }

    /** A line's width in hundredths of a character: a Chinese character one, a digit half (when allowed); -1 for anything else. */
    private static int width(String text, boolean digits) {
        int w = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (isChinese(c) && c != '\u3000') w += 100;
            else if (digits && c >= '0' && c <= '9') w += 50;
            else return -1;
        }
        return w;
    }

    /**
     * The 附件说明 (GB/T 9704-2012 7.3.4): the first body paragraph after a full sentence that opens with
     * {@code 附件：} and a name, with where Word starts its first line, whether a blank line stands above
     * it, and whether the numbers of the attachments listed on the lines below ({@code 2.…}) stand under
     * the first one's. Where the file cannot tell exactly (a tab, a half-width space whose width depends
     * on the font, spacing Word sizes from the font's height, lines in another size) it is left unknown.
     */
    private static void annexNote(Draft draft, WordLayout word, Map<Integer, ParagraphLayout> bodyLayouts,
                                  Map<Integer, String> bodyTexts, Facts facts) {
        boolean sentenceSeen = false;
        for (Map.Entry<Integer, ParagraphLayout> e : bodyLayouts.entrySet()) {
            String text = bodyTexts.get(e.getKey());
            String words = text.strip();
            if (!sentenceSeen || !ANNEX_NOTE_LINE.matcher(words).find()) {
                sentenceSeen |= words.contains("。");
                continue;
            }
            ParagraphLayout p = e.getValue();
            Block block = draft.blocks().get(e.getKey());
            WordLayout.ParagraphFormat f = word.paragraphs().get(block.firstLine() - 1);
            int hp = p.halfPoints();
            int start = start(f, text, hp);
            double cm = -1;
            if (start >= 0 && f.leftChars() == -1 && f.firstLineChars() == -1 && leading(text) == 0) {
                cm = Math.round((f.left() + f.firstLine()) * 254.0 / 1440.0) / 100.0;
            }
            String blank = blankAbove(draft, word, block.firstLine(), f, hp);
            // The first attachment's number follows 附件： on this line; the lines below put theirs under it.
            int item = -1;
            int itemStart = 0;
            int want = 0;
            String prefix = words.replaceFirst("^(附\\s*件\\s*[:：]\\s*)[0-9０-９]+\\s*[.．、].*$", "$1");
            boolean numbered = !prefix.equals(words);
            boolean fullWidth = prefix.chars().allMatch(c -> isChinese((char) c));
            if (start >= 0 && numbered && fullWidth) {
                want = start + 100 * prefix.length();
                for (int j = e.getKey() + 1; j < draft.blocks().size(); j++) {
                    Block next = draft.blocks().get(j);
                    String line = draft.line(next.firstLine());
                    if (!ANNEX_ITEM.matcher(line.strip()).find() || next.type() == BlockType.TABLE_CELL) break;
                    WordLayout.ParagraphFormat g = word.paragraphs().get(next.firstLine() - 1);
                    int size = g.spans().isEmpty() ? 0 : g.spans().get(0).halfPoints();
                    if (size != hp) break;
                    int at = start(g, line, size);
                    if (at < 0) break;
                    if (Math.abs(at - want) > ALIGN_SLACK) {
                        item = j;
                        itemStart = at;
                        break;
                    }
                }
            }
            facts.add(new AnnexNote(e.getKey(), p.span(), start, cm, blank, item,
                    item >= 0 ? draft.blocks().get(item).span() : p.span(),
                    itemStart, want));
            return;
        }
    }

    /**
     * Where a paragraph's first line starts, in hundredths of a character of {@code halfPoints}: the left
     * indent and the first-line indent (in characters when the file gives them so, else from twips) and
     * typed full-width spaces; -1 when not exact (a tab, or a half-width space, whose width is the font's).
     */
    private static int start(WordLayout.ParagraphFormat f, String text, int halfPoints) {
        if (halfPoints <= 0) return -1;
        int spaces = leading(text);
        if (spaces < 0) return -1;
        int left = f.leftChars() != -1 ? f.leftChars() : chars(f.left(), halfPoints);
        int first = f.firstLineChars() != -1 ? f.firstLineChars() : chars(f.firstLine(), halfPoints);
        return left + first + spaces;
    }

    /** A length in twips as hundredths of a character of {@code halfPoints} (a character is as wide as its size). */
    private static int chars(int twips, int halfPoints) {
        return Math.round(twips * 100f / (halfPoints * 10f));
    }

    /** Typed full-width spaces before the text, in hundredths of a character; -1 for a tab or a half-width space. */
    private static int leading(String text) {
        int n = 0;
        for (int k = 0; k < text.length() && Character.isWhitespace(text.charAt(k)); k++) {
            if (text.charAt(k) != '\u3000') return -1;
            n += 100;
        }
        return n;
    }

    /**
     * Whether a blank line stands above line {@code line}: an empty paragraph, or space between the two
     * paragraphs (段前 plus the one above's 段后) of at least half a line. A line's height is known for
     * fixed line spacing; for a multiple of single it is the font's, so only "none at all" is sure then.
     */
    private static String blankAbove(Draft draft, WordLayout word, int line, WordLayout.ParagraphFormat f, int halfPoints) {
        if (line <= 1) return "unknown";
        if (draft.line(line - 1).isBlank()) return "yes";
        WordLayout.ParagraphFormat above = word.paragraphs().get(line - 2);
        int lineTwips = f.lineRule().equals("auto") ? 0 : f.line();
        double lines = 0;
        int twips = 0;
        if (f.beforeLines() > 0) lines += f.beforeLines() / 100.0; else twips += f.before();
        if (above.afterLines() > 0) lines += above.afterLines() / 100.0; else twips += above.after();
        if (lines == 0 && twips == 0) return "no";
        if (lines >= 0.5) return "yes";
        if (lineTwips <= 0) return "unknown";
        return twips + lines * lineTwips >= lineTwips / 2.0 ? "yes" : "no";
    }

    /**
     * The 版记's paragraphs: the last ones of the document with text, read from the end while they are
     * a 抄送 (主送; the older 抄报, 分送) line or the 印发 line. The 版记 closes a 公文 (GB/T 9704-2012 7.4, after any
     * attachment), so a 抄送 named in a sentence, or a line of the kind followed by more text, is not one.
     * Not recognized, and so not judged, when the words cannot tell: a 印发机关 in a cell or paragraph of
     * its own beside its date, a 抄送 list carried on to a paragraph of its own, a 版记 left with its
     * placeholders only ({@code 抄送：}).
     */
    private static Set<Integer> record(List<Block> blocks) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            String text = blocks.get(i).text().strip();
            if (text.isEmpty() || RECORD_COUNT.matcher(text).matches()) continue;
            boolean copy = RECORD_COPY.matcher(text).find() && text.length() > 3;
            if (!copy && !RECORD_IMPRINT.matcher(text).matches()) break;
            out.add(blocks.get(i).index());
        }
        return out;
    }

    private static void add(List<ParagraphLayout> out, Block block, WordLayout.ParagraphFormat format, String role,
                            int level, int from, int to, String text, FontFamilies families) {
        Map<String, Integer> fonts = new LinkedHashMap<>();
        Map<String, Integer> looks = new LinkedHashMap<>();
        Map<String, WordLayout.FontSpan> lookSpan = new HashMap<>();
        for (WordLayout.FontSpan s : format.spans()) {
            int a = Math.max(from, s.start());
            int b = Math.min(to, s.end());
            int han = 0;
            for (int k = a; k < b; k++) if (isChinese(text.charAt(k))) han++;
            if (han == 0) continue;
            fonts.merge(s.eastAsia(), han, Integer::sum);
            String key = s.eastAsia() + "\u0000" + s.halfPoints() + "\u0000" + s.color();
            looks.merge(key, han, Integer::sum);
            lookSpan.putIfAbsent(key, s);
        }
        // A paragraph with no Chinese text (a number, an English line) says nothing of the Chinese fonts.
        if (looks.isEmpty()) role = "other";
        String bestKey = null;
        int best = 0;
        int all = 0;
        for (Map.Entry<String, Integer> e : looks.entrySet()) {
            all += e.getValue();
            if (e.getValue() > best) {
                best = e.getValue();
                bestKey = e.getKey();
            }
        }
        WordLayout.FontSpan look = bestKey == null ? null : lookSpan.get(bestKey);
        String font = look == null ? "" : look.eastAsia();
        int halfPoints = look == null ? 0 : look.halfPoints();
        int fontChars = fonts.getOrDefault(font, 0);
        int firstLineChars = format.firstLineChars() >= 0 || format.firstLineChars() < -1 ? format.firstLineChars()
                : halfPoints > 0 ? chars(format.firstLine(), halfPoints) : 0;
        double line = format.lineRule().equals("auto") ? format.line() / 240.0 : format.line() / 20.0;
        out.add(new ParagraphLayout(block.index(), block.span(), role, level, font,
                families.familyOf(font), all == 0 ? 0 : Math.round(fontChars * 100f / all), fonts, halfPoints,
                look == null ? "" : look.color(),
                look != null && look.bold(), format.alignment(), firstLineChars, format.lineRule(), line));
    }

    /** One group per part and look: the paragraphs of the body, the title or a heading level in one font and size. */
    private static void groups(List<ParagraphLayout> layouts, Facts facts) {
        Map<String, List<ParagraphLayout>> byPart = new LinkedHashMap<>();
        for (ParagraphLayout p : layouts) {
            if (p.role().equals("other")) continue;
            byPart.computeIfAbsent(p.role() + p.level(), k -> new ArrayList<>()).add(p);
        }
        for (List<ParagraphLayout> part : byPart.values()) {
            Map<String, List<ParagraphLayout>> byLook = new LinkedHashMap<>();
            for (ParagraphLayout p : part) {
                String family = p.family().isEmpty() ? "=" + p.font() : p.family();
                byLook.computeIfAbsent(family + "\u0000" + p.halfPoints(), k -> new ArrayList<>()).add(p);
            }
            for (List<ParagraphLayout> group : byLook.values()) {
                ParagraphLayout first = group.get(0);
                facts.add(new FontGroup(first.role(), first.level(), first.family(), first.font(), first.halfPoints(),
                        group.size(), part.size(), first.paragraph(), first.span()));
            }
            // The 版记's colour is not judged (layout.text-colour names the title, body and headings).
            if (part.get(0).role().equals("record")) continue;
            Map<String, List<ParagraphLayout>> byColour = new LinkedHashMap<>();
            for (ParagraphLayout p : part) {
                String colour = p.color().isEmpty() || p.color().equalsIgnoreCase("auto") ? "000000" : p.color().toUpperCase(java.util.Locale.ROOT);
                byColour.computeIfAbsent(colour, k -> new ArrayList<>()).add(p);
            }
            byColour.forEach((colour, group) -> facts.add(new ColourGroup(group.get(0).role(), group.get(0).level(), colour,
                    group.size(), part.size(), group.get(0).paragraph(), group.get(0).span())));
        }
    }

    /**
     * The body paragraphs grouped by how they are indented, when not as the profile asks (GB/T 9704-2012
     * 7.3.3: two characters on the first line, none on the others; {@code want} in hundredths). Lines
     * the standard places otherwise are not judged: the 主送机关 (a line ending in a colon before the
     * first sentence, 居左顶格, 7.3.2), the 附件说明 and its list (7.3.4), a 附注 in brackets (7.3.6),
     * right-aligned lines (署名, 日期, 7.3.5). An indent given in characters (firstLineChars) is taken
     * as Word shows it; one given as a length is turned into characters of the paragraph's size (640
     * twips at 16 pt is two characters). A tenth of a character either way is a rounding.
     */
    private static void indents(int want, Map<Integer, String> bodyTexts, Map<Integer, ParagraphLayout> bodyLayouts,
                                Map<Integer, WordLayout.ParagraphFormat> bodyFormats, Facts facts) {
        if (want <= 0) return;
        Map<String, List<Indent>> groups = new LinkedHashMap<>();
        int total = 0;
        boolean sentenceSeen = false;
        boolean afterAnnex = false;
        for (Map.Entry<Integer, ParagraphLayout> e : bodyLayouts.entrySet()) {
            ParagraphLayout p = e.getValue();
            WordLayout.ParagraphFormat f = bodyFormats.get(e.getKey());
            String text = bodyTexts.get(e.getKey());
            String words = text.strip();
            boolean addressee = !sentenceSeen && ADDRESSEE.matcher(words).matches() && !words.contains("如下");
            sentenceSeen |= words.contains("。");
            // 附件说明 (7.3.4: its lines align with the first attachment's name) and the attachments' list under it.
            boolean annex = ANNEX_NOTE.matcher(words).find() || afterAnnex && ANNEX_ITEM.matcher(words).find();
            afterAnnex = annex;
            if (addressee || annex || NOTE.matcher(words).matches() || f.alignment().equals("right")
                    || f.alignment().equals("end") || p.halfPoints() <= 0) continue;
            // Spaces typed before the text indent it as much: a full-width one a character, a half-width
            // one half of one. A line pushed far right with them is placed (署名, 日期), not a paragraph;
            // a tab's width depends on the tab stops, so such a line is not judged.
            int spaces = 0;
            int k = 0;
            for (; k < text.length() && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\t'; k++) {
                spaces += text.charAt(k) == '\u3000' ? 100 : 50;
            }
            if (k < text.length() && text.charAt(k) == '\t' || spaces > PLACED) continue;
            total++;
            boolean lineInChars = f.firstLineChars() != -1 || spaces > 0;
            int line = (f.firstLineChars() != -1 ? f.firstLineChars() : chars(f.firstLine(), p.halfPoints())) + spaces;
            boolean leftInChars = f.leftChars() != -1;
            int left = leftInChars ? f.leftChars() : chars(f.left(), p.halfPoints());
            String shape;
            int chars;
            boolean inChars;
            int twips;
            if (line < -INDENT_SLACK) {
                shape = "hanging";
                chars = -line;
                inChars = lineInChars;
                twips = -f.firstLine();
            } else if (Math.abs(left) > INDENT_SLACK) {
                shape = "left";
                chars = left;
                inChars = leftInChars;
                twips = f.left();
            } else if (Math.abs(line) <= INDENT_SLACK) {
                shape = "none";
                chars = 0;
                inChars = true;
                twips = 0;
            } else if (Math.abs(line - want) > INDENT_SLACK) {
                shape = "other";
                chars = line;
                inChars = lineInChars;
                twips = f.firstLine();
            } else {
                continue;
            }
            String key = shape + "\u0000" + Math.round(chars / 10f) + "\u0000" + inChars;
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(new Indent(p, shape, chars, inChars, twips));
        }
        for (List<Indent> group : groups.values()) {
            Indent g = group.get(0);
            facts.add(new IndentGroup(g.shape(), g.chars(), g.inChars(), Math.round(g.twips() * 254.0 / 1440.0) / 100.0,
                    group.size(), total, g.layout().paragraph(), g.layout().span()));
        }
    }

    /** One body paragraph's indent that is not the standard's. */
    private record Indent(ParagraphLayout layout, String shape, int chars, boolean inChars, int twips) {
    }

    /**
     * Each section's page, and the lines that fit in its 版心 at the body's line pitch: fixed line
     * spacing sets the pitch; single spacing on a document grid takes the grid's pitch; multiple
     * spacing without a grid depends on the font's own line height, which the file does not hold.
     */
    private static void sections(WordLayout word, List<ParagraphLayout> layouts,
                                 Map<Integer, WordLayout.ParagraphFormat> bodyFormats, Facts facts) {
        Map<String, Integer> spacings = new LinkedHashMap<>();
        for (ParagraphLayout p : layouts) {
            if (p.role().equals("body")) spacings.merge(p.lineRule() + " " + p.line(), 1, Integer::sum);
        }
        String spacing = spacings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<Integer, Integer> sizes = new HashMap<>();
        for (ParagraphLayout p : layouts) {
            if (p.role().equals("body")) sizes.merge(p.halfPoints(), 1, Integer::sum);
        }
        int bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        // Paragraphs can leave the grid ("对齐到网格" off); what most of the body does is what a page shows.
        long offGrid = bodyFormats.values().stream().filter(f -> !f.snapToGrid()).count();
        boolean snapToGrid = offGrid * 2 <= bodyFormats.size();
        int index = 0;
        for (WordLayout.Section s : word.sections()) {
            boolean sizeSet = s.width() > 0 && s.height() > 0;
            int textHeight = s.height() - s.top() - s.bottom();
            double pitchTwips = 0;
            String source = "";
            if (spacing.startsWith("exact ")) {
                pitchTwips = Double.parseDouble(spacing.substring(6)) * 20;
                source = "exact";
            } else if (spacing.startsWith("auto ") && (s.gridType().equals("lines") || s.gridType().equals("linesAndChars"))
                    && s.linePitch() > 0 && bodySize > 0) {
                // On a grid, Word gives each line as many grid lines as its height needs. That height is
                // the font's (about 1.2 to 1.45 times its size for Chinese faces) times the multiple; when
                // the two bounds need different numbers of grid lines the count is not known from the file.
                double multiple = Double.parseDouble(spacing.substring(5));
                int low = (int) Math.ceil(bodySize * 10 * 1.2 * multiple / s.linePitch() - 1e-9);
                int high = (int) Math.ceil(bodySize * 10 * 1.45 * multiple / s.linePitch() - 1e-9);
                if (low == high) {
                    pitchTwips = (double) Math.max(1, low) * s.linePitch();
                    source = "grid";
                }
            }
            int lines = sizeSet && pitchTwips > 0 ? (int) Math.floor(textHeight / pitchTwips) : 0;
            // Across a line: on a character grid (and in paragraphs that snap to it) each character takes
            // one cell of the grid's pitch, the Normal style's size plus charSpace/4096 pt; that holds for
            // the body when it is set in that size (Word's dialog counts the same way). Without a
            // character grid a Chinese character is as wide as its size, so 16 pt in 156 mm is 27 a line.
            int textWidth = s.width() - s.left() - s.right() - s.gutter();
            double charPitch = 0;
            String charSource = "";
            boolean charGrid = s.gridType().equals("linesAndChars") || s.gridType().equals("snapToChars");
            if (bodySize > 0 && charGrid && snapToGrid) {
                if (bodySize == s.defaultHalfPoints()) {
                    charPitch = s.defaultHalfPoints() / 2.0 + s.charSpace() / 4096.0;
                    charSource = "grid";
                }
            } else if (bodySize > 0) {
                charPitch = bodySize / 2.0;
                charSource = charGrid ? "offgrid" : "font";
            }
            // A hundredth of a character's slack: Word stores the pitch it computed from "28 a line" rounded.
            int chars = sizeSet && charPitch > 0 ? (int) Math.floor(textWidth / (charPitch * 20) + 0.01) : 0;
            facts.add(new PageSetup(index++, sizeSet, mm(s.width()), mm(s.height()), s.landscape(), mm(s.top()),
                    mm(s.bottom()), mm(s.left()), mm(s.right()), mm(s.gutter()),
                    mm(s.width() - s.left() - s.right() - s.gutter()), mm(textHeight), s.gridType(),
                    Math.round(pitchTwips * 5) / 100.0, source, lines,
                    spacing.startsWith("auto ") ? Double.parseDouble(spacing.substring(5)) : 0,
                    bodySize, Math.round(charPitch * 100) / 100.0, charSource, chars));
        }
    }

    private static void pageNumbers(WordLayout word, FontFamilies families, Facts facts) {
        for (WordLayout.PageNumber n : word.pageNumbers()) {
            String pages = switch (n.which()) {
                case "default" -> word.evenAndOdd() ? "odd" : "all";
                default -> n.which();
            };
            WordLayout.FontSpan digits = null;
            for (WordLayout.FontSpan s : n.format().spans()) {
                for (int k = s.start(); k < s.end() && k < n.text().length(); k++) {
                    if (Character.isDigit(n.text().charAt(k))) {
                        digits = s;
                        break;
                    }
                }
                if (digits != null) break;
            }
            String font = digits == null ? "" : digits.latin().isEmpty() ? digits.eastAsia() : digits.latin();
            String side = switch (n.position().isEmpty() ? n.format().alignment() : n.position()) {
                case "outside" -> "outer";
                case "inside" -> "inner";
                case "right", "end" -> "right";
                case "center" -> "center";
                default -> "left";
            };
            facts.add(new PageNumberField(pages, n.text().strip(), DASHED.matcher(n.text()).matches(),
                    families.familyOf(font), font, digits == null ? 0 : digits.halfPoints(), side,
                    n.position().isEmpty() ? inset(n, side, digits != null ? digits.halfPoints()
                            : n.format().spans().isEmpty() ? 0 : n.format().spans().get(0).halfPoints()) : -1));
        }
    }

    /**
     * How far a page number aligned right (left) stands from the right (left) edge of the 版心, in twips:
     * the paragraph's indent on that side (in characters of the number's size when the file gives it so)
     * and the full-width spaces typed beyond the number, each as wide as the number's size (the footer's
     * first run's when the field has no result yet). A half-width
     * space or a tab there has the font's or the tab stop's width: -1, not judged.
     */
    private static int inset(WordLayout.PageNumber n, String side, int halfPoints) {
        if (halfPoints <= 0 || !side.equals("right") && !side.equals("left")) return -1;
        WordLayout.ParagraphFormat f = n.format();
        boolean right = side.equals("right");
        int chars = right ? f.rightChars() : f.leftChars();
        int twips = chars != -1 ? Math.round(chars * halfPoints * 10 / 100f) : right ? f.right() : f.left();
        String text = n.text();
        for (int k = right ? text.length() - 1 : 0; k >= 0 && k < text.length(); k += right ? -1 : 1) {
            char c = text.charAt(k);
            if (c == '\u3000') twips += halfPoints * 10;
            else if (Character.isWhitespace(c)) return -1;
            else break;
        }
        // A hanging or negative first line moves a left-aligned line's start.
        if (!right) twips += f.firstLineChars() != -1 ? Math.round(f.firstLineChars() * halfPoints * 10 / 100f) : f.firstLine();
        return twips;
    }

    /** Characters Word sets in the east-Asian font: Han characters and full-width Chinese punctuation. */
    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF5E';
    }

    private static double mm(int twips) {
        return Math.round(twips * 254.0 / 1440.0) / 10.0;
    }
}
