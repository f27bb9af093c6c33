package draftlint.word;

import draftlint.draft.WordLayout;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTheme;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the look of paragraphs and runs as Word does, property by property, each level
 * overriding the one before: document defaults ({@code w:docDefaults}), the paragraph style and
 * the styles it is {@code basedOn} (root first, a cycle cut where it closes), the list level the
 * paragraph is numbered at (its {@code pPr}; its {@code rPr} only for the number itself), the
 * paragraph's own properties, the run's character style and its {@code basedOn} chain, and the
 * run's own properties. A style that does not exist counts as none, so the paragraph reads as the
 * default paragraph style (Normal), as Word shows it. Fonts named by the theme
 * ({@code w:eastAsiaTheme}) are looked up in the theme part; within one level a theme slot wins over
 * a font named beside it, as in Word.
 */
final class FormatResolver {
    private static final int MAX_CHAIN = 32;

    private final Map<String, CTStyle> paragraphStyles = new HashMap<>();
    private final Map<String, CTStyle> characterStyles = new HashMap<>();
    private String defaultParagraphStyle;
    private CTRPr defaultRun;
    private CTPPrBase defaultParagraph;
    private final XWPFNumbering numbering;
    private final ThemeFonts theme;

    FormatResolver(XWPFDocument document, ThemeFonts theme) {
        this.theme = theme;
        this.numbering = document.getNumbering();
        CTStyles styles = null;
        try {
            styles = document.getStyles() == null ? null : document.getStyle();
        } catch (Exception e) {
            styles = null; // no styles part: Word's built-in defaults apply
        }
        if (styles != null) {
            CTDocDefaults defaults = styles.getDocDefaults();
            if (defaults != null) {
                if (defaults.getRPrDefault() != null) defaultRun = defaults.getRPrDefault().getRPr();
                if (defaults.getPPrDefault() != null) defaultParagraph = defaults.getPPrDefault().getPPr();
            }
            for (CTStyle style : styles.getStyleList()) {
                if (style.getStyleId() == null) continue;
                STStyleType.Enum type = style.getType();
                if (type == null || type == STStyleType.PARAGRAPH) {
                    paragraphStyles.put(style.getStyleId(), style);
                    if (Boolean.TRUE.equals(onOffValue(style.getDefault())) && defaultParagraphStyle == null) {
                        defaultParagraphStyle = style.getStyleId();
                    }
                } else if (type == STStyleType.CHARACTER) {
                    characterStyles.put(style.getStyleId(), style);
                }
            }
        }
    }

    /** The look a paragraph's properties give, before any run: what its paragraph mark and number carry. */
    Look paragraph(CTPPrBase pPr) {
        Look look = new Look();
        look.run(defaultRun, theme);
        look.paragraph(defaultParagraph);
        String styleId = pPr != null && pPr.getPStyle() != null ? pPr.getPStyle().getVal() : null;
        if (styleId == null || !paragraphStyles.containsKey(styleId)) styleId = defaultParagraphStyle;
        look.style = styleId == null ? "" : styleId;
        List<CTStyle> chain = chain(paragraphStyles, styleId);
        for (CTStyle style : chain) {
            look.paragraph(style.getPPr());
            look.run(style.getRPr(), theme);
        }
        CTLvl level = level(pPr, chain);
        if (level != null) {
            look.paragraph(level.getPPr());
            look.numberRun = level.getRPr();
        }
        look.paragraph(pPr);
        return look;
    }

    /** A run's look within a paragraph whose look is {@code paragraph}. */
    Look run(Look paragraph, CTRPr rPr) {
        Look look = paragraph.copy();
        String rStyle = rPr != null && rPr.sizeOfRStyleArray() > 0 ? rPr.getRStyleArray(0).getVal() : null;
        for (CTStyle style : chain(characterStyles, rStyle)) look.run(style.getRPr(), theme);
        look.run(rPr, theme);
        return look;
    }

    /** The look of the number automatic numbering shows: the paragraph mark's look, then the level's. */
    Look number(Look paragraph) {
        Look look = paragraph.copy();
        look.run(paragraph.numberRun, theme);
        return look;
    }

