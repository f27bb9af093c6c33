package draftlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Fingerprint;
import draftlint.engine.Language;
import draftlint.engine.RuleMeta;
import draftlint.engine.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists every rule (with its
 * help), one result per finding with its full region in code points ({@code columnKind}), a fix
 * where the finding has a safe one, and a fingerprint that survives edits elsewhere in the file.
 * Files that could not be read become error notifications of the invocation.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of draftlint's own fingerprint in {@code partialFingerprints}. */
    static final String FINGERPRINT = "draftlint/v1";

    /**
     * The tool's documentation: the README of the repository draftlint runs from, as a {@code file:}
     * URI (SARIF wants an absolute URI, and the project has no web host); null when it is not there.
     */
    static final String INFORMATION_URI = readme();

    private final PrintWriter out;
    private final Wording words;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = mapper.createObjectNode();
    private final ArrayNode results;
    private final ArrayNode notifications;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Path workingDir = Path.of("").toAbsolutePath();

    public SarifReporter(PrintWriter out, String toolVersion, Collection<RuleMeta> rules, RuleHelp help, Language language) {
        this.out = out;
        this.words = new Wording(language);
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "draftlint");
        driver.put("version", toolVersion);
        if (toolVersion.matches("\\d+\\.\\d+\\.\\d+.*")) driver.put("semanticVersion", toolVersion);
        driver.put("language", language == Language.EN ? "en-US" : "zh-CN");
        if (INFORMATION_URI != null) driver.put("informationUri", INFORMATION_URI);
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleMeta rule : rules) {
            ruleIndex.put(rule.id(), descriptors.size());
            ObjectNode d = descriptors.addObject();
            d.put("id", rule.id());
            // Short: what the rule reports. Full: that, and what a finding of it says and suggests,
            // all in the run's language.
            d.putObject("shortDescription").put("text", rule.description(language));
            d.putObject("fullDescription").put("text", fullDescription(rule, language));
            d.putObject("help").put("text", help.textInOneLanguage(rule)).put("markdown", help.markdown(rule, 2));
            d.putObject("defaultConfiguration").put("enabled", rule.enabledByDefault()).put("level", level(rule.severity()));
            d.putObject("properties").putArray("tags").add(rule.family());
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        notifications = invocation.putArray("toolExecutionNotifications");
        run.put("columnKind", "unicodeCodePoints");
        results = run.putArray("results");
    }

    @Override
    public void file(FileReport report) {
        String uri = uri(report.path());
        if (report.failed()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", words.word("cannot-check") + ": " + report.error());
            n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation").put("uri", uri);
            return;
        }
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.rule());
            Integer index = ruleIndex.get(d.rule());
            if (index != null) r.put("ruleIndex", index);
            r.put("level", level(d.severity()));
            String text = d.suggestion().isEmpty() ? d.message()
                    : d.message() + "\n" + words.word("suggestion") + ": " + d.suggestion();
            r.putObject("message").put("text", text);
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri);
            region(physical.putObject("region"), d.span());
            r.putObject("partialFingerprints").put(FINGERPRINT, Fingerprint.of(d));
            r.putObject("properties").put("family", d.family());
            if (d.fix() != null) {
                ObjectNode fix = r.putArray("fixes").addObject();
                fix.putObject("description").put("text", d.suggestion().isEmpty() ? d.message() : d.suggestion());
                ObjectNode change = fix.putArray("artifactChanges").addObject();
                change.putObject("artifactLocation").put("uri", uri);
                ObjectNode replacement = change.putArray("replacements").addObject();
                region(replacement.putObject("deletedRegion"), d.span());
                replacement.putObject("insertedContent").put("text", d.fix());
            }
        }
    }

    @Override
    public void finish(Summary summary) {
        try {
            out.write(mapper.writeValueAsString(root));
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** README.md in the folder that holds the jar's (or the classes') target folder. */
    private static String readme() {
        try {
            Path here = Path.of(SarifReporter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null && p.getNameCount() > 0 && here.getNameCount() - p.getNameCount() < 4; p = p.getParent()) {
                Path readme = p.resolve("README.md");
                if (java.nio.file.Files.isRegularFile(readme)) return readme.toUri().toASCIIString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to start from: no informationUri
        }
        return null;
    }

    private static String fullDescription(RuleMeta rule, Language language) {
        String description = rule.description(language);
        if (language == Language.EN) {
            return description + ". A finding says: \"" + rule.messageEn() + "\""
                    + (rule.suggestionEn().isEmpty() ? "" : "; it suggests: \"" + rule.suggestionEn() + "\"") + ".";
        }
        return description + "。报告为：“" + rule.messageZh() + "”"
                + (rule.suggestionZh().isEmpty() ? "" : "；建议：“" + rule.suggestionZh() + "”") + "。";
    }

    private static void region(ObjectNode region, Span span) {
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.endLine());
        region.put("endColumn", span.endColumn());
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The path as a URI reference relative to the working directory (the repository root in CI),
     * which is what code scanning matches against its checkout; percent-encoded, since Chinese
     * file names are common.
     */
    private String uri(String path) {
        String shown = path.replace('\\', '/');
        if (!path.equals("-")) {
            Path p = Path.of(path).toAbsolutePath().normalize();
            if (p.startsWith(workingDir)) shown = workingDir.relativize(p).toString().replace('\\', '/');
            else return p.toUri().toASCIIString();
        }
        // A colon in the first segment would read as a URI scheme ("a:b.txt"): "./" keeps it a path.
        if (shown.indexOf(':') >= 0 && (shown.indexOf('/') < 0 || shown.indexOf(':') < shown.indexOf('/'))) {
            shown = "./" + shown;
        }
        try {
            return new URI(null, null, shown, null).toASCIIString();
        } catch (URISyntaxException e) {
            return shown;
        }
    }
}
