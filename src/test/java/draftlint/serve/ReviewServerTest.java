package draftlint.serve;

import draftlint.engine.Language;
import draftlint.testing.ServedDrafts;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's own part, with the checking stubbed: forms, temporary files, what a failure inside answers. */
class ReviewServerTest {
    /** Answers with the names and sizes it was given; fails on a draft named boom.txt. */
    private static final class Recording implements Reviews {
        final AtomicReference<List<Upload>> seen = new AtomicReference<>();
        volatile Path folder;
        volatile long waiting = -1;

        @Override
        public byte[] check(Settings settings, List<Upload> uploads, boolean withLines) {
            seen.set(uploads);
            if (folder != null) {
                try (Stream<Path> files = Files.list(folder)) {
                    waiting = files.count();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (uploads.get(0).name().equals("boom.txt")) throw new IllegalStateException("boom");
            return ("{\"lang\":\"" + settings.language().id() + "\"}").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] annotate(Settings settings, Upload upload) {
            return new byte[0];
        }

        @Override
        public Fixed fix(Settings settings, Upload upload) {
            return new Fixed(upload.bytes(), 0);
        }

        @Override
        public byte[] rules(Language language) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] kinds(Language language) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLargeUploadWaitsInATemporaryFileThatIsGoneOnceAnswered() throws Exception {
        Recording reviews = new Recording();
        try (ReviewServer server = new ReviewServer(reviews, "127.0.0.1", 0, 16L * 1024 * 1024)) {
            URI base = server.start();
            reviews.folder = server.uploadFolder();
            byte[] big = new byte[6 * 1024 * 1024]; // above the 4 MB kept in memory
            java.util.Arrays.fill(big, (byte) 'a');
            HttpResponse<byte[]> r = new ServedDrafts(base).post("/api/check?lang=en",
                    new ServedDrafts.Form().file("../../etc/passwd/大.txt", big));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"lang\":\"en\"}");
            Upload got = reviews.seen.get().get(0);
            assertThat(got.name()).as("a client's path is cut to its last name").isEqualTo("大.txt");
            assertThat(got.bytes()).hasSize(big.length);
            assertThat(reviews.waiting).as("the upload waited in a file while it was checked").isEqualTo(1);
            try (Stream<Path> left = Files.list(server.uploadFolder())) {
                assertThat(left).isEmpty();
            }
            Path folder = server.uploadFolder();
            server.close();
            assertThat(folder).doesNotExist();
        }
    }

    @Test
    void aFailureInsideAnswers500InOneLineAndTheServerGoesOn() throws Exception {
        try (ReviewServer server = new ReviewServer(new Recording(), "127.0.0.1", 0, 1024 * 1024)) {
            ServedDrafts client = new ServedDrafts(server.start());
            HttpResponse<byte[]> r = client.post("/api/check", new ServedDrafts.Form().file("boom.txt", new byte[]{'x'}));
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":500,\"error\":\"draftlint 内部错误，这次请求没有完成；"
                    + "请把运行 draftlint serve 的窗口里的错误信息报告给维护者：java.lang.IllegalStateException: boom\"}");
            HttpResponse<byte[]> english = client.post("/api/check?lang=en", new ServedDrafts.Form().file("boom.txt", new byte[]{'x'}));
            assertThat(new String(english.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":500,\"error\":\"internal error: the request "
                    + "was not answered (the terminal running draftlint serve has the details for a bug report): java.lang.IllegalStateException: boom\"}");
            assertThat(client.post("/api/check", new ServedDrafts.Form().file("fine.txt", new byte[]{'x'})).statusCode()).isEqualTo(200);
        }
    }
}
