package draftlint.serve;

import draftlint.engine.Language;

import java.util.List;

/** What the server asks of draftlint. Each method may be called from many threads at once. */
public interface Reviews {
    /**
     * The JSON document of {@code check --format json} for the uploads, in their order.
     *
     * @param withLines also give each file's source lines ({@code "lines"}), for the page
     * @throws Refusal 400 for settings that name no rule or kind
     */
    byte[] check(Settings settings, List<Upload> uploads, boolean withLines) throws Refusal;

    /** The .docx upload with a Word comment on each finding, as {@code check --annotate} writes it. */
    byte[] annotate(Settings settings, Upload upload) throws Refusal;

    /**
     * The text upload with the safe fixes applied, in its own encoding, as {@code draftlint fix} writes it.
     *
     * @param applied how many replacements were made
     */
    record Fixed(byte[] bytes, int applied) {
    }

    Fixed fix(Settings settings, Upload upload) throws Refusal;

    /** Every rule: id, family, severity, enabled, description (in the language given). */
    byte[] rules(Language language);

    /**
     * The document kinds that {@code kind} may name besides {@code auto}, as JSON: id, label and the
     * labels of the parts each requires (in the language given), in the order of their kind files.
     */
    byte[] kinds(Language language);
}
