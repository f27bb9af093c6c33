package draftlint.serve;

import draftlint.engine.Language;

import java.util.List;

/**
 * What a request may set, as on the command line of {@code check}: {@code lang}, {@code kind},
 * {@code enable}, {@code disable}.
 *
 * @param kind null for the default (auto)
 */
public record Settings(Language language, String kind, List<String> enable, List<String> disable) {
    public Settings {
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
    }
}
