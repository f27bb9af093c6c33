package draftlint.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table kept as data beside the rules ({@code rules/lists/*.txt}, shipped under
 * {@code draftlint/rules/}): one row a line, fields separated by {@code |}, {@code #} comments
 * and blank lines skipped. Keeping such tables out of the code lets a reviewer extend them
 * without reading Java.
 */
final class RuleData {
    private static final String ROOT = "draftlint/rules/";

    private RuleData() {
    }

    /** The rows of {@code name} (e.g. {@code lists/anniversaries.txt}), each split into trimmed fields. */
    static List<String[]> rows(String name) {
        InputStream in = RuleData.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) throw new IllegalStateException("missing rule data " + ROOT + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] fields = t.split("\\|", -1);
                for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + ROOT + name, e);
        }
        return rows;
    }
}
