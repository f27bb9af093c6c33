package draftlint.layout;

import draftlint.fact.LayoutProfile;
import draftlint.resource.BuiltInFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout profiles of one run: the built-in ones ({@code rules/layouts/*.layout}) and those in
 * the {@code layouts/} folder of each {@code --rules DIR}. A user's profile of the same name as a
 * built-in one replaces it; two user files of one name are an error.
 */
public final class LayoutProfiles {
    public static final String USER_FOLDER = "layouts";
    /** The profile of documents whose kind no profile claims. */
    public static final String FALLBACK = "gbt9704";

    private final Map<String, LayoutProfile> byName;
    private final FontFamilies families;

    private LayoutProfiles(Map<String, LayoutProfile> byName, FontFamilies families) {
        this.byName = byName;
        this.families = families;
    }

    private static final class BuiltIn {
        static final LayoutProfiles PROFILES;

        static {
            try {
                PROFILES = load(List.of());
            } catch (LayoutFileException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    public static LayoutProfiles builtIn() {
        return BuiltIn.PROFILES;
    }

    public static LayoutProfiles load(List<Path> ruleDirs) throws LayoutFileException {
        FontFamilies families = FontFamilies.builtIn();
        Map<String, LayoutProfile> profiles = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> file : BuiltInFiles.texts("layouts", ".layout").entrySet()) {
                LayoutProfile p = LayoutFile.parse("rules/layouts/" + file.getKey(), file.getValue(), families);
                profiles.put(p.name(), p);
            }
        } catch (IOException e) {
            throw new LayoutFileException("cannot read the built-in layouts: " + e.getMessage());
        }
        Map<String, String> userSources = new LinkedHashMap<>();
        for (Path dir : ruleDirs) {
            Path folder = dir.resolve(USER_FOLDER);
            if (!Files.isDirectory(folder)) continue;
            for (LayoutProfile p : readFolder(folder, folder.toString().replace('\\', '/') + "/", families)) {
                String earlier = userSources.put(p.name(), p.source());
                if (earlier != null) {
                    throw new LayoutFileException(p.source() + ": layout '" + p.name() + "' is already defined in " + earlier);
                }
                profiles.put(p.name(), p);
            }
        }
        return new LayoutProfiles(profiles, families);
    }

    public Optional<LayoutProfile> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<LayoutProfile> all() {
        return byName.values();
    }

    public FontFamilies families() {
        return families;
    }

    /**
     * The profile for a document: {@code chosen} when given ({@code --layout}, {@code layout:}), else the
     * last-read profile that lists the document's kind (a user's profile wins over a built-in one), else
     * {@link #FALLBACK}.
     */
    public LayoutProfile forKind(String kind, String chosen) {
        if (chosen != null && !chosen.equals("auto")) {
            LayoutProfile p = byName.get(chosen);
            if (p != null) return p;
        }
        LayoutProfile found = null;
        for (LayoutProfile p : byName.values()) {
            if (p.kinds().contains(kind)) found = p;
        }
        return found != null ? found : byName.get(FALLBACK);
    }

    private static List<LayoutProfile> readFolder(Path folder, String prefix, FontFamilies families) throws LayoutFileException {
        List<LayoutProfile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".layout")) {
                    out.add(LayoutFile.parse(prefix + name, Files.readString(file, StandardCharsets.UTF_8), families));
                }
            }
        } catch (IOException e) {
            throw new LayoutFileException(folder + ": cannot read layout files: " + e.getMessage());
        }
        return out;
    }
}
