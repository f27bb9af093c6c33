import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP benchmark of draftlint serve (run by serve.sh with Java's source launcher, no build):
 * the time from sending a draft to having the whole JSON answer, once the server is warm, for a
 * 5 KB and a 200 KB draft, then 20 clients posting at once.
 * Usage: java ServeBench.java URL DRAFT_5K DRAFT_200K [RUNS]
 */
public final class ServeBench {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BOUNDARY = "----draftlint-bench";

    public static void main(String[] args) throws Exception {
        URI check = URI.create(args[0]).resolve("/api/check");
        byte[] small = form(Path.of(args[1]));
        byte[] large = form(Path.of(args[2]));
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 50;

        long t0 = System.nanoTime();
        int firstStatus = post(check, small).statusCode();
        System.out.printf("first request (rules warm, JVM cold):  %.0f ms (%d)%n", (System.nanoTime() - t0) / 1e6, firstStatus);
        for (int i = 0; i < 30; i++) post(check, small);
        for (int i = 0; i < 10; i++) post(check, large);

        report("5 KB draft, warm", check, small, runs, Files.size(Path.of(args[1])));
        report("200 KB draft, warm", check, large, Math.max(10, runs / 3), Files.size(Path.of(args[2])));

        int clients = 20;
        int each = 10;
        String expected = findings(post(check, small).body());
        AtomicInteger errors = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = post(check, small);
                        if (r.statusCode() != 200 || !findings(r.body()).equals(expected)) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%d clients x %d requests (5 KB):      %d errors, %.2f s, %.0f requests/s, median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                clients, each, errors.get(), wall, clients * each / wall, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 9 / 10) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
        if (errors.get() > 0) System.exit(1);
    }

    private static void report(String what, URI check, byte[] body, int runs, long size) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = post(check, body);
            times.add(System.nanoTime() - s);
            if (r.statusCode() != 200) throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.body());
        }
        Collections.sort(times);
        System.out.printf("%-38s %.1f ms median (min %.1f, p90 %.1f; %d runs, %d bytes)%n", what + ":", times.get(runs / 2) / 1e6,
                times.get(0) / 1e6, times.get(runs * 9 / 10) / 1e6, runs, size);
    }

    private static HttpResponse<String> post(URI uri, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] form(Path draft) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + draft.getFileName()
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(draft));
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The summary's count, enough to see that every answer is the whole answer. */
    private static String findings(String json) {
        int at = json.indexOf("\"findings\"", json.indexOf("\"summary\""));
        return at < 0 ? "none" : json.substring(at, json.indexOf(',', at));
    }
}
