package draftlint.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The files draftlint ships beside its code: the repository's {@code rules/} folder (rules, kinds,
 * word lists, tables, terms), packaged in the jar under {@code draftlint/rules/}. Data lives there,
 * not in Java, so that a reviewer can extend a list without reading code.
 */
public final class BuiltInFiles {
    /** Where {@code rules/} is packaged on the class path. */
    public static final String ROOT = "draftlint/rules";

    private BuiltInFiles() {
    }

    /**
     * The names of the files directly in a folder below {@code rules/} ("" for {@code rules/} itself),
     * sorted; empty when it is not packaged. In a jar they are the entries the class loader has read
     * already (the JDK shares one copy of a jar's directory among its readers): a zip file system
     * over the jar would read its directory again, some 20 ms of a short run.
     */
    public static List<String> names(String relative) throws IOException {
        Map<String, List<String>> packaged = jarFolders();
        if (packaged != null) return packaged.getOrDefault(relative, List.of());
        String name = relative.isEmpty() ? ROOT : ROOT + "/" + relative;
        URL url = BuiltInFiles.class.getClassLoader().getResource(name);
        if (url == null) return List.of();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + name + ": " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    /** The packaged files by folder below {@code rules/}, from one walk of the jar; null until walked. */
    private static Map<String, List<String>> jarFolders;
    private static boolean walked;

    /**
     * The files under {@code rules/} by folder ("" for {@code rules/} itself), each folder's names
     * sorted, when {@code rules/} is in a jar; null when it is a folder (a build's classes, where an
     * IDE may add files while it runs). A run lists four folders: one walk of the jar's thousand
     * entries, not four, and one class-path lookup.
     */
    private static synchronized Map<String, List<String>> jarFolders() throws IOException {
        if (walked) return jarFolders;
        URL url = BuiltInFiles.class.getClassLoader().getResource(ROOT);
        if (url != null && url.openConnection() instanceof JarURLConnection jar) {
            Map<String, List<String>> folders = new HashMap<>();
            String prefix = ROOT + "/";
            for (Enumeration<JarEntry> entries = jar.getJarFile().entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (!entry.startsWith(prefix) || entry.endsWith("/")) continue;
                int slash = entry.lastIndexOf('/');
                String folder = slash < prefix.length() ? "" : entry.substring(prefix.length(), slash);
                folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(entry.substring(slash + 1));
            }
            folders.replaceAll((folder, names) -> {
                names.sort(null);
                return List.copyOf(names);
            });
            jarFolders = folders;
        }
        walked = true;
        return jarFolders;
    }

    /**
     * The texts of the files of one kind ({@code .drl}, {@code .kind}, {@code .layout}) directly in a
     * folder below {@code rules/}, by file name, sorted.
     */
    public static Map<String, String> texts(String relative, String suffix) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names(relative)) {
            if (name.endsWith(suffix)) texts.put(name, read(relative.isEmpty() ? name : relative + "/" + name));
        }
        return texts;
    }

    /** The text of a file below {@code rules/}, as UTF-8. */
    public static String read(String relative) throws IOException {
        try (InputStream in = open(relative)) {
            if (in == null) throw new IOException(ROOT + "/" + relative + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A file below {@code rules/}, opened for reading, or null when it is not packaged. */
    public static InputStream open(String relative) {
        return BuiltInFiles.class.getClassLoader().getResourceAsStream(ROOT + "/" + relative);
    }

    /**
     * The entries of the list {@code rules/lists/<name>.txt}: one a line, trimmed, blank lines and
     * {@code #} comments skipped, in file order.
     */
    public static List<String> list(String name) {
        String relative = "lists/" + name + ".txt";
        try (InputStream in = open(relative)) {
            if (in == null) throw new IllegalStateException(ROOT + "/" + relative + " is missing from the build");
            List<String> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) entries.add(entry);
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(ROOT + "/" + relative, e);
        }
    }

    /** The rows of the table {@code rules/lists/<name>.txt}: each entry split at {@code |} into trimmed fields. */
    public static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String entry : list(name)) {
            String[] fields = entry.split("\\|", -1);
            for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
            rows.add(fields);
        }
        return List.copyOf(rows);
    }
}
