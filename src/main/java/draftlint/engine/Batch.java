package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.read.DraftReader;
import draftlint.read.Reason;
import draftlint.read.UnreadableInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads and checks many inputs on several threads and hands each report on with its input, in
 * input order, so that output does not depend on the number of threads. A file that cannot be read or checked
 * becomes a report with a reason; it never stops the others.
 */
public final class Batch {
    /**
     * Files each thread may check ahead of the report being handed on: enough that a long draft
     * does not leave the other threads idle behind it (a 10 MB draft takes some 8 s, a small one
     * 5 ms), few enough that the reports waiting are nothing beside the draft in its check.
     */
    static final int AHEAD_PER_THREAD = 256;

    private final Function<Input, Checker> checkers;
    private final int threads;
    private final Limits limits;

    public Batch(Checker checker, int threads) {
        this(input -> checker, threads);
    }

    /** @param checkers the checker for each input (inputs may differ in kind and settings) */
    public Batch(Function<Input, Checker> checkers, int threads) {
        this(checkers, threads, Limits.defaults());
    }

    public Batch(Function<Input, Checker> checkers, int threads, Limits limits) {
        this.checkers = checkers;
        this.threads = Math.max(1, threads);
        this.limits = limits;
    }

    public void run(List<Input> inputs, BiConsumer<Input, FileReport> sink) {
        if (threads == 1 || inputs.size() == 1) {
            for (Input input : inputs) sink.accept(input, checkOne(input));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "draftlint-check");
            t.setDaemon(true);
            return t;
        });
        try {
            // The checks run ahead of the reports by so many files, not by the whole batch: a report
            // handed on is let go, so memory stays bounded whatever the number of files (all submitted
            // at once, every report of a run was held to its end: 30,000 small drafts kept 80 MB).
            long ahead = (long) threads * AHEAD_PER_THREAD; // --jobs is the user's: no int to overflow
            Deque<Future<FileReport>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < inputs.size(); i++) {
                for (; submitted < inputs.size() && submitted - i < ahead; submitted++) {
                    Input next = inputs.get(submitted);
                    pending.add(pool.submit(() -> checkOne(next)));
                }
                Input input = inputs.get(i);
                try {
                    sink.accept(input, pending.remove().get());
                } catch (ExecutionException e) {
                    sink.accept(input, FileReport.unreadable(input.path(),
                            Reasons.text(Reason.of("internal-error", "detail", e.getCause()), language(input))));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads and checks one input; every failure becomes a one-line reason. */
    public FileReport checkOne(Input input) {
        try {
            Draft draft = read(input, limits.maxBytes());
            return checkers.apply(input).check(draft, limits.timeout());
        } catch (UnreadableInputException e) {
            return FileReport.unreadable(input.path(), Reasons.text(e.reason(), language(input)));
        } catch (RuntimeException | StackOverflowError e) {
            return FileReport.unreadable(input.path(), Reasons.text(Reason.of("internal-error", "detail", e), language(input)));
        }
    }

    /** The language the input's report is written in: its checker's ({@code --lang}). */
    private Language language(Input input) {
        try {
            return checkers.apply(input).language();
        } catch (RuntimeException e) {
            return Language.ZH; // the default of --lang; the failure itself is reported as the reason
        }
    }

    private static Draft read(Input input, long maxBytes) throws UnreadableInputException {
        DraftReader reader = DraftReader.forFileName(input.path())
                .orElseThrow(() -> new UnreadableInputException(Reason.of("not-a-draft-format")));
        byte[] bytes = input.bytes();
        if (bytes == null) {
            try {
                if (Files.isDirectory(input.file())) throw new UnreadableInputException(Reason.of("folder"));
                // Asked before reading: a huge export is refused without being loaded.
                long size = Files.size(input.file());
                if (size > maxBytes) throw new UnreadableInputException(tooLarge(size, maxBytes));
                bytes = Files.readAllBytes(input.file());
            } catch (UnreadableInputException e) {
                throw e; // a reason already; not an I/O failure to be reworded
            } catch (NoSuchFileException e) {
                throw new UnreadableInputException(Reason.of("no-such-file"));
            } catch (AccessDeniedException e) {
                throw new UnreadableInputException(Reason.of("permission-denied"));
            } catch (IOException e) {
                throw new UnreadableInputException(Reason.of("cannot-read", "detail", Reason.detail(e)), e);
            } catch (OutOfMemoryError e) {
                throw new UnreadableInputException(Reason.of("too-large-to-read"));
            }
        }
        if (bytes.length > maxBytes) {
            // Standard input is read only up to one byte past the limit, so its size is unknown.
            throw new UnreadableInputException(input.file() == null
                    ? Reason.of("stdin-too-large", "limit", ByteSize.shown(maxBytes))
                    : tooLarge(bytes.length, maxBytes));
        }
        return reader.read(input.path(), bytes);
    }

    private static Reason tooLarge(long size, long maxBytes) {
        return Reason.of("too-large", "size", ByteSize.shown(size), "limit", ByteSize.shown(maxBytes));
    }
}
