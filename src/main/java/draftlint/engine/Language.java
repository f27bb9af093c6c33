package draftlint.engine;

import java.util.Locale;

/** The language of messages and suggestions ({@code --lang}). */
public enum Language {
    ZH, EN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
