package draftlint.serve;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The server of {@code draftlint serve}: Jetty's core HTTP/1.1 server (no servlet layer) with one
 * handler. Uploads larger than a few megabytes wait in a temporary folder of its own, removed with
 * each answer and, with whatever is left, when the server stops.
 */
public final class ReviewServer implements AutoCloseable {
    /** Threads for requests; checking is CPU-bound, so more would only queue inside the JVM. */
    private static final int MAX_THREADS = 32;

    private final Server server;
    private final ServerConnector connector;
    private final ReviewHandler handler;
    private final Path uploads;
    private final String host;

    /**
     * @param host     the address to listen on (127.0.0.1 unless the user says otherwise)
     * @param port     the port, 0 for any free one
     * @param maxBytes the largest request accepted (413 above it)
     */
    public ReviewServer(Reviews reviews, String host, int port, long maxBytes) throws IOException {
        this.host = host;
        this.uploads = Files.createTempDirectory("draftlint-serve-");
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("draftlint-serve");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        this.handler = new ReviewHandler(reviews, maxBytes, uploads);
        server.setHandler(handler);
    }

    /** Starts listening; returns the page's address. */
    public URI start() throws Exception {
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
        int port = connector.getLocalPort();
        handler.guard(new RequestGuard(host, port));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port + "/");
    }

    /** The folder where large uploads wait while they are answered. */
    Path uploadFolder() {
        return uploads;
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the temporary folder goes either way
        }
        try (Stream<Path> left = Files.walk(uploads)) {
            left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the system's temporary folder is cleaned by the system in the end
        }
    }
}
