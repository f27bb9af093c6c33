package draftlint.cli;

import draftlint.testing.TestRules;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --annotate FILE} and {@code --annotate-dir DIR} as a user runs them. */
class AnnotateCommandTest {
    private static final Path WORD = TestRules.REPO.resolve("fixtures/word");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void annotateWritesACommentedCopyAndLeavesTheDraftAlone() throws Exception {
        Path draft = copy("numbered-report.docx", dir);
        byte[] before = Files.readAllBytes(draft);
        Path reviewed = dir.resolve("reviewed.docx");

        // Eight placeholders; the other families' findings are not what this test is about.
        int exit = run("check", "--no-cache", "--disable", "numbering,layout", draft.toString(), "--annotate", reviewed.toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        assertThat(comments(reviewed)).hasSize(8).allMatch(author -> author.equals("draftlint"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("numbered-report.docx", "reviewed.docx");
        }
    }

    @Test
    void annotateDirKeepsThePathsBelowTheFolderGiven() throws Exception {
        Path drafts = Files.createDirectories(dir.resolve("drafts/sub"));
        copy("numbered-report.docx", drafts);
        copy("002_382e9c090d7ee9d2.docx", drafts.getParent());
        Files.writeString(drafts.resolve("notes.txt"), "待补充");
        Files.write(drafts.resolve("~$mbered-report.docx"), new byte[162]);
        Path reviewed = dir.resolve("reviewed");

        int exit = run("check", "--no-cache", "--disable", "numbering,layout", dir.resolve("drafts").toString(), "--annotate-dir", reviewed.toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(comments(reviewed.resolve("sub/numbered-report.docx"))).hasSize(8);
        assertThat(comments(reviewed.resolve("002_382e9c090d7ee9d2.docx"))).isNotEmpty();
        try (var files = Files.walk(reviewed)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(2);
        }
    }

    @Test
    void annotateRefusesSeveralDraftsAndTheDraftItself() throws Exception {
        Path a = copy("numbered-report.docx", dir);
        Path b = copy("002_382e9c090d7ee9d2.docx", dir);

        assertThat(run("check", "--no-cache", a.toString(), b.toString(), "--annotate", dir.resolve("r.docx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--annotate FILE takes exactly one .docx draft");
        assertThat(run("check", "--no-cache", a.toString(), "--annotate", a.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("would replace the draft");
    }

    @Test
    void anUnreadableDocxIsReportedInOneLineWithExitTwo() throws Exception {
        Path broken = Files.write(dir.resolve("broken.docx"), "PK not really".getBytes());

        assertThat(run("check", "--no-cache", broken.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("broken.docx: 无法检查: 文件已损坏，或不是 Word 文档");
    }

    @Test
    void aDocIsCheckedButGetsNoCopyAndTheRunSaysWhy() throws Exception {
        Path draft = copy("numbered-report.doc", dir);
        Path reviewed = dir.resolve("reviewed.docx");

        assertThat(run("check", "--no-cache", draft.toString(), "--annotate", reviewed.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("numbered-report.doc:10:1").contains("numbering.lone-child");
        assertThat(err.toString().lines().filter(l -> l.contains("numbered-report.doc"))).singleElement().asString()
                .contains("no annotated copy: Word comments need a .docx").contains("另存为 .docx");
        assertThat(reviewed).doesNotExist();
    }

    @Test
    void inAFolderTheDocxDraftsAreAnnotatedAndADocIsNotedWithoutFailingTheRun() throws Exception {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        copy("numbered-report.docx", drafts);
        copy("002_382e9c090d7ee9d2.doc", drafts);
        Path reviewed = dir.resolve("reviewed");

        assertThat(run("check", "--no-cache", "--fail-on", "never", drafts.toString(), "--annotate-dir", reviewed.toString()))
                .isEqualTo(0);
        assertThat(out.toString()).contains("002_382e9c090d7ee9d2.doc:");
        assertThat(comments(reviewed.resolve("numbered-report.docx"))).isNotEmpty();
        assertThat(err.toString()).contains("002_382e9c090d7ee9d2.doc: no annotated copy");
        try (var files = Files.list(reviewed)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("numbered-report.docx");
        }
    }

    private static Path copy(String fixture, Path into) throws Exception {
        return Files.copy(WORD.resolve(fixture), into.resolve(fixture));
    }

    private static List<String> comments(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return java.util.Arrays.stream(doc.getComments()).map(c -> c.getAuthor()).toList();
        }
    }
}
