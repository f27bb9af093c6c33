package draftlint.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import draftlint.engine.ByteSize;
import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.Reason;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers the requests of {@code draftlint serve}: the page and its static files, and the API
 * ({@code /api/check}, {@code /api/rules}, {@code /api/kinds}, {@code /api/annotate}, {@code /api/fix}).
 * Every answer carries a strict Content-Security-Policy; a request that does not name this server,
 * or a post from another site, is refused before anything else is read. A refusal is worded in the
 * language the request asks for ({@code lang} in the query or the form; Chinese by default).
 */
final class ReviewHandler extends Handler.Abstract {
    /** The page may load only its own files, run only its own script, and be framed by nobody. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String JSON = "application/json; charset=utf-8";

    /** Room for a form's own bytes (boundaries, part headers, small fields) beside the drafts. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    /** The largest refused upload that is still read to its end before the 413 is sent. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    /** Parts above this wait in a temporary file rather than in memory. */
    private static final long IN_MEMORY = 4L * 1024 * 1024;
    private static final int MAX_PARTS = 200;

    /** The page's files; report.css is the HTML report's own style sheet, so that both mark findings alike. */
    private static final Map<String, String> STATIC = Map.of("/", "index.html", "/index.html", "index.html",
            "/app.js", "app.js", "/app.css", "app.css", "/report.css", "report.css");

    private final Reviews reviews;
    private final long maxBytes;
    private final Path uploads;
    private final Map<String, byte[]> files;
    private volatile RequestGuard guard;

    ReviewHandler(Reviews reviews, long maxBytes, Path uploads) {
        this.reviews = reviews;
        this.maxBytes = maxBytes;
        this.uploads = uploads;
        this.files = Map.of("index.html", resource("serve/index.html"), "app.js", resource("serve/app.js"),
                "app.css", resource("serve/app.css"), "report.css", resource("report/report.css"));
    }

    /** Set once the port is known (it may have been chosen by the system). */
    void guard(RequestGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        var h = response.getHeaders();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Fields query;
        try {
            query = Request.extractQueryParameters(request);
        } catch (RuntimeException e) {
            query = new Fields(true); // a query that cannot be read sets nothing; the form may still
        }
        Language language = Form.leniently(query.getValue("lang"), Language.ZH);
        try {
            RequestGuard g = guard;
            if (g == null) throw new Refusal(HttpStatus.SERVICE_UNAVAILABLE_503, Reason.of("request-starting"));
            if (!g.hostAllowed(request.getHeaders().get(HttpHeader.HOST))) {
                throw new Refusal(HttpStatus.FORBIDDEN_403, Reason.of("foreign-host"));
            }
            if (method.equals("POST") && !g.originAllowed(request.getHeaders().get(HttpHeader.ORIGIN))) {
                throw new Refusal(HttpStatus.FORBIDDEN_403, Reason.of("foreign-origin"));
            }
            String file = STATIC.get(path);
            if (file != null) {
                expect(method, "GET");
                send(response, callback, 200, type(file), files.get(file), null);
            } else if (path.equals("/api/rules")) {
                expect(method, "GET");
                send(response, callback, 200, JSON, reviews.rules(Form.language(query.getValue("lang"))), null);
            } else if (path.equals("/api/kinds")) {
                expect(method, "GET");
                send(response, callback, 200, JSON, reviews.kinds(Form.language(query.getValue("lang"))), null);
            } else if (path.equals("/api/check") || path.equals("/api/annotate") || path.equals("/api/fix")) {
                expect(method, "POST");
                post(path, query, request, response, callback);
            } else {
                throw new Refusal(HttpStatus.NOT_FOUND_404, Reason.of("no-such-page", "path", path));
            }
        } catch (Refusal r) {
            refuse(response, callback, r.status(), r.text(r.language() != null ? r.language() : language));
        } catch (RuntimeException e) {
            // The server keeps serving whatever one request did; the client gets one line, the
            // terminal the trace (a bug of ours to report).
            System.err.println("draftlint serve: internal error on " + method + " " + path);
            e.printStackTrace();
            refuse(response, callback, 500, Reasons.text(Reason.of("request-failed", "detail", e), language));
        }
        return true;
    }

