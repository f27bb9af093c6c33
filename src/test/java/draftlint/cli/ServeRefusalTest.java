package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import draftlint.engine.Limits;
import draftlint.testing.ServedDrafts;
import draftlint.testing.ServedDrafts.Form;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of {@code draftlint serve}, in the words a writer reads: Chinese by default, English
 * when the request asks for it ({@code lang=en} in the query, or in the form once it is read), in
 * the body {@code {"status": N, "error": "…"}} and nothing else.
 */
class ServeRefusalTest {
    /** Small, so that a draft over it is cheap to send. */
    private static final long LIMIT = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] DRAFT = "关于推动推动工作的通知\n".getBytes(StandardCharsets.UTF_8);

    private static TestServer served;
    private static URI base;
    private static ServedDrafts client;

    @BeforeAll
    static void start() throws Exception {
        served = TestServer.start(new Limits(LIMIT, Duration.ofSeconds(30)), 1);
        base = served.base;
        client = served.client;
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    /** The answer is the refusal's status and its one line, as JSON with exactly these two fields. */
    private static void assertRefused(int status, byte[] body, int expectedStatus, String error) throws Exception {
        assertThat(status).isEqualTo(expectedStatus);
        JsonNode json = JSON.readTree(body);
        assertThat(json.size()).as("status and error, nothing else").isEqualTo(2);
        assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(json.path("error").asText()).isEqualTo(error);
    }

    private static void assertRefused(HttpResponse<byte[]> r, int status, String error) throws Exception {
        assertRefused(r.statusCode(), r.body(), status, error);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> postRaw(String path, String type, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aForeignHostIsRefusedInEitherLanguage() throws Exception {
        int port = base.getPort();
        assertRefused(raw("GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"), 403,
                "拒绝访问：请求中的主机名（Host）不是本机检查服务的地址；请用 draftlint serve 显示的地址打开页面");
        assertRefused(raw("GET /?lang=en HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"), 403,
                "refused: the Host header does not name this server; open the address that draftlint serve printed");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedInEitherLanguage() throws Exception {
        Form form = new Form().file("a.txt", DRAFT);
        assertRefused(client.post("/api/check", form, "Origin", "http://evil.example"), 403,
                "拒绝访问：这个提交来自别的网站，不是本机检查服务的页面");
        assertRefused(client.post("/api/check?lang=en", form, "Origin", "http://evil.example"), 403,
                "refused: a post from another site, not from this server's page");
    }

    @Test
    void anUnknownPageIs404AndAWrongMethod405() throws Exception {
        assertRefused(get("/etc/passwd"), 404, "没有这个页面：/etc/passwd");
        assertRefused(get("/etc/passwd?lang=en"), 404, "no such page: /etc/passwd");
        assertRefused(get("/api/check"), 405, "这个地址不接受 GET 请求，请用 POST");
        assertRefused(get("/api/check?lang=en"), 405, "GET is not answered here; use POST");
        assertRefused(client.post("/api/rules", new Form().file("a.txt", DRAFT)), 405, "这个地址不接受 POST 请求，请用 GET");
    }

    @Test
    void whatIsNotAFormIs400() throws Exception {
        byte[] json = "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertRefused(postRaw("/api/check", "application/json", json), 400,
                "请求不是表单：请以 multipart/form-data 格式提交，带 file 或 text 部分");
        assertRefused(postRaw("/api/check?lang=en", "application/json", json), 400,
                "expected a multipart/form-data form with a 'file' or 'text' part");
        byte[] broken = "--other\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(postRaw("/api/check", "multipart/form-data; boundary=mine", broken), 400,
                "表单无法读取：multipart/form-data 格式有误");
        HttpResponse<byte[]> english = postRaw("/api/check?lang=en", "multipart/form-data; boundary=mine", broken);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(english.body()).path("error").asText()).startsWith("not a readable multipart/form-data form: ");
    }

    @Test
    void aFormWithoutADraftOrWithAStrangeFieldIs400InTheLanguageItAsksFor() throws Exception {
        assertRefused(client.post("/api/check", new Form().field("kind", "notice")), 400,
                "没有收到文稿：表单中既没有 file 部分，也没有 text 部分");
        // The form's own lang words the refusal: the page sends it as a field.
        assertRefused(client.post("/api/check", new Form().field("lang", "en")), 400,
                "no draft received: the form has no 'file' part and no 'text' part");
        assertRefused(client.post("/api/check", new Form().field("texts", "x")), 400,
                "表单中有不认识的字段“texts”（可用的字段：file、text、lang、kind、enable、disable）");
        assertRefused(client.post("/api/check", new Form().field("texts", "x").field("lang", "en")), 400,
                "unknown form field 'texts' (expected file, text, lang, kind, enable, disable)");
        assertRefused(client.post("/api/check", new Form().field("text", "一").field("text", "二")), 400,
                "粘贴的文字（text 部分）一次只能有一份");
        assertRefused(client.post("/api/check?lang=en", new Form().field("text", "一").field("text", "二")), 400,
                "one 'text' part at most");
        byte[] unnamed = ("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n正文\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        assertRefused(postRaw("/api/check", "multipart/form-data; boundary=b", unnamed), 400,
                "表单的 file 部分缺少文件名（按扩展名决定怎样读取文稿）");
        assertRefused(postRaw("/api/check?lang=en", "multipart/form-data; boundary=b", unnamed), 400,
                "a 'file' part needs a file name (its extension chooses the reader)");
        assertRefused(client.post("/api/fix", new Form().file("a.txt", DRAFT).file("b.txt", DRAFT)), 400,
                "这里一次只处理一份文稿（一个 file 或 text 部分），收到的是 2 份");
        assertRefused(client.post("/api/fix?lang=en", new Form().file("a.txt", DRAFT).file("b.txt", DRAFT)), 400,
                "send exactly one draft ('file' or 'text' part), not 2");
    }

    @Test
    void settingsThatNameNothingAre400() throws Exception {
        // A language that is neither is worded in the default one.
        assertRefused(client.post("/api/check", new Form().file("a.txt", DRAFT).field("lang", "fr")), 400,
                "lang 只能是 zh 或 en，不能是“fr”");
        assertRefused(get("/api/rules?lang=fr"), 400, "lang 只能是 zh 或 en，不能是“fr”");
        assertRefused(client.post("/api/check", new Form().file("a.txt", DRAFT).field("disable", "no.such-rule")), 400,
                "没有名为“no.such-rule”的规则或类别（全部规则见 draftlint rules）");
        assertRefused(client.post("/api/check?lang=en", new Form().file("a.txt", DRAFT).field("enable", "no.such-rule")), 400,
                "no rule or family named 'no.such-rule' (see 'draftlint rules')");
        assertRefused(client.post("/api/check", new Form().file("a.txt", DRAFT).field("kind", "memo")), 400,
                "没有“memo”这个文种；可选 auto（自动识别）或 compilation、notice、plan、report、speech、summary");
        assertRefused(client.post("/api/check", new Form().file("a.txt", DRAFT).field("kind", "memo").field("lang", "en")), 400,
                "kind must be auto or one of compilation, notice, plan, report, speech, summary, not 'memo'");
    }

    @Test
    void draftsOverTheLimitAre413() throws Exception {
        byte[] big = "一二三四五六七八九十\n".repeat(200).getBytes(StandardCharsets.UTF_8); // 6.2 KB over 4 KB
        // Refused on the request's length, before its form is read: the query's lang words it.
        assertRefused(client.post("/api/check", new Form().file("big.txt", big)), 413,
                "文稿超过本机检查服务的大小上限 4 KB（启动 draftlint serve 时可用 --max-size 调大）");
        assertRefused(client.post("/api/check?lang=en", new Form().file("big.txt", big)), 413,
                "the drafts are larger than the server's limit of 4 KB (start draftlint serve with a larger --max-size)");
        // Two drafts, each under the limit, together over it: refused once the form is read.
        byte[] half = "一二三四五六七八九十\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertRefused(client.post("/api/check", new Form().file("a.txt", half).file("b.txt", half).field("lang", "en")), 413,
                "the drafts are larger than the server's limit of 4 KB (start draftlint serve with a larger --max-size)");
        assertThat(client.post("/api/check", new Form().file("a.txt", DRAFT)).statusCode()).isEqualTo(200);
    }

    @Test
    void aDraftThatCannotBeAnnotatedOrFixedIs422WithItsName() throws Exception {
        assertRefused(client.post("/api/annotate", new Form().file("通知.txt", DRAFT)), 422,
                "通知.txt：只有 .docx 文稿可以加批注，请先在 Word 或 WPS 中另存为 .docx");
        assertRefused(client.post("/api/annotate?lang=en", new Form().file("通知.txt", DRAFT)), 422,
                "通知.txt: comments can be added to .docx drafts only; save it as .docx in Word or WPS");
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused(client.post("/api/annotate", new Form().file("通知.docx", pdf)), 422,
                "通知.docx：不是 Word 的 .docx 文件（.docx 应为 ZIP 压缩包）：请在 Word 中另存为 .docx");
        assertRefused(client.post("/api/annotate?lang=en", new Form().file("通知.docx", pdf)), 422,
                "通知.docx: not a Word .docx file (a .docx is a ZIP package; this is not one)");
        // Fixer's own refusals, worded in the request's language.
        assertRefused(client.post("/api/fix", new Form().file("通知.docx", pdf)), 422,
                "通知.docx：只有 .txt 和 .md 文件可以自动修改");
        assertRefused(client.post("/api/fix?lang=en", new Form().file("通知.docx", pdf)), 422,
                "通知.docx: only .txt and .md files can be fixed");
        assertRefused(client.post("/api/fix", new Form().file("空.txt", new byte[0])), 422, "空.txt：文件是空的");
        assertRefused(client.post("/api/fix", new Form().file("空.txt", new byte[0]).field("lang", "en")), 422,
                "空.txt: the file is empty");
    }

    @Test
    void theKindsAreListedWithTheirLabelsInEitherLanguage() throws Exception {
        JsonNode zh = JSON.readTree(get("/api/kinds").body()).path("kinds");
        JsonNode en = JSON.readTree(get("/api/kinds?lang=en").body()).path("kinds");
        assertThat(zh.findValuesAsText("id")).containsExactly("compilation", "notice", "plan", "report", "speech", "summary");
        assertThat(en.findValuesAsText("id")).isEqualTo(zh.findValuesAsText("id"));
        JsonNode notice = zh.get(1);
        assertThat(notice.path("label").asText()).isEqualTo("通知");
        assertThat(en.get(1).path("label").asText()).isEqualTo("notice");
        List<String> parts = JSON.convertValue(notice.path("parts"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertThat(parts).contains("主送机关", "正文");
    }

    /** A request written by hand (the JDK's client will not send another Host): its status and body. */
    private static void assertRefused(String[] answer, int status, String error) throws Exception {
        assertRefused(Integer.parseInt(answer[0]), answer[1].getBytes(StandardCharsets.UTF_8), status, error);
    }

    private static String[] raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new String[]{all.substring(9, 12), all.substring(all.indexOf("\r\n\r\n") + 4)};
        }
    }
}
