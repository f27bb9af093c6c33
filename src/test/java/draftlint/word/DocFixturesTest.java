package draftlint.word;

import draftlint.draft.Draft;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.fact.AutoNumber;
import draftlint.read.DocReader;
import draftlint.read.DocxReader;
import draftlint.recognize.Recognition;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word 97-2003 copies of the .docx files of {@code fixtures/word/}, made by LibreOffice 7.4
 * ({@code soffice --headless --convert-to doc *.docx}), and {@code numbered-report-word2003.doc},
 * the numbered report saved as Word 2003 XML under a .doc name
 * ({@code soffice --headless --convert-to 'xml:MS Word 2003 XML'}, renamed), as offices still send them.
 * Each must draw the findings of its .docx: same rule, message, paragraph and columns. HWPF numbers
 * the paragraphs of these files as the .docx reader does (the mark that ends a table row is not
 * counted, the final empty paragraph is), so the positions are equal too.
 */
class DocFixturesTest {
    private static final Path WORD = TestRules.REPO.resolve("fixtures/word");

    @ParameterizedTest
    @ValueSource(strings = {"000_76c963bfc8d7165d", "002_382e9c090d7ee9d2", "numbered-report"})
    void aDocMadeFromADocxDrawsTheSameFindings(String name) throws Exception {
        List<String> docx = findings(WORD.resolve(name + ".docx"));

        assertThat(docx).isNotEmpty();
        assertThat(findings(WORD.resolve(name + ".doc"))).isEqualTo(docx);
    }

    @Test
    void word2003XmlUnderADocNameDrawsTheFindingsOfTheDocx() throws Exception {
        assertThat(findings(WORD.resolve("numbered-report-word2003.doc")))
                .isEqualTo(findings(WORD.resolve("numbered-report.docx")));
    }

    @Test
    void automaticNumbersOfADocReadAsInTheDocx() throws Exception {
        Draft doc = read("numbered-report.doc");
        Draft docx = new DocxReader().read("numbered-report.docx", Files.readAllBytes(WORD.resolve("numbered-report.docx")));

        assertThat(doc.lines()).isEqualTo(docx.lines());
        assertThat(new Recognition("auto").recognize(doc).ofType(AutoNumber.class)).extracting(AutoNumber::text)
                .containsExactly("一、", "（一）", "（二）", "二、", "（一）", "（二）", "三、", "（一）");
        // The table's cells are paragraphs of their own, in reading order, as in the .docx.
        assertThat(doc.line(14)).isEqualTo("**.**%");
    }

    @Test
    void theLoneChildOnAnAutomaticNumberIsMarkedSoInADoc() throws Exception {
        FileReport report = check(WORD.resolve("numbered-report.doc"));

        assertThat(report.diagnostics()).filteredOn(d -> d.rule().equals("numbering.lone-child")).singleElement()
                .satisfies(d -> {
                    assertThat(d.span().line()).isEqualTo(10);
                    assertThat(d.inAutoNumber()).isTrue();
                    assertThat(d.fix()).isNull();
                });
    }

    @Test
    void aDocSavedUnderADocxNameIsReadAsWhatItIs() throws Exception {
        byte[] doc = Files.readAllBytes(WORD.resolve("numbered-report.doc"));

        assertThat(new DocxReader().read("renamed.docx", doc).lines()).isEqualTo(read("numbered-report.doc").lines());
    }

    private static Draft read(String name) throws Exception {
        return new DocReader().read(name, Files.readAllBytes(WORD.resolve(name)));
    }

    private static FileReport check(Path file) throws Exception {
        return TestRules.check(file.getFileName().toString(), Files.readAllBytes(file), "auto", Set.of());
    }

    private static List<String> findings(Path file) throws Exception {
        FileReport report = check(file);
        assertThat(report.error()).as(file.toString()).isNull();
        // The binary and 2003 XML readers give text only, no layout: the .docx's layout findings are its own.
        return report.diagnostics().stream().filter(d -> !d.family().equals("layout")).map(DocFixturesTest::key).toList();
    }

    private static String key(Diagnostic d) {
        return d.rule() + " " + d.span() + " " + d.inAutoNumber() + " " + d.message();
    }
}
