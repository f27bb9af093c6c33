package draftlint.word;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.report.AnnotatedCopyWriter;
import draftlint.testing.TestRules;
import draftlint.testing.ToolNeeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An annotated copy opened by another word processor: LibreOffice converts it to PDF, where each
 * Word comment becomes a PDF text annotation (a note at its anchor, author and text kept). Skipped
 * where {@code soffice} is not installed (Debian: {@code apt-get install libreoffice-writer-nogui}),
 * except under {@code CI=true}, where it fails ({@link ToolNeeded}).
 */
class AnnotatedPdfTest {
    private static final Pattern NOTE = Pattern.compile("/Subtype\\s*/Text\\b");
    private static final Pattern CONTENTS = Pattern.compile("/Contents\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern AUTHOR = Pattern.compile("/T\\s*<([0-9A-Fa-f]+)>");

    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsEveryCommentWithItsTextAndAuthor() throws Exception {
        Path soffice = onPath("soffice");
        ToolNeeded.require(soffice != null, "soffice (LibreOffice) is not installed: cannot convert to PDF");
        Path draft = TestRules.REPO.resolve("fixtures/word/numbered-report.docx");
        byte[] bytes = Files.readAllBytes(draft);
        FileReport report = TestRules.check("numbered-report.docx", bytes, "auto", Set.of());
        Path annotated = dir.resolve("numbered-report-reviewed.docx");
        new AnnotatedCopyWriter(Language.ZH).write(report, bytes, annotated);

        Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}", "--outdir", dir.toString(), annotated.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        // A safety stop for a hung office process, not a measure of speed.
        assertThat(convert.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        Path pdf = dir.resolve("numbered-report-reviewed.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();

        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        List<String> expected = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) {
            expected.add(d.message() + "\n建议：" + d.suggestion()
                    + (d.inAutoNumber() ? "\n注：此编号由 Word 自动编号生成，不在正文文字中：请在编号设置中修改" : ""));
        }
        assertThat(count(NOTE, raw)).isEqualTo(report.diagnostics().size());
        assertThat(decoded(CONTENTS, raw)).containsExactlyInAnyOrderElementsOf(expected);
        // LibreOffice titles a note with the author, and with the date where its profile says so.
        assertThat(decoded(AUTHOR, raw)).hasSize(expected.size()).allMatch(a -> a.startsWith("draftlint"));
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        for (Matcher m = p.matcher(s); m.find(); ) n++;
        return n;
    }

    /** PDF text strings written as hex UTF-16BE with a byte-order mark, as LibreOffice writes them. */
    private static List<String> decoded(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        for (Matcher m = p.matcher(s); m.find(); ) {
            String text = new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_16);
            out.add(text);
        }
        return out;
    }

    private static Path onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d, program);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