    private void post(String path, Fields query, Request request, Response response, Callback callback) throws Refusal {
        long length = request.getLength();
        if (length > maxBytes + FORM_OVERHEAD) {
            // The upload is read and dropped before the answer: a client still sending when the
            // connection closes gets a reset instead of the 413 (the page showed a network error, not
            // the reason, and ServeApiTest failed now and then). Beyond DRAIN_LIMIT it is not worth it.
            if (length <= DRAIN_LIMIT) drain(request);
            throw tooLarge();
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refusal(400, Reason.of("not-a-form"));
        }
        MultiPartConfig config = new MultiPartConfig.Builder().location(uploads).maxParts(MAX_PARTS)
                .maxSize(maxBytes + FORM_OVERHEAD).maxPartSize(maxBytes).maxMemoryPartSize(IN_MEMORY).build();
        MultiPartFormData.Parts parts;
        try {
            parts = MultiPartFormData.getParts(request, request, type, config);
        } catch (RuntimeException e) {
            throw formTrouble(e);
        }
        // The answer is made, then the parts closed (their temporary files deleted), then it is
        // sent: a client that has its answer finds no upload of its left on the disk.
        Answer answer;
        try (parts) {
            Form form = Form.of(parts, query);
            Language language = form.languageOr(Language.ZH);
            try {
                form.check(maxBytes);
                answer = answer(path, form, response);
            } catch (Refusal r) {
                throw r.in(language);
            }
        }
        send(response, callback, 200, answer.type(), answer.body(), answer.download());
    }

    private record Answer(String type, byte[] body, String download) {
    }

    private Answer answer(String path, Form form, Response response) throws Refusal {
        Settings settings = form.settings();
        switch (path) {
            case "/api/check" -> {
                return new Answer(JSON, reviews.check(settings, form.uploads(), form.flag("lines")), null);
            }
            case "/api/annotate" -> {
                Upload upload = form.single();
                byte[] docx = reviews.annotate(settings, upload);
                return new Answer("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                        renamed(upload.name(), settings.language() == Language.ZH ? "-审阅" : "-reviewed", ".docx"));
            }
            default -> {
                Upload upload = form.single();
                Reviews.Fixed fixed = reviews.fix(settings, upload);
                response.getHeaders().put("X-Draftlint-Fixes", String.valueOf(fixed.applied()));
                String name = upload.name().equals(Upload.PASTED) ? "pasted.txt" : upload.name();
                return new Answer("application/octet-stream", fixed.bytes(),
                        renamed(name, settings.language() == Language.ZH ? "-修改" : "-fixed", null));
            }
        }
    }

    /** What the parser threw, as an answer: too large (413), or not a form (400). */
    private Refusal formTrouble(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max ") || m.contains("413")) return tooLarge();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return new Refusal(400, Reason.of("unreadable-form", "detail", oneLine(root.getMessage())));
    }

    private static void drain(Request request) {
        try {
            Content.Source.consumeAll(request);
        } catch (IOException | RuntimeException e) {
            // The client went away or sent less than it said: the answer is tried all the same.
        }
    }

    private Refusal tooLarge() {
        return new Refusal(413, Reason.of("request-too-large", "limit", ByteSize.shown(maxBytes)));
    }

    private static void expect(String method, String allowed) throws Refusal {
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw new Refusal(405, Reason.of("method-not-allowed", "method", method, "allowed", allowed));
        }
    }

    /** {@code 讲话.docx} → {@code 讲话-审阅.docx}. */
    private static String renamed(String name, String suffix, String extension) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = extension != null ? extension : dot > 0 ? name.substring(dot) : ".txt";
        return stem + suffix + ext;
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body, String download) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        if (download != null) {
            String ascii = download.replaceAll("[^A-Za-z0-9._-]", "_");
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii
                    + "\"; filename*=UTF-8''" + URLEncoder.encode(download, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** An error as JSON ({@code {"status": 400, "error": "…"}}), the one line a client shows. */
    private static void refuse(Response response, Callback callback, int status, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", oneLine(reason));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.isCommitted()) {
            callback.failed(new IllegalStateException(reason));
            return;
        }
        response.getHeaders().remove(HttpHeader.CONTENT_DISPOSITION);
        // A refused upload may not have been read to its end: the connection is not reused.
        if (status == 413 || status == 400) response.getHeaders().put(HttpHeader.CONNECTION, "close");
        send(response, callback, status, JSON, out.toByteArray(), null);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String type(String file) {
        if (file.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (file.endsWith(".css")) return "text/css; charset=utf-8";
        return "text/html; charset=utf-8";
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReviewHandler.class.getResourceAsStream("/draftlint/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every part's bytes; the parts themselves are closed (and their files deleted) by the caller. */
    static byte[] bytes(MultiPart.Part part) {
        try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> list(List<String> values) {
        List<String> all = new ArrayList<>();
        for (String v : values) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) all.add(s.strip());
            }
        }
        return all;
    }
}
