package draftlint.word;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTheme;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontScheme;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTheme;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts a document's theme names ({@code word/theme/theme1.xml}), which runs reach through
 * {@code w:eastAsiaTheme="minorEastAsia"} and the like instead of naming a font. The east-Asian
 * font of a scheme is its {@code <a:ea typeface>}; Word leaves that empty in most themes and takes
 * the {@code <a:font script="Hans">} entry for the document's east-Asian language instead.
 */
final class ThemeFonts {
    private static final QName SCRIPT = new QName("", "script");
    private static final QName TYPEFACE = new QName("", "typeface");
    private final String majorLatin;
    private final String minorLatin;
    private final String majorEastAsia;
    private final String minorEastAsia;

    private ThemeFonts(String majorLatin, String minorLatin, String majorEastAsia, String minorEastAsia) {
        this.majorLatin = majorLatin;
        this.minorLatin = minorLatin;
        this.majorEastAsia = majorEastAsia;
        this.minorEastAsia = minorEastAsia;
    }

    static final ThemeFonts NONE = new ThemeFonts("", "", "", "");

    /** @param script the theme script of the document's east-Asian language ({@code Hans} for zh-CN) */
    static ThemeFonts of(XWPFDocument document, String script) {
        XWPFTheme theme = document.getTheme();
        if (theme == null) return NONE;
        try (InputStream in = theme.getPackagePart().getInputStream()) {
            ThemeDocument parsed = ThemeDocument.Factory.parse(in);
            if (parsed.getTheme() == null || parsed.getTheme().getThemeElements() == null) return NONE;
            CTFontScheme scheme = parsed.getTheme().getThemeElements().getFontScheme();
            if (scheme == null) return NONE;
            return new ThemeFonts(latin(scheme.getMajorFont()), latin(scheme.getMinorFont()),
                    eastAsia(scheme.getMajorFont(), script), eastAsia(scheme.getMinorFont(), script));
        } catch (IOException | XmlException | RuntimeException e) {
            return NONE; // a damaged theme: the runs that name a theme font read as naming none
        }
    }

    /** The font a theme slot stands for, or "" when the theme gives none. */
    String font(STTheme.Enum slot) {
        if (slot == null) return "";
        String name = slot.toString();
        boolean major = name.startsWith("major");
        if (name.endsWith("EastAsia")) return major ? majorEastAsia : minorEastAsia;
        if (name.endsWith("Bidi")) return "";
        return major ? majorLatin : minorLatin;
    }

    private static String latin(CTFontCollection fonts) {
        return fonts == null || fonts.getLatin() == null ? "" : nonNull(fonts.getLatin().getTypeface());
    }

    private static String eastAsia(CTFontCollection fonts, String script) {
        if (fonts == null) return "";
        String ea = fonts.getEa() == null ? "" : nonNull(fonts.getEa().getTypeface());
        if (!ea.isEmpty()) return ea;
        // <a:font script="Hans" typeface="宋体"/>: read with a cursor, as the schema subset POI ships
        // has no class for these entries.
        try (XmlCursor c = fonts.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                if ("font".equals(c.getName().getLocalPart()) && script.equals(c.getAttributeText(SCRIPT))) {
                    return nonNull(c.getAttributeText(TYPEFACE));
                }
            }
        }
        return "";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
