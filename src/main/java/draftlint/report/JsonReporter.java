package draftlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.UncheckedIOException;

/** The JSON document of the output contract (version 1), written when the run is finished. */
public final class JsonReporter implements Reporter {
    public static final int VERSION = 1;

    private final PrintWriter out;
    private final String toolVersion;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = mapper.createObjectNode();
    private final ArrayNode files;

    public JsonReporter(PrintWriter out, String toolVersion) {
        this.out = out;
        this.toolVersion = toolVersion;
        root.put("version", VERSION);
        root.putObject("tool").put("name", "draftlint").put("version", toolVersion);
        files = root.putArray("files");
    }

    @Override
    public void file(FileReport report) {
        ObjectNode file = files.addObject();
        file.put("path", report.path());
        file.put("encoding", report.encoding());
        file.put("kind", report.kind());
        file.put("kindAssumed", report.kindAssumed());
        file.put("error", report.error());
        ArrayNode findings = file.putArray("findings");
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode f = findings.addObject();
            f.put("rule", d.rule());
            f.put("family", d.family());
            f.put("severity", d.severity().id());
            f.put("line", d.span().line());
            f.put("column", d.span().column());
            f.put("endLine", d.span().endLine());
            f.put("endColumn", d.span().endColumn());
            f.put("message", d.message());
            f.put("suggestion", d.suggestion());
            if (d.fix() == null) {
                f.putNull("fix");
            } else {
                f.putObject("fix").put("replacement", d.fix());
            }
            f.put("excerpt", d.excerpt());
            if (d.inAutoNumber()) f.put("inAutoNumber", true);
        }
    }

    @Override
    public void finish(Summary summary) {
        ObjectNode s = root.putObject("summary");
        s.put("files", summary.files());
        s.put("failed", summary.failed());
        s.put("findings", summary.findings());
        s.put("error", summary.count(Severity.ERROR));
        s.put("warning", summary.count(Severity.WARNING));
        s.put("info", summary.count(Severity.INFO));
        try {
            mapper.writeValue(new NonClosing(out), root);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson closes what it writes to; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
