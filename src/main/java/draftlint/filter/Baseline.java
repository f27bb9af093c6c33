package draftlint.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Fingerprint;
import draftlint.report.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings accepted as they are, so that a repository of old documents can adopt draftlint and
 * still fail on every new finding. An entry is a file, a rule, a {@link Fingerprint} of the matched
 * text and how many such findings there were: no line numbers, so text inserted above a finding
 * does not bring it back, while a second copy of the same problem in the file is new. Files are
 * named relative to the baseline's own folder, so it works from any working folder.
 */
public final class Baseline {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Key(String file, String rule, String fingerprint) {
    }

    private final Path folder;
    private final Map<Key, Integer> remaining;

    private Baseline(Path folder, Map<Key, Integer> remaining) {
        this.folder = folder;
        this.remaining = remaining;
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        if (root == null || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a draftlint baseline (version " + VERSION + ")");
        }
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (JsonNode f : root.path("findings")) {
            counts.merge(new Key(f.path("file").asText(), f.path("rule").asText(), f.path("fingerprint").asText()),
                    Math.max(1, f.path("count").asInt(1)), Integer::sum);
        }
        return new Baseline(folderOf(file), counts);
    }

    /** The report without the findings the baseline accepts; each entry accepts at most its count. */
    public FileReport filter(FileReport report) {
        if (report.failed()) return report;
        String file = name(folder, report.path());
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            Key key = new Key(file, d.rule(), Fingerprint.of(d));
            Integer left = remaining.get(key);
            if (left != null && left > 0) remaining.put(key, left - 1);
            else kept.add(d);
        }
        return report.withDiagnostics(kept);
    }

    /** Collects a run's findings into a new baseline file. */
    public static final class Writer {
        private final Path target;
        private final Path folder;
        private final Map<Key, Integer> counts = new TreeMap<>((a, b) -> {
            int c = a.file.compareTo(b.file);
            if (c == 0) c = a.rule.compareTo(b.rule);
            return c != 0 ? c : a.fingerprint.compareTo(b.fingerprint);
        });
        private final Map<Key, String> excerpts = new LinkedHashMap<>();
        private int findings;

        public Writer(Path target) {
            this.target = target;
            this.folder = folderOf(target);
        }

        public void add(FileReport report) {
            String file = name(folder, report.path());
            for (Diagnostic d : report.diagnostics()) {
                Key key = new Key(file, d.rule(), Fingerprint.of(d));
                counts.merge(key, 1, Integer::sum);
                excerpts.putIfAbsent(key, Fingerprint.anchor(d));
                findings++;
            }
        }

        public int findings() {
            return findings;
        }

        /** Writes the file whole or not at all. */
        public void write() throws IOException {
            ObjectNode root = JSON.createObjectNode();
            root.put("version", VERSION);
            root.put("tool", "draftlint");
            ArrayNode list = root.putArray("findings");
            counts.forEach((key, count) -> list.addObject()
                    .put("file", key.file).put("rule", key.rule).put("fingerprint", key.fingerprint)
                    .put("count", count).put("text", excerpts.get(key)));
            AtomicFile.write(target,
                    (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** A checked file's name in the baseline: relative to the baseline's folder, with forward slashes. */
    private static String name(Path folder, String path) {
        if (path.equals("-")) return "-";
        Path p = Path.of(path).toAbsolutePath().normalize();
        Path relative = p.startsWith(folder) ? folder.relativize(p) : p;
        return relative.toString().replace('\\', '/');
    }
}
