package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import draftlint.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }

    /** The findings of every file, flattened to comparable lines: path, rule, span, message. */
    List<String> findingLines() {
        List<String> lines = new ArrayList<>();
        for (JsonNode file : json().get("files")) {
            lines.add(file.get("path").asText() + " error=" + file.get("error").asText());
            for (JsonNode f : file.get("findings")) {
                lines.add(file.get("path").asText() + " " + f.get("rule").asText() + " " + f.get("line") + ":"
                        + f.get("column") + "-" + f.get("endLine") + ":" + f.get("endColumn") + " "
                        + f.get("message").asText() + " " + f.get("fix"));
            }
        }
        return lines;
    }
}
