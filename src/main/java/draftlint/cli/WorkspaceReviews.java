package draftlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import draftlint.config.ConfigFinder;
import draftlint.engine.Batch;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.Limits;
import draftlint.engine.Reasons;
import draftlint.engine.RuleMeta;
import draftlint.fix.Fixer;
import draftlint.kind.Kind;
import draftlint.kind.PartSpec;
import draftlint.read.Reason;
import draftlint.report.AnnotatedCopyWriter;
import draftlint.report.JsonReporter;
import draftlint.report.Summary;
import draftlint.serve.Refusal;
import draftlint.serve.Reviews;
import draftlint.serve.Settings;
import draftlint.serve.Upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers of {@code draftlint serve}, made as {@code check} makes them: a {@link Workspace} for
 * the request's settings (the rules loaded once at start; one workspace, with its checkers, kept
 * per combination of settings), {@link Batch} to read and check, the workspace's filters, and the
 * {@link JsonReporter}. No configuration file applies: the drafts come from a browser, not from a
 * folder ({@code check --no-config}).
 */
final class WorkspaceReviews implements Reviews {
    /** Combinations of settings kept with their checkers; a page uses one or two. */
    private static final int KEPT = 32;

    private final RuleOptions ruleOptions;
    private final Limits limits;
    private final int jobs;
    private final Map<Settings, Workspace> workspaces = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Settings, Workspace> eldest) {
            return size() > KEPT;
        }
    };

    WorkspaceReviews(RuleOptions ruleOptions, Limits limits, int jobs) {
        this.ruleOptions = ruleOptions;
        this.limits = limits;
        this.jobs = jobs;
    }

    /** Builds the default workspace (and with it the rule base) now, so that a rule file that does not compile stops the start. */
    void prepare() throws Workspace.Trouble {
        standard();
    }

    /** The workspace of the default settings: its rules and kinds are those every request may name. */
    private Workspace standard() throws Workspace.Trouble {
        return workspaceOrTrouble(new Settings(Language.ZH, null, List.of(), List.of()));
    }

    /** The default workspace, built at start (a rule file that did not compile stopped it then). */
    private Workspace built() {
        try {
            return standard();
        } catch (Workspace.Trouble e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] check(Settings settings, List<Upload> uploads, boolean withLines) throws Refusal {
        Workspace workspace = workspace(settings);
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        JsonReporter reporter = new JsonReporter(out, Main.version(), withLines);
        Summary summary = new Summary();
        new Batch(workspace::checkerFor, jobs, limits).run(uploads.stream().map(WorkspaceReviews::input).toList(),
                (input, checked) -> {
                    FileReport report = workspace.filter(input, checked);
                    summary.add(report);
                    reporter.file(report);
                });
        reporter.finish(summary);
        out.flush();
        return buffer.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] annotate(Settings settings, Upload upload) throws Refusal {
        if (!upload.name().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new Refusal(422, Reason.of("comments-need-docx", "name", upload.name()));
        }
        Workspace workspace = workspace(settings);
        Input input = input(upload);
        FileReport report = workspace.filter(input, new Batch(workspace::checkerFor, 1, limits).checkOne(input));
        if (report.failed()) throw refused(upload.name(), report.error());
        try {
            return new AnnotatedCopyWriter(settings.language()).annotate(report, upload.bytes());
        } catch (IOException e) {
            throw refused(upload.name(), Reasons.text(Reason.of("cannot-annotate", "detail", Reason.detail(e)), settings.language()));
        }
    }

    @Override
    public Fixed fix(Settings settings, Upload upload) throws Refusal {
        Workspace workspace = workspace(settings);
        String name = upload.name().equals(Upload.PASTED) ? "pasted.txt" : upload.name();
        Batch batch = new Batch(workspace::checkerFor, 1, limits);
        Fixer fixer = new Fixer(text -> workspace.filter(text, batch.checkOne(text)), settings.language());
        Fixer.Fixed fixed = fixer.fix(name, upload.bytes());
        if (fixed.outcome().error() != null) throw refused(name, fixed.outcome().error());
        return new Fixed(fixed.bytes(), fixed.outcome().applied());
    }

    /** A draft that could not be annotated or fixed, with the reason already worded in the request's language. */
    private static Refusal refused(String name, String reason) {
        return new Refusal(422, Reason.of("draft-refused", "name", name, "reason", reason));
    }

    @Override
    public byte[] rules(Language language) {
        Workspace workspace = built();
        return listDocument("rules", g -> {
            for (RuleMeta r : workspace.book().rules()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("family", r.family());
                g.writeStringField("severity", r.severity().id());
                g.writeBooleanField("enabled", r.enabledByDefault());
                g.writeStringField("description", r.description(language));
                g.writeEndObject();
            }
        });
    }

    @Override
    public byte[] kinds(Language language) {
        Workspace workspace = built();
        return listDocument("kinds", g -> {
            for (Kind k : workspace.kinds().all()) {
                g.writeStartObject();
                g.writeStringField("id", k.name());
                g.writeStringField("label", label(language, k.labelZh(), k.labelEn(), k.name()));
                g.writeArrayFieldStart("parts");
                for (PartSpec p : k.parts()) g.writeString(label(language, p.labelZh(), p.labelEn(), p.id()));
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /** Writes the entries of one list. */
    private interface Entries {
        void write(JsonGenerator g) throws IOException;
    }

    /** {@code {"<name>": [entries]}}, pretty-printed: the shape of /api/rules and /api/kinds. */
    private static byte[] listDocument(String name, Entries entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart(name);
            entries.write(g);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A kind file's label in the language asked for, else in the other, else its id. */
    private static String label(Language language, String zh, String en, String id) {
        String first = language == Language.ZH ? zh : en;
        String second = language == Language.ZH ? en : zh;
        if (first != null && !first.isBlank()) return first;
        return second != null && !second.isBlank() ? second : id;
    }

    private static Input input(Upload upload) {
        return upload.name().equals(Upload.PASTED) ? Input.stdin(upload.bytes()) : new Input(upload.name(), null, upload.bytes());
    }

    /**
     * The workspace of a request's settings. The names a request gives are checked here, against
     * the rules and kinds loaded at start, so that their refusal is worded in the request's
     * language; {@link Workspace} checks them again, in the command line's words.
     */
    private Workspace workspace(Settings settings) throws Refusal {
        Workspace standard = built();
        if (settings.kind() != null && standard.kinds().byName(settings.kind()).isEmpty()) {
            Set<String> names = new TreeSet<>();
            for (Kind k : standard.kinds().all()) names.add(k.name());
            throw new Refusal(400, Reason.of("unknown-kind", "name", settings.kind(), "kinds",
                    String.join(settings.language() == Language.ZH ? "、" : ", ", names)));
        }
        for (List<String> named : List.of(settings.enable(), settings.disable())) {
            for (String id : named) {
                if (!standard.book().names(id)) throw new Refusal(400, Reason.of("unknown-rule", "name", id));
            }
        }
        try {
            return workspaceOrTrouble(settings);
        } catch (Workspace.Trouble e) {
            throw new Refusal(400, Reason.of("bad-settings", "detail", e.getMessage()));
        }
    }

    private Workspace workspaceOrTrouble(Settings settings) throws Workspace.Trouble {
        synchronized (workspaces) {
            Workspace known = workspaces.get(settings);
            if (known != null) return known;
        }
        Workspace made = new Workspace(List.of(), ConfigFinder.none(), ruleOptions, settings.enable(), settings.disable(),
                settings.kind(), settings.language());
        synchronized (workspaces) {
            return workspaces.computeIfAbsent(settings, s -> made);
        }
    }
}
