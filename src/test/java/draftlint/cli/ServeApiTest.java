package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import draftlint.engine.Limits;
import draftlint.testing.Cli;
import draftlint.testing.JsonRun;
import draftlint.testing.ServedDrafts;
import draftlint.testing.ServedDrafts.Form;
import draftlint.testing.TestRules;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API of {@code draftlint serve} (CONTRACT.md "HTTP API"), over real HTTP: the JSON of
 * {@code check --format json}, the guard against other sites, bad input, limits, concurrency.
 */
class ServeApiTest {
    private static final Path SEEDS = TestRules.REPO.resolve("fixtures/seeds");
    private static final Path WORD = TestRules.REPO.resolve("fixtures/word");
    /** Small enough to pass in a test, far above the seeds. */
    private static final long LIMIT = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer served;
    private static URI base;
    private static ServedDrafts client;

    @BeforeAll
    static void start() throws Exception {
        served = TestServer.start(new Limits(LIMIT, Duration.ofSeconds(30)), 2);
        base = served.base;
        client = served.client;
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertSameFindingsAsCheck(Path draft) throws Exception {
        HttpResponse<byte[]> response = client.post("/api/check", new Form().file(draft.getFileName().toString(), Files.readAllBytes(draft)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode served = json(response);
        JsonNode checked = JsonRun.check("--no-config", draft.toString()).root();
        assertThat(checked.path("files").get(0).path("findings").size()).as("the seed has findings").isPositive();
        JsonNode file = served.path("files").get(0);
        assertThat(file.path("path").asText()).isEqualTo(draft.getFileName().toString());
        assertThat(file.path("findings")).isEqualTo(checked.path("files").get(0).path("findings"));
        for (String field : List.of("encoding", "kind", "kindAssumed", "error")) {
            assertThat(file.path(field)).as(field).isEqualTo(checked.path("files").get(0).path(field));
        }
        assertThat(file.has("lines")).as("lines only when asked for").isFalse();
        assertThat(served.path("summary")).isEqualTo(checked.path("summary"));
        assertThat(served.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aTextSeedPostedGivesTheFindingsOfCheckFormatJson() throws Exception {
        assertSameFindingsAsCheck(SEEDS.resolve("000_76c963bfc8d7165d.txt"));
    }

    @Test
    void aWordSeedPostedGivesTheFindingsOfCheckFormatJson() throws Exception {
        assertSameFindingsAsCheck(WORD.resolve("000_76c963bfc8d7165d.docx"));
    }

    @Test
    void anOlderWordFilePostedIsReadAsCheckReadsIt() throws Exception {
        // .doc is what many offices still exchange: the page takes it, and the reader decides by content.
        assertSameFindingsAsCheck(WORD.resolve("000_76c963bfc8d7165d.doc"));
    }

    @Test
    void severalFilesAnswerInOneDocumentInTheirOrder() throws Exception {
        Path a = SEEDS.resolve("001_02f39ab9f32439c0.txt");
        Path b = SEEDS.resolve("002_382e9c090d7ee9d2.txt");
        JsonNode served = json(client.post("/api/check", new Form().file("b.txt", Files.readAllBytes(b)).file("a.txt", Files.readAllBytes(a))));
        assertThat(served.path("files").findValuesAsText("path")).containsExactly("b.txt", "a.txt");
        JsonNode checked = JsonRun.check("--no-config", b.toString(), a.toString()).root();
        assertThat(served.path("summary")).isEqualTo(checked.path("summary"));
    }

    @Test
    void pastedTextIsCheckedAsStandardInputAndSettingsApply() throws Exception {
        String text = "关于推动推动教育现代化工作的调研报告\n";
        JsonNode plain = json(client.post("/api/check", new Form().field("text", text)));
        JsonNode file = plain.path("files").get(0);
        assertThat(file.path("path").asText()).isEqualTo("-");
        assertThat(file.path("findings").findValuesAsText("rule")).contains("text.doubled-word");
        assertThat(file.path("findings").findValuesAsText("message")).anyMatch(m -> m.contains("推动"));

        JsonNode english = json(client.post("/api/check?lang=en", new Form().field("text", text)));
        assertThat(english.path("files").get(0).path("findings").findValuesAsText("message")).anyMatch(m -> m.contains("repeated"));

        JsonNode off = json(client.post("/api/check", new Form().field("text", text).field("disable", "text")));
        assertThat(off.path("files").get(0).path("findings").findValuesAsText("rule")).noneMatch(r -> r.startsWith("text."));

        HttpResponse<byte[]> unknown = client.post("/api/check", new Form().field("text", text).field("disable", "no.such-rule"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("error").asText()).contains("no.such-rule");
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        int port = base.getPort();
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n")).isEqualTo(403);
        assertThat(rawStatus("GET /api/rules HTTP/1.1\r\nHost: 127.0.0.1.evil.example:" + port + "\r\nConnection: close\r\n\r\n")).isEqualTo(403);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + (port + 1) + "\r\nConnection: close\r\n\r\n")).isEqualTo(403);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")).isEqualTo(200);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")).isEqualTo(200);
    }

    /** The status of a request written by hand: the JDK's client will not send another Host. */
    private static int rawStatus(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        Form form = new Form().field("text", "关于推动推动工作的通知\n");
        assertThat(client.post("/api/check", form, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(client.post("/api/check", form, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(client.post("/api/check", form, "Origin", "http://127.0.0.1:" + (base.getPort() + 1)).statusCode()).isEqualTo(403);
        assertThat(client.post("/api/check", form, "Origin", "http://127.0.0.1:" + base.getPort()).statusCode()).isEqualTo(200);
        assertThat(client.post("/api/check", form, "Origin", "http://localhost:" + base.getPort()).statusCode()).isEqualTo(200);
    }

    @Test
    void aPdfNamedDocxGetsItsReasonAndTheServerKeepsAnswering() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path seed = SEEDS.resolve("002_382e9c090d7ee9d2.txt");
        HttpResponse<byte[]> response = client.post("/api/check", new Form().file("通知.docx", pdf).file("seed.txt", Files.readAllBytes(seed)));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode files = json(response).path("files");
        assertThat(files.get(0).path("error").asText()).isNotBlank().doesNotContain("\n").contains("docx");
        assertThat(files.get(0).path("findings").size()).isZero();
        assertThat(files.get(1).path("error").isNull()).isTrue();
        assertThat(files.get(1).path("findings").size()).isPositive();
        assertThat(json(response).path("summary").path("failed").asInt()).isEqualTo(1);

        HttpResponse<byte[]> next = client.post("/api/check", new Form().file("seed.txt", Files.readAllBytes(seed)));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(json(next).path("files").get(0).path("findings").size()).isPositive();
    }

    @Test
    void anEmptyFileGetsItsReason() throws Exception {
        JsonNode file = json(client.post("/api/check", new Form().file("空.txt", new byte[0]))).path("files").get(0);
        // The page is Chinese by default, and so is the reason (lang=en gives it in English).
        assertThat(file.path("error").asText()).isEqualTo("文件是空的");
        JsonNode english = json(client.post("/api/check", new Form().file("空.txt", new byte[0]).field("lang", "en"))).path("files").get(0);
        assertThat(english.path("error").asText()).contains("empty");
    }

    @Test
    void aRequestOverTheLimitIs413AndTheServerKeepsAnswering() throws Exception {
        byte[] big = "一二三四五六七八九十\n".repeat(40_000).getBytes(StandardCharsets.UTF_8); // 1.2 MB
        HttpResponse<byte[]> response = client.post("/api/check", new Form().file("big.txt", big));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("error").asText()).contains("--max-size");
        assertThat(client.post("/api/check", new Form().field("text", "关于推动推动工作的通知\n")).statusCode()).isEqualTo(200);
    }

    @Test
    void whatIsNotSuchAFormIs400() throws Exception {
        HttpResponse<byte[]> none = client.post("/api/check", new Form().field("lang", "zh"));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).path("error").asText()).contains("file 部分");
        assertThat(client.post("/api/check", new Form().field("text", "x").field("lang", "fr")).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/check", new Form().field("texts", "x")).statusCode()).isEqualTo(400);
        assertThat(client.get("/api/check").statusCode()).isEqualTo(405);
        assertThat(client.get("/etc/passwd").statusCode()).isEqualTo(404);
    }

    @Test
    void theRulesAreListed() throws Exception {
        HttpResponse<String> response = client.get("/api/rules");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rules = JSON.readTree(response.body()).path("rules");
        long listed = Cli.run("rules").out().lines().count();
        assertThat(rules.size()).isEqualTo((int) listed);
        JsonNode gap = null;
        for (JsonNode r : rules) if (r.path("id").asText().equals("numbering.gap")) gap = r;
        assertThat(gap).isNotNull();
        assertThat(gap.path("family").asText()).isEqualTo("numbering");
        assertThat(gap.path("severity").asText()).isIn("error", "warning", "info");
        assertThat(gap.path("enabled").isBoolean()).isTrue();
        assertThat(gap.path("description").asText()).isNotBlank();
        JsonNode english = JSON.readTree(client.get("/api/rules?lang=en").body()).path("rules");
        assertThat(english.findValuesAsText("description")).isNotEqualTo(rules.findValuesAsText("description"));
    }

    @Test
    void thePageIsServedWithAStrictPolicyAndLoadsNothingFromOutside() throws Exception {
        HttpResponse<String> page = client.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContainPattern("<script>");
        for (String asset : List.of("/app.js", "/app.css", "/report.css")) {
            HttpResponse<String> r = client.get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(r.body()).as(asset).doesNotContainPattern("https?://");
        }
    }

    @Test
    void aWordDraftComesBackWithACommentOnEachFinding() throws Exception {
        Path docx = WORD.resolve("000_76c963bfc8d7165d.docx");
        HttpResponse<byte[]> response = client.post("/api/annotate", new Form().file("讲话.docx", Files.readAllBytes(docx)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "filename*=UTF-8''");
        int findings = JsonRun.check("--no-config", docx.toString()).root().path("summary").path("findings").asInt();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(doc.getComments()).hasSize(findings);
            assertThat(doc.getComments()[0].getAuthor()).isEqualTo("draftlint");
        }
        HttpResponse<byte[]> text = client.post("/api/annotate", new Form().file("a.txt", "正文\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.statusCode()).isEqualTo(422);
        assertThat(json(text).path("error").asText()).contains(".docx");
    }

    @Test
    void aTextDraftComesBackWithItsSafeFixesAppliedInItsEncoding() throws Exception {
        byte[] gb = "关于推动推动教育现代化工作的调研报告\n".getBytes("GB18030");
        HttpResponse<byte[]> response = client.post("/api/fix", new Form().file("报告.txt", gb));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Draftlint-Fixes").map(Integer::parseInt).orElseThrow()).isPositive();
        assertThat(new String(response.body(), "GB18030")).isEqualTo("关于推动教育现代化工作的调研报告\n");
    }

    @Test
    void twentyClientsAtOnceAllGetTheirAnswer() throws Exception {
        byte[] seed = Files.readAllBytes(SEEDS.resolve("001_02f39ab9f32439c0.txt"));
        int expected = json(client.post("/api/check", new Form().file("s.txt", seed))).path("summary").path("findings").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> {
                    HttpResponse<byte[]> r = client.post("/api/check", new Form().file("s.txt", seed));
                    assertThat(r.statusCode()).isEqualTo(200);
                    return json(r).path("summary").path("findings").asInt();
                });
            }
            for (Future<Integer> f : pool.invokeAll(calls)) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
