package draftlint.word;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;

import java.math.BigInteger;

/**
 * The values XMLBeans hands back for WordprocessingML measures: a number of twips (or half-points)
 * as a {@code BigInteger}, or, in files written by other tools, a universal measure such as
 * {@code 37mm} or {@code 12pt} as a string (ECMA-376 Part 1, 22.9.2.15).
 */
final class Measure {
    private Measure() {
    }

    /** Twips (or the unit the attribute counts in, for a bare number), or {@code otherwise} when absent or unreadable. */
    static int twips(Object value, int otherwise) {
        if (value == null) return otherwise;
        if (value instanceof BigInteger b) return clamp(b.doubleValue());
        if (value instanceof Number n) return clamp(n.doubleValue());
        String s = value.toString().trim();
        try {
            if (s.endsWith("mm")) return clamp(Double.parseDouble(s.substring(0, s.length() - 2)) * 1440 / 25.4);
            if (s.endsWith("cm")) return clamp(Double.parseDouble(s.substring(0, s.length() - 2)) * 1440 / 2.54);
            if (s.endsWith("in")) return clamp(Double.parseDouble(s.substring(0, s.length() - 2)) * 1440);
            if (s.endsWith("pt")) return clamp(Double.parseDouble(s.substring(0, s.length() - 2)) * 20);
            if (s.endsWith("pc") || s.endsWith("pi")) return clamp(Double.parseDouble(s.substring(0, s.length() - 2)) * 240);
            return clamp(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A half-point size ({@code w:sz}); a universal measure in points is converted. */
    static int halfPoints(Object value, int otherwise) {
        if (value instanceof String s && s.trim().endsWith("pt")) {
            int twips = twips(s, -1);
            return twips < 0 ? otherwise : Math.round(twips / 10f);
        }
        return twips(value, otherwise);
    }

    static int integer(BigInteger value, int otherwise) {
        return value == null ? otherwise : clamp(value.doubleValue());
    }

    /** An on/off property: present without a value, or with a value that is not off. Null when absent. */
    static Boolean onOff(CTOnOff property) {
        if (property == null) return null;
        Object val = property.getVal();
        if (val == null) return true;
        String s = val.toString();
        return !(s.equals("0") || s.equals("false") || s.equals("off"));
    }

    private static int clamp(double v) {
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, Math.round(v)));
    }
}
