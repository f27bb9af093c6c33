package draftlint.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code .draftlint.yml}. Every key is documented in the README; a key it does not know is an
 * error that names it, because a misspelt key that is silently ignored is a rule that silently
 * runs. Paths and globs in it are relative to the folder it is in.
 *
 * @param folder      the folder the file is in
 * @param rules       rule id or family → {@code off}, {@code on}, {@code error}, {@code warning} or {@code info}
 * @param kind        the document kind, or null for the command line's default
 * @param ruleFolders folders of extra {@code .drl} files
 * @param failOn      the lowest severity that fails the run, or null
 * @param overrides   rule settings for the files that match their globs, in file order
 * @param accept      words of the user's unit that no rule flags (see {@link draftlint.filter.AcceptedTerms})
 * @param layout      the layout profile Word drafts are held to ({@code layout:}), or null for their kind's
 */
public record Config(Path file, Path folder, Map<String, String> rules, String kind, List<Path> ruleFolders,
                     List<Glob> ignore, String failOn, List<Override> overrides, List<String> accept, String layout) {

    /** The name looked for in each folder from a checked file up to the root. */
    public static final String FILE_NAME = ".draftlint.yml";

    static final Set<String> KEYS = Set.of("rules", "kind", "rule-folders", "ignore", "fail-on", "overrides", "accept", "layout");
    static final Set<String> OVERRIDE_KEYS = Set.of("files", "rules", "accept");
    static final Set<String> SETTINGS = Set.of("off", "on", "error", "warning", "info");
    /** A kind's name; which kinds exist depends on the rule folders, so the run checks it. */
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");
    static final Set<String> FAIL_ON = Set.of("error", "warning", "info", "never");

    /** Rule settings, and more accepted words, for the files that match one of {@code files}. */
    public record Override(List<Glob> files, Map<String, String> rules, List<String> accept) {
    }

    /** No configuration: every rule as it is declared. */
    public static Config none(Path folder) {
        return new Config(null, folder, Map.of(), null, List.of(), List.of(), null, List.of(), List.of(), null);
    }

    public static Config read(Path file) throws ConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ConfigException(file + where + ": not valid YAML: " + problem);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read it: " + e.getMessage());
        }
        String where = file.toString();
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (root == null || root.isMissingNode() || root.isNull()) return none(folder);
        if (!root.isObject()) throw new ConfigException(where + ": must be a mapping of keys to values");
        checkKeys(root, KEYS, where, "");
        Map<String, String> rules = rules(root.get("rules"), where, "rules");
        JsonNode kindNode = root.get("kind");
        String kind = kindNode == null || kindNode.isNull() ? null : kindNode.asText().strip();
        if (kind != null && (!kindNode.isTextual() || !KIND.matcher(kind).matches())) {
            throw new ConfigException(where + ": 'kind' must be auto or the name of a document kind (see --kind)");
        }
        JsonNode layoutNode = root.get("layout");
        String layout = layoutNode == null || layoutNode.isNull() ? null : layoutNode.asText().strip();
        if (layout != null && (!layoutNode.isTextual() || !KIND.matcher(layout).matches())) {
            throw new ConfigException(where + ": 'layout' must be auto or the name of a layout profile (see --layout)");
        }
        List<Path> ruleFolders = new ArrayList<>();
        for (String f : strings(root.get("rule-folders"), where, "rule-folders")) ruleFolders.add(folder.resolve(f).normalize());
        List<Glob> ignore = globs(root.get("ignore"), where, "ignore");
        String failOn = choice(root.get("fail-on"), FAIL_ON, where, "fail-on");
        List<Override> overrides = new ArrayList<>();
        JsonNode list = root.get("overrides");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) throw new ConfigException(where + ": 'overrides' must be a list");
            for (int i = 0; i < list.size(); i++) {
                String key = "overrides[" + i + "]";
                JsonNode o = list.get(i);
                if (!o.isObject()) {
                    throw new ConfigException(where + ": '" + key + "' must be a mapping with 'files' and 'rules' or 'accept'");
                }
                checkKeys(o, OVERRIDE_KEYS, where, key + ".");
                List<Glob> files = globs(o.get("files"), where, key + ".files");
                if (files.isEmpty()) throw new ConfigException(where + ": '" + key + ".files' must name at least one glob");
                overrides.add(new Override(files, rules(o.get("rules"), where, key + ".rules"),
                        terms(o.get("accept"), where, key + ".accept")));
            }
        }
        return new Config(file, folder, rules, kind, ruleFolders, ignore, failOn, overrides, terms(root.get("accept"), where, "accept"), layout);
    }

    /**
     * The rule settings that apply to a file, in the order they apply: {@code rules}, then each
     * override whose globs match the file. A file outside the folder (or standard input, null)
     * gets {@code rules} alone.
     */
    public List<Map<String, String>> ruleLayers(Path file) {
        List<Map<String, String>> layers = new ArrayList<>();
        layers.add(rules);
        String relative = file == null ? null : relative(file);
        if (relative != null) {
            for (Override o : overrides) {
                if (o.files().stream().anyMatch(g -> g.matches(relative))) layers.add(o.rules());
            }
        }
        return layers;
    }

    /**
     * The words accepted in a file: {@code accept}, then those of each override whose globs match
     * the file. Overrides only add words: a word accepted for the whole folder stays accepted. A
     * file outside the folder (or standard input, null) gets {@code accept} alone.
     */
    public List<String> acceptedTerms(Path file) {
        Set<String> terms = new java.util.LinkedHashSet<>(accept);
        String relative = file == null ? null : relative(file);
        if (relative != null) {
            for (Override o : overrides) {
                if (o.files().stream().anyMatch(g -> g.matches(relative))) terms.addAll(o.accept());
            }
        }
        return List.copyOf(terms);
    }

    /** Whether the configuration ignores a file (given as an absolute, normalized path). */
    public boolean ignores(Path file) {
        String relative = relative(file);
        return relative != null && ignore.stream().anyMatch(g -> g.matches(relative));
    }

    /** The path of a file relative to this configuration's folder, or null when it is outside it. */
    String relative(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(folder) ? folder.relativize(f).toString().replace('\\', '/') : null;
    }

    /** Every rule id and family that the file names, with the key that names it. */
    public Map<String, String> namedRules() {
        Map<String, String> named = new LinkedHashMap<>();
        rules.keySet().forEach(id -> named.put(id, "rules." + id));
        for (int i = 0; i < overrides.size(); i++) {
            int n = i;
            overrides.get(i).rules().keySet().forEach(id -> named.putIfAbsent(id, "overrides[" + n + "].rules." + id));
        }
        return named;
    }

    private static void checkKeys(JsonNode node, Set<String> known, String where, String prefix) throws ConfigException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new ConfigException(where + ": unknown key '" + prefix + key + "' (known keys: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static Map<String, String> rules(JsonNode node, String where, String key) throws ConfigException {
        Map<String, String> rules = new LinkedHashMap<>();
        if (node == null || node.isNull()) return rules;
        if (!node.isObject()) throw new ConfigException(where + ": '" + key + "' must map rule ids or families to a setting");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            // YAML 1.1 reads a bare off/on as a boolean; both spellings mean the same here.
            String setting = v.isBoolean() ? (v.asBoolean() ? "on" : "off") : v.isTextual() ? v.asText().strip() : null;
            if (setting == null || !SETTINGS.contains(setting)) {
                throw new ConfigException(where + ": '" + key + "." + e.getKey() + "' must be one of off, on, error, warning, info");
            }
            rules.put(e.getKey(), setting);
        }
        return rules;
    }

    private static String choice(JsonNode node, Set<String> allowed, String where, String key) throws ConfigException {
        if (node == null || node.isNull()) return null;
        String value = node.isBoolean() && !node.asBoolean() ? "never" : node.asText().strip();
        if (!node.isValueNode() || !allowed.contains(value)) {
            throw new ConfigException(where + ": '" + key + "' must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String where, String key) throws ConfigException {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) return values;
        if (node.isTextual()) return List.of(node.asText());
        if (!node.isArray()) throw new ConfigException(where + ": '" + key + "' must be a list of strings");
        for (JsonNode v : node) {
            if (!v.isTextual()) throw new ConfigException(where + ": '" + key + "' must be a list of strings");
            values.add(v.asText());
        }
        return values;
    }

    /**
     * Accepted words: a list of non-empty strings (or one string), taken literally. A number, a
     * boolean or an empty entry is an error rather than a word quietly read as "123" or "true"; so
     * is a line break, since a word is matched within one line and such a word could never match.
     */
    private static List<String> terms(JsonNode node, String where, String key) throws ConfigException {
        List<String> terms = new ArrayList<>();
        if (node == null || node.isNull()) return terms;
        if (!node.isArray() && !node.isTextual()) throw new ConfigException(where + ": '" + key + "' must be a list of words");
        List<JsonNode> entries = new ArrayList<>();
        if (node.isArray()) node.forEach(entries::add);
        else entries.add(node);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode v = entries.get(i);
            String at = node.isArray() ? key + "[" + i + "]" : key;
            if (v.isNull() || v.isTextual() && v.asText().isBlank()) {
                throw new ConfigException(where + ": '" + at + "' is empty; an accepted word must have text");
            }
            if (!v.isTextual()) {
                throw new ConfigException(where + ": '" + at + "' must be a word, not " + (v.isValueNode()
                        ? v.asText() + " (YAML reads an unquoted number or true/false as a value: quote it)"
                        : "a list or mapping"));
            }
            String term = v.asText();
            if (term.contains("\n") || term.contains("\r")) {
                throw new ConfigException(where + ": '" + at + "' has a line break; a word is matched within one line");
            }
            terms.add(term);
        }
        return terms;
    }

    private static List<Glob> globs(JsonNode node, String where, String key) throws ConfigException {
        List<Glob> globs = new ArrayList<>();
        for (String s : strings(node, where, key)) {
            try {
                globs.add(new Glob(s));
            } catch (RuntimeException e) {
                throw new ConfigException(where + ": '" + key + "': bad glob '" + s + "': " + e.getMessage());
            }
        }
        return globs;
    }
}
