package draftlint.serve;

import draftlint.engine.ByteSize;
import draftlint.engine.Language;
import draftlint.read.Reason;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.util.Fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A posted form, read: its drafts ({@code file} parts, or one {@code text} part) and its settings,
 * from form fields or from the query string (both may be used; a field adds to the query). The
 * whole form is read before it is judged, so that a refusal is worded in the language it asks for.
 */
final class Form {
    private static final List<String> KNOWN = List.of("file", "text", "lang", "kind", "enable", "disable", "lines");

    private final List<Upload> uploads = new ArrayList<>();
    private final Fields fields = new Fields(true);
    /** The first thing wrong with the form as it was read, or null. */
    private Refusal trouble;

    private Form() {
    }

    /** Reads every part; what is wrong is kept for {@link #check}, not thrown. */
    static Form of(MultiPartFormData.Parts parts, Fields query) {
        Form form = new Form();
        for (Fields.Field f : query) {
            for (String v : f.getValues()) form.fields.add(f.getName(), v);
        }
        for (MultiPart.Part part : parts) {
            String name = part.getName() == null ? "" : part.getName();
            if (name.equals("file")) {
                if (part.getFileName() == null) form.trouble(new Refusal(400, Reason.of("unnamed-file-part")));
                else form.uploads.add(new Upload(Upload.baseName(part.getFileName()), ReviewHandler.bytes(part)));
            } else if (name.equals("text")) {
                form.uploads.add(new Upload(Upload.PASTED, ReviewHandler.bytes(part)));
            } else if (KNOWN.contains(name)) {
                form.fields.add(name, part.getContentAsString(StandardCharsets.UTF_8));
            } else {
                form.trouble(new Refusal(400, Reason.of("unknown-field", "field", name)));
            }
        }
        return form;
    }

    private void trouble(Refusal refusal) {
        if (trouble == null) trouble = refusal;
    }

    /** Refuses a form that is not one draftlint answers: a part it does not know, no draft, drafts over the limit. */
    void check(long maxBytes) throws Refusal {
        if (trouble != null) throw trouble;
        long total = uploads.stream().mapToLong(u -> u.bytes().length).sum();
        if (total > maxBytes) throw new Refusal(413, Reason.of("request-too-large", "limit", ByteSize.shown(maxBytes)));
        if (uploads.isEmpty()) throw new Refusal(400, Reason.of("no-draft"));
        if (uploads.stream().filter(u -> u.name().equals(Upload.PASTED)).count() > 1) {
            throw new Refusal(400, Reason.of("two-texts"));
        }
    }

    List<Upload> uploads() {
        return uploads;
    }

    /** The one draft that {@code /api/annotate} and {@code /api/fix} take. */
    Upload single() throws Refusal {
        if (uploads.size() != 1) throw new Refusal(400, Reason.of("not-one-draft", "count", uploads.size()));
        return uploads.get(0);
    }

    Settings settings() throws Refusal {
        Language language = language(last("lang"));
        String kind = last("kind");
        if (kind != null && (kind.isBlank() || kind.strip().equals("auto"))) kind = null;
        return new Settings(language, kind == null ? null : kind.strip(), ReviewHandler.list(values("enable")),
                ReviewHandler.list(values("disable")));
    }

    /** The language the form asks for, or {@code fallback} when it asks for none it can have. */
    Language languageOr(Language fallback) {
        return leniently(last("lang"), fallback);
    }

    static Language language(String lang) throws Refusal {
        if (lang == null || lang.isBlank()) return Language.ZH;
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw new Refusal(400, Reason.of("bad-lang", "lang", lang.strip()));
        };
    }

    /** {@code lang} as given, or {@code fallback}: for wording a refusal, where a bad lang is no reason to fail again. */
    static Language leniently(String lang, Language fallback) {
        try {
            return lang == null || lang.isBlank() ? fallback : language(lang);
        } catch (Refusal r) {
            return fallback;
        }
    }

    /** {@code lines=1} (or true, yes): a flag the page sets. */
    boolean flag(String name) {
        String v = last(name);
        return v != null && List.of("1", "true", "yes", "on").contains(v.strip().toLowerCase(Locale.ROOT));
    }

    private String last(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private List<String> values(String name) {
        List<String> v = fields.getValues(name);
        return v == null ? List.of() : v;
    }
}
