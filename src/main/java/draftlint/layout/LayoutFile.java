package draftlint.layout;

import draftlint.fact.LayoutProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a layout profile. The format is that of kind files without sections: {@code key: value}
 * lines and {@code #} comments. Lengths are millimetres, sizes are points ({@code 16}, {@code 10.5})
 * or the Chinese size names ({@code 三号}, {@code 小四}); a font is a family name of
 * {@code rules/lists/layout/fonts-*.txt}. A key left out is a check left out. A mistake stops the run
 * with the file and line.
 *
 * <pre>
 * layout: gbt9704
 * label_zh: GB/T 9704—2012 公文格式
 * label_en: GB/T 9704-2012 official document layout
 * kinds: notice, plan, summary, unknown
 * paper: 210 x 297
 * margins: top 37, left 28, tolerance 1
 * text-area: 156 x 225
 * lines-per-page: 22
 * chars-per-line: 28
 * first-line-indent: 2
 * body: fangsong 三号
 * title: xiaobiaosong 二号 center shaped
 * headings: heiti, kaiti, fangsong, fangsong; 三号
 * page-number: songti 四号 dashes outer
 * record: fangsong 四号
 * annex-note: indent 2, blank-line, aligned
 * sign-off: gbt9704
 * </pre>
 */
public final class LayoutFile {
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z_-]+)\\s*:\\s?(.*)$");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> KEYS = Set.of("layout", "label_zh", "label_en", "kinds", "paper", "margins",
            "text-area", "lines-per-page", "chars-per-line", "first-line-indent", "body", "title", "headings", "page-number", "record", "annex-note", "sign-off");
    private static final Pattern PAIR = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*[x×*]\\s*(\\d+(?:\\.\\d+)?)$");
    /** The Chinese type sizes (字号) in half-points. */
    private static final Map<String, Integer> SIZE_NAMES = Map.ofEntries(Map.entry("初号", 84), Map.entry("小初", 72),
            Map.entry("一号", 52), Map.entry("小一", 48), Map.entry("二号", 44), Map.entry("小二", 36),
            Map.entry("三号", 32), Map.entry("小三", 30), Map.entry("四号", 28), Map.entry("小四", 24),
            Map.entry("五号", 21), Map.entry("小五", 18));

    private LayoutFile() {
    }

    public static LayoutProfile parse(String source, String text, FontFamilies families) throws LayoutFileException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) throw error(source, i + 1, "expected 'key: value', found '" + line + "'");
            String key = kv.group(1);
            if (!KEYS.contains(key)) throw error(source, i + 1, "unknown key '" + key + "' (allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            if (values.containsKey(key)) throw error(source, i + 1, "'" + key + "' is given twice");
            values.put(key, kv.group(2).strip());
            lineOf.put(key, i + 1);
        }
        Reader r = new Reader(source, values, lineOf, families);
        String name = r.required("layout");
        if (!NAME.matcher(name).matches()) throw r.error("layout", "a layout name is lower-case letters, digits and hyphens");
        double[] paper = r.pair("paper");
        double[] area = r.pair("text-area");
        double top = 0, left = 0, tolerance = 0;
        if (values.containsKey("margins")) {
            for (String part : values.get("margins").split("\\s*[,，]\\s*")) {
                String[] kv = part.strip().split("\\s+");
                if (kv.length != 2) throw r.error("margins", "expected 'top 37, left 28, tolerance 1'");
                double v = r.number("margins", kv[1]);
                switch (kv[0]) {
                    case "top" -> top = v;
                    case "left" -> left = v;
                    case "tolerance" -> tolerance = v;
                    default -> throw r.error("margins", "unknown margin '" + kv[0] + "' (top, left, tolerance)");
                }
            }
            if (top <= 0 || left <= 0 || area == null || paper == null) {
                throw r.error("margins", "margins need top and left, and the file needs paper and text-area");
            }
        }
        int lines22 = values.containsKey("lines-per-page") ? (int) r.number("lines-per-page", values.get("lines-per-page")) : 0;
        int chars28 = values.containsKey("chars-per-line") ? (int) r.number("chars-per-line", values.get("chars-per-line")) : 0;
        // In characters (2); kept in hundredths of one, as Word's firstLineChars.
        int indent = values.containsKey("first-line-indent")
                ? (int) Math.round(r.number("first-line-indent", values.get("first-line-indent")) * 100) : 0;
        String[] body = r.words("body");
        String[] title = r.words("title");
        List<String> headingFamilies = new ArrayList<>();
        int headingSize = 0;
        if (values.containsKey("headings")) {
            String[] halves = values.get("headings").split("\\s*;\\s*");
            if (halves.length != 2) throw r.error("headings", "expected 'heiti, kaiti, fangsong, fangsong; 三号'");
            for (String f : halves[0].split("\\s*[,，]\\s*")) headingFamilies.add(r.family("headings", f));
            headingSize = r.size("headings", halves[1]);
        }
        String[] record = r.words("record");
        if (record != null && record.length != 2) throw r.error("record", "expected 'FAMILY SIZE'");
        int annexIndent = 0;
        boolean annexBlank = false;
        boolean annexAligned = false;
        if (values.containsKey("annex-note")) {
            for (String part : values.get("annex-note").split("\\s*[,，]\\s*")) {
                String[] w = part.strip().split("\\s+");
                switch (w[0]) {
                    case "indent" -> {
                        if (w.length != 2) throw r.error("annex-note", "expected 'indent 2' (characters)");
                        annexIndent = (int) Math.round(r.number("annex-note", w[1]) * 100);
                    }
                    case "blank-line" -> annexBlank = true;
                    case "aligned" -> annexAligned = true;
                    default -> throw r.error("annex-note", "unknown option '" + w[0] + "' (indent N, blank-line, aligned)");
                }
            }
        }
        String signOff = values.getOrDefault("sign-off", "");
        if (!signOff.isEmpty() && !signOff.equals("gbt9704")) throw r.error("sign-off", "the only placement known is 'gbt9704' (GB/T 9704-2012 7.3.5)");
        String[] pageNumber = r.words("page-number");
        boolean dashes = false;
        String sides = "";
        if (pageNumber != null) {
            for (int i = 2; i < pageNumber.length; i++) {
                switch (pageNumber[i]) {
                    case "dashes" -> dashes = true;
                    case "outer" -> sides = "outer";
                    default -> throw r.error("page-number", "unknown option '" + pageNumber[i] + "' (dashes, outer)");
                }
            }
        }
        boolean titleCentred = false;
        boolean titleShaped = false;
        if (title != null) {
            for (int i = 2; i < title.length; i++) {
                switch (title[i]) {
                    case "center" -> titleCentred = true;
                    case "shaped" -> titleShaped = true;
                    default -> throw r.error("title", "unknown option '" + title[i] + "' (center, shaped)");
                }
            }
        }
        List<String> kinds = values.containsKey("kinds") ? Arrays.stream(values.get("kinds").split("\\s*[,，]\\s*"))
                .filter(s -> !s.isEmpty()).toList() : List.of();
        return new LayoutProfile(name, values.getOrDefault("label_zh", name), values.getOrDefault("label_en", name), source,
                kinds, paper == null ? 0 : paper[0], paper == null ? 0 : paper[1], top, left,
                area == null ? 0 : area[0], area == null ? 0 : area[1], tolerance, lines22, chars28, indent,
                body == null ? "" : r.family("body", body[0]), body == null ? 0 : r.size("body", body[1]),
                title == null ? "" : r.family("title", title[0]), title == null ? 0 : r.size("title", title[1]),
                titleCentred ? "center" : "", headingFamilies, headingSize,
                pageNumber == null ? "" : r.family("page-number", pageNumber[0]),
                pageNumber == null ? 0 : r.size("page-number", pageNumber[1]), dashes, sides,
                record == null ? "" : r.family("record", record[0]), record == null ? 0 : r.size("record", record[1]),
                annexIndent, annexBlank, annexAligned, signOff, titleShaped);
    }

    private record Reader(String source, Map<String, String> values, Map<String, Integer> lineOf, FontFamilies families) {
        String required(String key) throws LayoutFileException {
            String v = values.get(key);
            if (v == null || v.isEmpty()) throw LayoutFile.error(source, 1, "'" + key + "' is missing");
            return v;
        }

        double[] pair(String key) throws LayoutFileException {
            String v = values.get(key);
            if (v == null) return null;
            Matcher m = PAIR.matcher(v);
            if (!m.matches()) throw error(key, "expected 'WIDTH x HEIGHT' in millimetres");
            return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        }

        String[] words(String key) throws LayoutFileException {
            String v = values.get(key);
            if (v == null) return null;
            String[] w = v.split("\\s+");
            if (w.length < 2) throw error(key, "expected 'FAMILY SIZE …'");
            return w;
        }

        String family(String key, String name) throws LayoutFileException {
            if (!families.exists(name)) {
                throw error(key, "no font family '" + name + "' (known: " + String.join(", ", families.names()) + ")");
            }
            return name;
        }

        int size(String key, String s) throws LayoutFileException {
            Integer named = SIZE_NAMES.get(s.strip());
            if (named != null) return named;
            double points = number(key, s.replaceFirst("(?:pt|磅)$", ""));
            return (int) Math.round(points * 2);
        }

        double number(String key, String s) throws LayoutFileException {
            try {
                double v = Double.parseDouble(s.strip());
                if (v <= 0) throw error(key, "'" + s + "' must be positive");
                return v;
            } catch (NumberFormatException e) {
                throw error(key, "'" + s + "' is not a number");
            }
        }

        LayoutFileException error(String key, String message) {
            return LayoutFile.error(source, lineOf.getOrDefault(key, 1), message);
        }
    }

    private static LayoutFileException error(String source, int line, String message) {
        return new LayoutFileException(source + ":" + line + ": " + message);
    }
}
