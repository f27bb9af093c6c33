package draftlint.layout;

import draftlint.resource.BuiltInFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which font family a font name belongs to: 仿宋_GB2312, FangSong and 方正仿宋_GBK are all 仿宋.
 * The families are data, one file a family ({@code rules/lists/layout/fonts-fangsong.txt}: one font
 * name a line); names are compared without case and without spaces, as Word matches them.
 */
public final class FontFamilies {
    private static final String PREFIX = "fonts-";
    private final Map<String, String> familyOfFont = new LinkedHashMap<>();
    private final List<String> names;

    private FontFamilies(Map<String, List<String>> families) {
        families.forEach((family, fonts) -> fonts.forEach(font -> familyOfFont.putIfAbsent(key(font), family)));
        this.names = List.copyOf(families.keySet());
    }

    private static final class BuiltIn {
        static final FontFamilies FAMILIES = read();
    }

    public static FontFamilies builtIn() {
        return BuiltIn.FAMILIES;
    }

    private static FontFamilies read() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        try {
            List<String> names = BuiltInFiles.names("lists/layout");
            if (names.isEmpty()) throw new IllegalStateException("rules/lists/layout is missing from the build");
            for (String name : names) {
                if (!name.startsWith(PREFIX) || !name.endsWith(".txt")) continue;
                String family = name.substring(PREFIX.length(), name.length() - 4);
                families.put(family, BuiltInFiles.list("layout/" + name.substring(0, name.length() - 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FontFamilies(families);
    }

    public boolean exists(String family) {
        return names.contains(family);
    }

    public List<String> names() {
        return names;
    }

    /** The family of a font name, or "" when it belongs to none of them (华文琥珀, Calibri). */
    public String familyOf(String font) {
        if (font == null || font.isEmpty()) return "";
        return familyOfFont.getOrDefault(key(font), "");
    }

    private static String key(String font) {
        return font.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
