package draftlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A path pattern of the configuration, matched against a path relative to the configuration's
 * folder, with forward slashes. {@code *} stays within a folder and {@code **} crosses folders.
 * As in {@code .gitignore}: a pattern without a slash matches a file name in any folder, a
 * trailing slash means everything under a folder, and {@code **}{@code /} may match no folder at
 * all ({@code old/**}{@code /*.txt} matches {@code old/a.txt}), which Java's own globs do not allow.
 */
public final class Glob {
    private final String pattern;
    private final List<PathMatcher> matchers;
    private final boolean nameOnly;

    Glob(String pattern) {
        this.pattern = pattern;
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (p.endsWith("/")) p = p + "**";
        this.nameOnly = !p.contains("/");
        Set<String> forms = new LinkedHashSet<>();
        forms.add(p);
        forms.add(p.replace("/**/", "/"));
        if (p.startsWith("**/")) {
            forms.add(p.substring(3));
            forms.add(p.substring(3).replace("/**/", "/"));
        }
        this.matchers = forms.stream().map(f -> FileSystems.getDefault().getPathMatcher("glob:" + f)).toList();
    }

    boolean matches(String relative) {
        Path path = Path.of(relative);
        if (nameOnly) return path.getFileName() != null && matchers.get(0).matches(path.getFileName());
        return matchers.stream().anyMatch(m -> m.matches(path));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
