package draftlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A path pattern of the configuration, matched against a path relative to the configuration's
 * folder, with forward slashes. {@code *} stays within a folder, {@code **} crosses folders, and
 * as in {@code .gitignore} a pattern without a slash matches a file name in any folder and a
 * leading {@code **}{@code /} also matches at the top.
 */
public final class Glob {
    private final String pattern;
    private final PathMatcher matcher;
    private final PathMatcher tail;
    private final boolean nameOnly;

    Glob(String pattern) {
        this.pattern = pattern;
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (p.endsWith("/")) p = p + "**";
        this.nameOnly = !p.contains("/");
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
        this.tail = p.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)) : null;
    }

    boolean matches(String relative) {
        Path path = Path.of(relative);
        if (nameOnly) return path.getFileName() != null && matcher.matches(path.getFileName());
        return matcher.matches(path) || (tail != null && tail.matches(path));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