    /** The document's default run look (the default paragraph style's), which the character grid counts from. */
    Look normal() {
        return paragraph(null);
    }

    private CTLvl level(CTPPrBase pPr, List<CTStyle> chain) {
        if (numbering == null) return null;
        BigInteger numId = null;
        BigInteger ilvl = null;
        CTNumPr own = pPr == null ? null : pPr.getNumPr();
        if (own != null) {
            numId = own.getNumId() == null ? null : own.getNumId().getVal();
            ilvl = own.getIlvl() == null ? null : own.getIlvl().getVal();
        }
        for (int i = chain.size() - 1; i >= 0 && (numId == null || ilvl == null); i--) {
            CTNumPr styleNum = chain.get(i).getPPr() == null ? null : chain.get(i).getPPr().getNumPr();
            if (styleNum == null) continue;
            if (numId == null && styleNum.getNumId() != null) numId = styleNum.getNumId().getVal();
            if (ilvl == null && styleNum.getIlvl() != null) ilvl = styleNum.getIlvl().getVal();
        }
        if (numId == null || numId.signum() == 0) return null;
        int wanted = ilvl == null ? 0 : ilvl.intValue();
        try {
            XWPFNum num = numbering.getNum(numId);
            if (num == null) return null;
            for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
                if (override.getIlvl() != null && override.getIlvl().intValue() == wanted && override.getLvl() != null) {
                    return override.getLvl();
                }
            }
            if (num.getCTNum().getAbstractNumId() == null) return null;
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) return null;
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == wanted) return lvl;
            }
        } catch (RuntimeException e) {
            return null; // a damaged numbering part: the paragraph reads as unnumbered
        }
        return null;
    }

    /** The style and the styles it is based on, root first; a missing style ends the chain, a cycle is cut. */
    private static List<CTStyle> chain(Map<String, CTStyle> styles, String id) {
        List<CTStyle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String at = id; at != null && seen.add(at) && out.size() < MAX_CHAIN; ) {
            CTStyle style = styles.get(at);
            if (style == null) break;
            out.add(0, style);
            at = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        return out;
    }

    private static Boolean onOffValue(Object val) {
        if (val == null) return null;
        String s = val.toString();
        return !(s.equals("0") || s.equals("false") || s.equals("off"));
    }

    /** The properties resolved so far; each level sets what it names and leaves the rest. */
    static final class Look {
        String style = "";
        String eastAsia = "";
        String latin = "";
        /** Half-points; 20 (10 pt) is what WordprocessingML assumes when nothing sets a size. */
        int halfPoints = 20;
        boolean bold;
        String color = "";
        String alignment = "left";
        int left;
        int leftChars = -1;
        int right;
        int rightChars = -1;
        int firstLine;
        int firstLineChars = -1;
        String lineRule = "auto";
        int line = 240;
        int before;
        int beforeLines = -1;
        int after;
        int afterLines = -1;
        boolean snapToGrid = true;
        CTRPr numberRun;

        Look copy() {
            Look c = new Look();
            c.style = style;
            c.eastAsia = eastAsia;
            c.latin = latin;
            c.halfPoints = halfPoints;
            c.bold = bold;
            c.color = color;
            c.alignment = alignment;
            c.left = left;
            c.leftChars = leftChars;
            c.right = right;
            c.rightChars = rightChars;
            c.firstLine = firstLine;
            c.firstLineChars = firstLineChars;
            c.lineRule = lineRule;
            c.line = line;
            c.before = before;
            c.beforeLines = beforeLines;
            c.after = after;
            c.afterLines = afterLines;
            c.snapToGrid = snapToGrid;
            c.numberRun = numberRun;
            return c;
        }

        void run(CTRPr rPr, ThemeFonts theme) {
            if (rPr == null) return;
            for (CTFonts fonts : rPr.getRFontsList()) {
                String themed = fonts.isSetEastAsiaTheme() ? theme.font(fonts.getEastAsiaTheme()) : "";
                if (!themed.isEmpty()) {
                    eastAsia = themed;
                } else if (fonts.getEastAsia() != null) {
                    eastAsia = fonts.getEastAsia();
                }
                STTheme.Enum latinTheme = fonts.isSetAsciiTheme() ? fonts.getAsciiTheme() : null;
                String themedLatin = theme.font(latinTheme);
                if (!themedLatin.isEmpty()) {
                    latin = themedLatin;
                } else if (fonts.getAscii() != null) {
                    latin = fonts.getAscii();
                }
            }
            if (rPr.sizeOfSzArray() > 0) halfPoints = Measure.halfPoints(rPr.getSzArray(0).getVal(), halfPoints);
            if (rPr.sizeOfBArray() > 0) {
                Boolean b = Measure.onOff(rPr.getBArray(0));
                if (b != null) bold = b;
            }
            if (rPr.sizeOfColorArray() > 0 && rPr.getColorArray(0).xgetVal() != null) {
                // The value is hex digits or "auto"; its lexical form is what Word wrote.
                color = rPr.getColorArray(0).xgetVal().getStringValue();
            }
        }

        void paragraph(CTPPrBase pPr) {
            if (pPr == null) return;
            if (pPr.getJc() != null && pPr.getJc().getVal() != null) alignment = pPr.getJc().getVal().toString();
            CTInd ind = pPr.getInd();
            if (ind != null) {
                left = Measure.twips(ind.getLeft() != null ? ind.getLeft() : ind.getStart(), left);
                leftChars = Measure.integer(ind.getLeftChars() != null ? ind.getLeftChars() : ind.getStartChars(), leftChars);
                right = Measure.twips(ind.getRight() != null ? ind.getRight() : ind.getEnd(), right);
                rightChars = Measure.integer(ind.getRightChars() != null ? ind.getRightChars() : ind.getEndChars(), rightChars);
                if (ind.getFirstLine() != null) firstLine = Measure.twips(ind.getFirstLine(), firstLine);
                if (ind.getHanging() != null) firstLine = -Measure.twips(ind.getHanging(), 0);
                if (ind.getFirstLineChars() != null) firstLineChars = Measure.integer(ind.getFirstLineChars(), -1);
                if (ind.getHangingChars() != null) firstLineChars = -Measure.integer(ind.getHangingChars(), 0);
            }
            CTSpacing spacing = pPr.getSpacing();
            if (spacing != null && spacing.getLine() != null) {
                line = Measure.twips(spacing.getLine(), line);
                lineRule = spacing.getLineRule() == null ? "auto" : spacing.getLineRule().toString();
            }
            // 段前/段后: in lines (hundredths) when given so, which win over the length, as in Word.
            if (spacing != null) {
                // (isSet: the schema gives these attributes a default of 0, which a getter returns when absent.)
                if (spacing.isSetBefore()) before = Measure.twips(spacing.getBefore(), before);
                if (spacing.isSetBeforeLines()) beforeLines = Measure.integer(spacing.getBeforeLines(), beforeLines);
                if (spacing.isSetAfter()) after = Measure.twips(spacing.getAfter(), after);
                if (spacing.isSetAfterLines()) afterLines = Measure.integer(spacing.getAfterLines(), afterLines);
            }
            Boolean snap = Measure.onOff(pPr.getSnapToGrid());
            if (snap != null) snapToGrid = snap;
        }

        WordLayout.FontSpan span(int start, int end) {
            return new WordLayout.FontSpan(start, end, eastAsia, latin, halfPoints, bold, color);
        }

        WordLayout.ParagraphFormat format(List<WordLayout.FontSpan> spans, boolean inTextBox, int lineBreaks) {
            // A zero in characters is how Word records an indent set in centimetres: the twips then count.
            int chars = firstLineChars == 0 ? -1 : firstLineChars;
            return new WordLayout.ParagraphFormat(style, alignment, left, leftChars == 0 ? -1 : leftChars, right,
                    rightChars == 0 ? -1 : rightChars, firstLine, chars, lineRule, line, snapToGrid, spans, inTextBox,
                    before, beforeLines == 0 ? -1 : beforeLines, after, afterLines == 0 ? -1 : afterLines, lineBreaks);
        }
    }
}
