package draftlint.kind;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One required part of a kind, as its kind file declares it.
 *
 * @param id       the section name in the kind file ({@code date}), unique in the kind
 * @param where    where to look for it
 * @param find     what it looks like there (Java regex, found anywhere in the text unless anchored)
 * @param form     the form the found text must have, or null when any form will do
 * @param formZh   the form in words, for messages ({@code 2024年2月20日}); "" without a form
 * @param severity {@code error} (required) or {@code warning} (expected, e.g. assigned on issue)
 * @param when     the part is required only when some paragraph matches this, or null: always
 * @param min      how many matches it takes (numbered tasks: 2)
 * @param unlessTitle the part is not judged when the title matches this, or null
 * @param mention  words that name the part in running text: a part no heading names is not said to be
 *                 missing when a body paragraph mentions it so (it is written as prose), or null
 */
public record PartSpec(String id, String labelZh, String labelEn, Set<Where> where, Pattern find, Pattern form,
                       String formZh, String formEn, String severity, Pattern when, int min, Pattern unlessTitle,
                       Pattern mention) {
    public PartSpec {
        where = Set.copyOf(where);
    }
}
