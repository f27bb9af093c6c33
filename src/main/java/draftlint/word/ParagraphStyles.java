package draftlint.word;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static draftlint.word.Ooxml.attr;
import static draftlint.word.Ooxml.child;
import static draftlint.word.Ooxml.childVal;

/**
 * What paragraph styles say about numbering and outline level, following {@code basedOn}. Only
 * these properties are read, never style names: WPS saves numeric style ids ({@code 2}, {@code 3})
 * and sometimes no style definitions at all, so a name is no evidence of a heading.
 */
final class ParagraphStyles {
    private record Style(String basedOn, String numId, String ilvl, String outlineLevel) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private String defaultId;

    static ParagraphStyles none() {
        return new ParagraphStyles();
    }

    static ParagraphStyles of(Document stylesXml) {
        ParagraphStyles out = new ParagraphStyles();
        for (Element style : Ooxml.children(stylesXml.getDocumentElement())) {
            if (!Ooxml.is(style, "style") || !"paragraph".equals(attr(style, "type"))) continue;
            String id = attr(style, "styleId");
            if (id == null) continue;
            Element pPr = child(style, "pPr");
            Element numPr = child(pPr, "numPr");
            out.styles.put(id, new Style(childVal(style, "basedOn"), childVal(numPr, "numId"), childVal(numPr, "ilvl"),
                    childVal(pPr, "outlineLvl")));
            String isDefault = attr(style, "default");
            if ("1".equals(isDefault) || "true".equals(isDefault)) out.defaultId = id;
        }
        return out;
    }

    /** The style a paragraph has: its {@code w:pStyle}, else the document's default paragraph style. */
    String styleOf(Element pPr) {
        String own = childVal(pPr, "pStyle");
        return own != null ? own : defaultId;
    }

    String numId(String styleId) {
        return inherited(styleId, Style::numId);
    }

    String ilvl(String styleId) {
        return inherited(styleId, Style::ilvl);
    }

    /** The outline level (0 = level 1) the style gives, or null. */
    String outlineLevel(String styleId) {
        return inherited(styleId, Style::outlineLevel);
    }

    private String inherited(String styleId, Function<Style, String> property) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            Style style = styles.get(id);
            if (style == null) return null;
            String value = property.apply(style);
            if (value != null) return value;
            id = style.basedOn();
        }
        return null;
    }
}
