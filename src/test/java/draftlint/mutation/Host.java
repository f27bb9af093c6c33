package draftlint.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real document that defects are planted into: its path as draftlint prints it (relative to the
 * repository root) and its lines. Lines are split on LF only, so joining them gives the file back.
 */
record Host(String path, List<String> lines) {

    static List<Host> under(Path repo, String folder) {
        try (Stream<Path> files = Files.walk(repo.resolve(folder))) {
            List<Host> hosts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                hosts.add(new Host(repo.relativize(p).toString(), List.of(text.split("\n", -1))));
            }
            return hosts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String folder() {
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    String text() {
        return String.join("\n", lines);
    }

    int chars() {
        int n = 0;
        for (String l : lines) n += l.length() + 1;
        return n;
    }

    /** A copy of the lines to edit. */
    List<String> edit() {
        return new ArrayList<>(lines);
    }
}
