package draftlint.cli;

import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.Reason;
import draftlint.serve.BrowserOpener;
import draftlint.serve.ReviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.Callable;

/** {@code draftlint serve}: the review page and the HTTP API, on this machine. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the review page and the HTTP API on this machine: choose or drop drafts "
                + "(.docx .doc .wps .txt .md) or paste text, and see each finding marked in place.",
                "Prints the address it serves as its first line (http://127.0.0.1:PORT/), then serves until stopped (Ctrl+C)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:a usage error, a rule file that does not compile, or the address cannot be listened on"})
final class ServeCommand implements Callable<Integer> {
    /** No service of note uses it; {@code --port 0} asks the system for a free one. */
    static final int DEFAULT_PORT = 8017;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
            + "Requests must name it, or localhost, in their Host header.")
    String host = "127.0.0.1";

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of what serve says in its terminal window: zh or en (default: zh). "
            + "The page has its own.")
    Language language = Language.ZH;

    @Option(names = "--jobs", paramLabel = "N", description = "Files of one request checked at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    LimitOptions limits;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("draftlint: " + say(Reason.of("serve-port-range", "port", port)));
            return Main.EXIT_TROUBLE;
        }
        WorkspaceReviews reviews = new WorkspaceReviews(ruleOptions, limits.limits(), jobs);
        try {
            reviews.prepare(); // the rule base, built once, before the first request
        } catch (Workspace.Trouble e) {
            err.println("draftlint: " + e.getMessage());
            return Main.EXIT_TROUBLE;
        }
        ReviewServer server = new ReviewServer(reviews, host, port, limits.limits().maxBytes());
        URI address;
        try {
            address = server.start();
        } catch (IOException e) {
            String why = e instanceof BindException || e.getCause() instanceof BindException ? say(Reason.of("serve-address-in-use"))
                    : e.getMessage();
            err.println("draftlint: " + say(Reason.of("serve-cannot-listen", "address", host + ":" + port, "why", why)));
            return Main.EXIT_TROUBLE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "draftlint-serve-stop"));
        // The address alone on the first line of standard output, for scripts; the words for people
        // go to the terminal's other stream (the window draftlint-web.cmd opens shows both).
        out.println(address);
        out.flush();
        err.println("draftlint: " + say(Reason.of("serve-ready")));
        if (open) {
            String trouble = BrowserOpener.open(address);
            if (trouble != null) err.println("draftlint: " + say(Reason.of("serve-no-browser", "detail", trouble)));
        }
        server.join();
        return 0;
    }

    /** What serve says in its terminal, in its {@code --lang}. */
    private String say(Reason words) {
        return Reasons.text(words, language);
    }
}
