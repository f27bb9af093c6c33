package draftlint.engine;

import draftlint.draft.Draft;
import draftlint.read.DraftReader;
import draftlint.read.UnreadableInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
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
            List<Future<FileReport>> pending = new ArrayList<>();
            for (Input input : inputs) pending.add(pool.submit(() -> checkOne(input)));
            for (int i = 0; i < pending.size(); i++) {
                Input input = inputs.get(i);
                try {
                    sink.accept(input, pending.get(i).get());
                } catch (ExecutionException e) {
                    sink.accept(input, FileReport.unreadable(input.path(), "internal error: " + e.getCause()));
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
            return FileReport.unreadable(input.path(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return FileReport.unreadable(input.path(), "internal error while checking: " + e);
        }
    }

    private static Draft read(Input input, long maxBytes) throws UnreadableInputException {
        DraftReader reader = DraftReader.forFileName(input.path())
                .orElseThrow(() -> new UnreadableInputException("not a draft format draftlint reads (.txt, .md, .docx, .doc, .wps, or a .dotx named as a file)"));
        byte[] bytes = input.bytes();
        if (bytes == null) {
            try {
                if (Files.isDirectory(input.file())) throw new UnreadableInputException("is a folder, not a file");
                // Asked before reading: a huge export is refused without being loaded.
                long size = Files.size(input.file());
                if (size > maxBytes) throw new UnreadableInputException(tooLarge(size, maxBytes));
                bytes = Files.readAllBytes(input.file());
            } catch (UnreadableInputException e) {
                throw e; // a reason already; not an I/O failure to be reworded
            } catch (NoSuchFileException e) {
                throw new UnreadableInputException("no such file");
            } catch (AccessDeniedException e) {
                throw new UnreadableInputException("permission denied");
            } catch (IOException e) {
                throw new UnreadableInputException("cannot read the file: " + e.getMessage());
            } catch (OutOfMemoryError e) {
                throw new UnreadableInputException("the file is too large to read");
            }
        }
        if (bytes.length > maxBytes) {
            // Standard input is read only up to one byte past the limit, so its size is unknown.
            throw new UnreadableInputException(input.file() == null
                    ? "refused: standard input holds more than the limit of " + ByteSize.shown(maxBytes)
                    + " (--max-size); a draft is far smaller: is this the right input?"
                    : tooLarge(bytes.length, maxBytes));
        }
        return reader.read(input.path(), bytes);
    }

    private static String tooLarge(long size, long maxBytes) {
        return "refused: the file is " + ByteSize.shown(size) + ", above the limit of " + ByteSize.shown(maxBytes)
                + " (--max-size); a draft is far smaller: is this the right file?";
    }
}
