package draftlint.kind;

import java.util.Locale;

/** Where in a draft a part is looked for (the {@code where:} key of a kind file). */
public enum Where {
    /** The title line's text. */
    TITLE,
    /** Paragraphs before the first body paragraph, above the title included (发文字号 stands there). */
    TOP,
    /** Paragraphs between the title and the first body paragraph (主送机关, 称谓). */
    HEAD,
    /** Paragraphs from the first body paragraph on. */
    BODY,
    /** Paragraphs after the first body paragraph (署名, 成文日期, 附件说明). */
    AFTER_BODY,
    /** The text of body headings of level 1 or 2, and of Markdown headings. */
    HEADING;

    static Where parse(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
