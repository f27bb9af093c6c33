package draftlint.report;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.Reasons;
import draftlint.read.UnreadableInputException;
import draftlint.word.DocxAnnotator;
import draftlint.word.WordComment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The review as a writer reads it: a copy of the .docx draft with one Word comment (批注) per
 * finding, by {@code draftlint}, saying the message, then the suggestion. The copy appears whole
 * or not at all, and never in place of the draft it was made from.
 */
public final class AnnotatedCopyWriter {
    private final Wording words;
    /** A comment is prose in the document's language: Chinese takes the full-width colon. */
    private final String colon;

    public AnnotatedCopyWriter(Language language) {
        this.words = new Wording(language);
        this.colon = language == Language.ZH ? "：" : ": ";
    }

    /** Writes to {@code target} the draft {@code docx} with the findings of {@code report} as comments. */
    public void write(FileReport report, byte[] docx, Path target) throws IOException {
        AtomicFile.write(target, annotate(report, docx));
    }

    /** The draft {@code docx} with the findings of {@code report} as comments (draftlint serve hands it back unsaved). */
    public byte[] annotate(FileReport report, byte[] docx) throws IOException {
        List<WordComment> comments = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            List<String> text = new ArrayList<>();
            text.add(d.message());
            if (!d.suggestion().isEmpty()) text.add(words.word("suggestion") + colon + d.suggestion());
            if (d.inAutoNumber()) text.add(words.word("note") + colon + words.word("auto-number"));
            comments.add(new WordComment(d.span(), d.inAutoNumber(), text));
        }
        try {
            return DocxAnnotator.annotate(docx, comments);
        } catch (UnreadableInputException e) {
            throw new IOException(Reasons.text(e.reason(), words.language()), e);
        }
    }
}
