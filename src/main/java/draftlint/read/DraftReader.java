package draftlint.read;

import draftlint.draft.Draft;

import java.util.Locale;
import java.util.Optional;

/** Turns the bytes of one input into a {@link Draft}. One implementation per source format. */
public interface DraftReader {

    Draft read(String path, byte[] bytes) throws UnreadableInputException;

    /**
     * The reader for a file name, by its extension; standard input ("-") is read as plain text. A Word
     * template ({@code .dotx}) named on the command line is read as a .docx: it is one, with the
     * template content type, and a unit's template is checked before drafts are made from it. The
     * Word readers then go by what the bytes are, not by the name.
     */
    static Optional<DraftReader> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("-") || lower.endsWith(".txt")) return Optional.of(new PlainTextReader());
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return Optional.of(new MarkdownReader());
        if (lower.endsWith(".docx") || lower.endsWith(".dotx")) return Optional.of(new DocxReader());
        if (lower.endsWith(".doc") || lower.endsWith(".wps")) return Optional.of(new DocReader());
        return Optional.empty();
    }

    /**
     * Whether a file of this name is read as a Word document: its text has no encoding a writer
     * chose, so a report for people does not show one (JSON keeps the field the contract gives).
     */
    static boolean isWord(String name) {
        return forFileName(name).filter(r -> r instanceof DocxReader || r instanceof DocReader).isPresent();
    }

    /**
     * Whether a folder walk should pick up this file (not Word's {@code ~$name.docx} lock files). Not
     * templates: a folder of drafts often keeps the unit's .dotx beside them, whose placeholders
     * ({@code XXXX}, {@code [此处输入文件标题]}) would be reported on every run; a template is checked
     * when it is named.
     */
    static boolean isDraftFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("~$")) return false;
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".docx") || lower.endsWith(".doc")
                || lower.endsWith(".wps");
    }
}
