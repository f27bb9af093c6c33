package draftlint.kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a kind file. The format is a small INI: {@code key: value} lines, {@code #} comments, and a
 * {@code [part-id]} section per required part. Values are taken as written, so a regex needs no
 * escaping beyond its own. A mistake is refused at load time with its file and line, never
 * skipped silently: a kind file that is half read would check drafts half.
 *
 * <pre>
 * kind: notice
 * label_zh: 通知
 * label_en: notice
 * title: 通知$
 *
 * [date]
 * label_zh: 成文日期
 * label_en: date of issue
 * where: after-body
 * find: ^\d{4}年\d{1,2}月\d{1,2}日$
 * </pre>
 */
public final class KindFile {
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z_]+)\\s*:\\s?(.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\[([a-z0-9]+(?:-[a-z0-9]+)*)]$");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> HEAD_KEYS = Set.of("kind", "label_zh", "label_en", "title");
    private static final Set<String> PART_KEYS = Set.of("label_zh", "label_en", "where", "find", "form", "form_zh",
            "form_en", "severity", "if", "min", "unless_title", "mention");

    private KindFile() {
    }

    /** @param source the file's name as it is shown in errors */
    public static Kind parse(String source, String text) throws KindFileException {
        Map<String, Value> head = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>();
        Map<String, Value> current = head;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) continue;
            var section = SECTION.matcher(line);
            if (section.matches()) {
                String id = section.group(1);
                for (Section s : sections) {
                    if (s.id.equals(id)) throw error(source, number, "part [" + id + "] is declared twice");
                }
                Section s = new Section(id, number, new LinkedHashMap<>());
                sections.add(s);
                current = s.values;
                continue;
            }
            var kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                throw error(source, number, "expected 'key: value' or '[part-id]', found '" + line + "'");
            }
            String key = kv.group(1);
            Set<String> allowed = current == head ? HEAD_KEYS : PART_KEYS;
            if (!allowed.contains(key)) {
                throw error(source, number, "unknown key '" + key + "' (allowed here: " + String.join(", ", allowed) + ")");
            }
            if (current.containsKey(key)) throw error(source, number, "'" + key + "' is given twice");
            current.put(key, new Value(kv.group(2).strip(), number));
        }
        String name = required(source, head, "kind", 1);
        if (!NAME.matcher(name).matches()) {
            throw error(source, head.get("kind").line, "a kind name is lower-case letters, digits and hyphens");
        }
        List<PartSpec> parts = new ArrayList<>();
        for (Section s : sections) parts.add(part(source, s));
        return new Kind(name, required(source, head, "label_zh", 1), required(source, head, "label_en", 1),
                regex(source, head, "title", 1), parts, source);
    }

    private static PartSpec part(String source, Section s) throws KindFileException {
        Set<Where> where = EnumSet.noneOf(Where.class);
        Value whereValue = s.values.get("where");
        for (String word : required(source, s.values, "where", s.line).split(",")) {
            try {
                where.add(Where.parse(word));
            } catch (IllegalArgumentException e) {
                List<String> known = new ArrayList<>();
                for (Where w : Where.values()) known.add(w.word());
                throw error(source, whereValue.line, "unknown place '" + word.strip() + "' (known: "
                        + String.join(", ", known) + ")");
            }
        }
        String severity = s.values.containsKey("severity") ? s.values.get("severity").text : "error";
        if (!severity.equals("error") && !severity.equals("warning")) {
            throw error(source, s.values.get("severity").line, "severity must be error or warning");
        }
        int min = 1;
        if (s.values.containsKey("min")) {
            Value v = s.values.get("min");
            try {
                min = Integer.parseInt(v.text);
            } catch (NumberFormatException e) {
                min = 0;
            }
            if (min < 1) throw error(source, v.line, "min must be a whole number of at least 1");
        }
        Pattern form = s.values.containsKey("form") ? regex(source, s.values, "form", s.line) : null;
        String formZh = form == null ? "" : required(source, s.values, "form_zh", s.line);
        String formEn = form == null ? "" : required(source, s.values, "form_en", s.line);
        Pattern when = s.values.containsKey("if") ? regex(source, s.values, "if", s.line) : null;
        Pattern unlessTitle = s.values.containsKey("unless_title") ? regex(source, s.values, "unless_title", s.line) : null;
        Pattern mention = s.values.containsKey("mention") ? regex(source, s.values, "mention", s.line) : null;
        return new PartSpec(s.id, required(source, s.values, "label_zh", s.line),
                required(source, s.values, "label_en", s.line), where, regex(source, s.values, "find", s.line),
                form, formZh, formEn, severity, when, min, unlessTitle, mention);
    }

    private static String required(String source, Map<String, Value> values, String key, int line)
            throws KindFileException {
        Value v = values.get(key);
        if (v == null || v.text.isEmpty()) throw error(source, line, "'" + key + ":' is missing");
        return v.text;
    }

    private static Pattern regex(String source, Map<String, Value> values, String key, int line)
            throws KindFileException {
        String text = required(source, values, key, line);
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw error(source, values.get(key).line, "'" + key + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    private static KindFileException error(String source, int line, String message) {
        return new KindFileException(source + ":" + line + ": " + message);
    }

    private record Value(String text, int line) {
    }

    private record Section(String id, int line, Map<String, Value> values) {
    }
}
