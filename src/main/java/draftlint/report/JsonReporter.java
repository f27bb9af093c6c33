package draftlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import draftlint.draft.LineWindow;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The JSON document of the output contract (version 1), written file by file as the reports
 * arrive. A tree of the whole run held until the end took more memory than checking: a 10 MB
 * draft has some 160,000 findings, 240 MB of JSON.
 */
public final class JsonReporter implements Reporter {
    public static final int VERSION = 1;

    private final PrintWriter out;
    private final String toolVersion;
    private final boolean withLines;
    private JsonGenerator json;

    public JsonReporter(PrintWriter out, String toolVersion) {
        this(out, toolVersion, false);
    }

    /**
     * @param withLines also give each file's source lines ({@code "lines"}, for .docx its paragraphs), for a
     *                  client that shows the findings in the text (the page of draftlint serve); the
     *                  contract allows new fields, and {@code check} never asks for it
     */
    public JsonReporter(PrintWriter out, String toolVersion, boolean withLines) {
        this.out = out;
        this.toolVersion = toolVersion;
        this.withLines = withLines;
    }

    @Override
    public void file(FileReport report) {
        try {
            JsonGenerator g = started();
            g.writeStartObject();
            g.writeStringField("path", report.path());
            g.writeStringField("encoding", report.encoding());
            g.writeStringField("kind", report.kind());
            g.writeBooleanField("kindAssumed", report.kindAssumed());
            g.writeStringField("error", report.error());
            g.writeArrayFieldStart("findings");
            for (Diagnostic d : report.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("rule", d.rule());
                g.writeStringField("family", d.family());
                g.writeStringField("severity", d.severity().id());
                g.writeNumberField("line", d.span().line());
                g.writeNumberField("column", d.span().column());
                g.writeNumberField("endLine", d.span().endLine());
                g.writeNumberField("endColumn", d.span().endColumn());
                g.writeStringField("message", d.message());
                g.writeStringField("suggestion", d.suggestion());
                if (d.fix() == null) {
                    g.writeNullField("fix");
                } else {
                    g.writeObjectFieldStart("fix");
                    g.writeStringField("replacement", d.fix());
                    g.writeEndObject();
                }
                g.writeStringField("excerpt", LineWindow.excerpt(d.excerpt(), d.span()));
                if (d.inAutoNumber()) g.writeBooleanField("inAutoNumber", true);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (withLines) {
                g.writeArrayFieldStart("lines");
                for (String line : report.lines()) g.writeString(line);
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Summary summary) {
        try {
            JsonGenerator g = started();
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", summary.files());
            g.writeNumberField("failed", summary.failed());
            g.writeNumberField("findings", summary.findings());
            g.writeNumberField("error", summary.count(Severity.ERROR));
            g.writeNumberField("warning", summary.count(Severity.WARNING));
            g.writeNumberField("info", summary.count(Severity.INFO));
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generator, with the head of the document written: nothing is printed before the first report. */
    private JsonGenerator started() throws IOException {
        if (json == null) {
            // Not closing the target: standard output must stay open.
            json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "draftlint");
            json.writeStringField("version", toolVersion);
            json.writeEndObject();
            json.writeArrayFieldStart("files");
        }
        return json;
    }
}
