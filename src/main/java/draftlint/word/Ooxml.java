package draftlint.word;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** The WordprocessingML names this package reads, and reading them off DOM elements. */
final class Ooxml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private Ooxml() {
    }

    static boolean is(Node node, String localName) {
        return is(node, W, localName);
    }

    /** The same for another namespace: Word 2003 XML names its elements alike under its own. */
    static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    /** The first {@code w:}-child named {@code localName}, or null. */
    static Element child(Element parent, String localName) {
        return child(parent, W, localName);
    }

    static Element child(Element parent, String namespace, String localName) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) return (Element) n;
        }
        return null;
    }

    /** The {@code w:val} of the child named {@code localName}, or null when there is no such child. */
    static String childVal(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : attr(c, "val");
    }

    /** The text directly inside an element ({@code w:t}); XMLBeans' DOM has no {@code getTextContent}. */
    static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) out.append(n.getNodeValue());
        }
        return out.toString();
    }

    /** A {@code w:} attribute, or null when absent. */
    static String attr(Element element, String localName) {
        return attr(element, W, localName);
    }

    static String attr(Element element, String namespace, String localName) {
        return element.hasAttributeNS(namespace, localName) ? element.getAttributeNS(namespace, localName) : null;
    }

    /** An on/off property ({@code <w:vanish/>}, {@code <w:isLgl w:val="0"/>}): present and not switched off. */
    static boolean isOn(Element parent, String localName) {
        Element c = child(parent, localName);
        if (c == null) return false;
        String val = attr(c, "val");
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }

    static int intOr(String value, int otherwise) {
        if (value == null) return otherwise;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
