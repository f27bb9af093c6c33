package draftlint.cli;

import draftlint.engine.Limits;
import draftlint.serve.ReviewServer;
import draftlint.testing.ServedDrafts;

import java.net.URI;

/**
 * draftlint serve's server over the built-in rules, on a free port of this machine, prepared as the
 * command prepares it (the rule base built before the first request): what the HTTP tests talk to.
 */
final class TestServer implements AutoCloseable {
    private final ReviewServer server;
    /** Where it listens: {@code http://127.0.0.1:<port>/}. */
    final URI base;
    final ServedDrafts client;

    private TestServer(ReviewServer server, URI base) {
        this.server = server;
        this.base = base;
        this.client = new ServedDrafts(base);
    }

    /** @param limits its {@code --max-size} and {@code --timeout}; @param jobs its {@code --jobs} */
    static TestServer start(Limits limits, int jobs) throws Exception {
        WorkspaceReviews reviews = new WorkspaceReviews(new RuleOptions(), limits, jobs);
        reviews.prepare();
        ReviewServer server = new ReviewServer(reviews, "127.0.0.1", 0, limits.maxBytes());
        return new TestServer(server, server.start());
    }

    @Override
    public void close() {
        server.close();
    }
}
