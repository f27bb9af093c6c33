package draftlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** A {@code check --format json} run, parsed: the findings of every file, flattened. */
public record JsonRun(int exit, JsonNode root, String err) {

    /** One finding as the contract's JSON gives it. */
    public record Found(String path, String rule, String severity, int line) {
    }

    public static JsonRun check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-cache", "--format", "json"));
        all.addAll(List.of(args));
        Cli.Run run = Cli.run(all.toArray(String[]::new));
        try {
            JsonNode root = run.out().isBlank() ? null : new ObjectMapper().readTree(run.out());
            return new JsonRun(run.exit(), root, run.err());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + run.out() + run.err(), e);
        }
    }

    public List<Found> findings() {
        List<Found> found = new ArrayList<>();
        if (root == null) return found;
        for (JsonNode file : root.path("files")) {
            for (JsonNode f : file.path("findings")) {
                found.add(new Found(file.path("path").asText(), f.path("rule").asText(), f.path("severity").asText(),
                        f.path("line").asInt()));
            }
        }
        return found;
    }

    /** The findings of one family: tests of settings look at the family they set, whatever else fires. */
    public List<Found> findings(String family) {
        return findings().stream().filter(f -> f.rule().startsWith(family + ".")).toList();
    }

    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        if (root != null) root.path("files").forEach(f -> paths.add(f.path("path").asText()));
        return paths;
    }
}
