package draftlint.serve;

import draftlint.engine.Language;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.util.Fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A posted form, read: its drafts ({@code file} parts, or one {@code text} part) and its settings,
 * from form fields or from the query string (both may be used; a field adds to the query).
 */
final class Form {
    private static final List<String> KNOWN = List.of("file", "text", "lang", "kind", "enable", "disable", "lines");

    private final List<Upload> uploads = new ArrayList<>();
    private final Fields fields = new Fields(true);

    private Form() {
    }

    static Form of(MultiPartFormData.Parts parts, Fields query, long maxBytes) throws Refusal {
        Form form = new Form();
        for (Fields.Field f : query) {
            for (String v : f.getValues()) form.fields.add(f.getName(), v);
        }
        for (MultiPart.Part part : parts) {
            String name = part.getName() == null ? "" : part.getName();
            if (name.equals("file")) {
                if (part.getFileName() == null) throw new Refusal(400, "a 'file' part needs a file name (its extension chooses the reader)");
                form.uploads.add(new Upload(Upload.baseName(part.getFileName()), ReviewHandler.bytes(part)));
            } else if (name.equals("text")) {
                form.uploads.add(new Upload(Upload.PASTED, ReviewHandler.bytes(part)));
            } else if (KNOWN.contains(name)) {
                form.fields.add(name, part.getContentAsString(StandardCharsets.UTF_8));
            } else {
                throw new Refusal(400, "unknown form field '" + name + "' (expected file, text, lang, kind, enable, disable)");
            }
        }
        long total = form.uploads.stream().mapToLong(u -> u.bytes().length).sum();
        if (total > maxBytes) {
            throw new Refusal(413, "the drafts are larger than the limit of " + draftlint.engine.ByteSize.shown(maxBytes) + " (--max-size)");
        }
        if (form.uploads.isEmpty()) throw new Refusal(400, "the form has no 'file' part and no 'text' part");
        if (form.uploads.stream().filter(u -> u.name().equals(Upload.PASTED)).count() > 1) {
            throw new Refusal(400, "one 'text' part at most");
        }
        return form;
    }

    List<Upload> uploads() {
        return uploads;
    }

    /** The one draft that {@code /api/annotate} and {@code /api/fix} take. */
    Upload single() throws Refusal {
        if (uploads.size() != 1) throw new Refusal(400, "send exactly one draft ('file' or 'text' part), not " + uploads.size());
        return uploads.get(0);
    }

    Settings settings() throws Refusal {
        Language language = language(last("lang"));
        String kind = last("kind");
        if (kind != null && (kind.isBlank() || kind.strip().equals("auto"))) kind = null;
        return new Settings(language, kind == null ? null : kind.strip(), ReviewHandler.list(values("enable")),
                ReviewHandler.list(values("disable")));
    }

    static Language language(String lang) throws Refusal {
        if (lang == null || lang.isBlank()) return Language.ZH;
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw new Refusal(400, "lang must be zh or en, not '" + lang + "'");
        };
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
