package draftlint.word;

import draftlint.draft.Span;
import draftlint.engine.Checker;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleBook;
import draftlint.engine.RuleSelection;
import draftlint.engine.RuleSource;
import draftlint.read.DocxReader;
import draftlint.report.AnnotatedCopyWriter;
import draftlint.testing.DocxBuilder;
import draftlint.testing.TestRules;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static draftlint.testing.DocxBuilder.abstractNum;
import static draftlint.testing.DocxBuilder.num;
import static draftlint.testing.DocxBuilder.numbered;
import static draftlint.testing.DocxBuilder.p;
import static org.assertj.core.api.Assertions.assertThat;

/** The annotated copy, reopened with POI: one comment per finding, anchored on the finding's text. */
class DocxAnnotatorTest {
    /** A 1×1 PNG, to see that pictures survive. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    @Test
    void eachFindingBecomesACommentOnExactlyItsText() throws Exception {
        byte[] draft = draftWithExistingComment(new DocxBuilder().body(
                p("关于推进教育现代化的调研报告"),
                "<w:p><w:commentRangeStart w:id=\"0\"/>" + DocxBuilder.r("已有批注的段落。") + "<w:commentRangeEnd w:id=\"0\"/>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>",
                p("深化教育现代化*", "*实践，覆盖", "**", "所学校。"),
                "<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>" + p("入园率达到**%") + "</w:tc></w:tr></w:tbl>"));
        byte[] before = draft.clone();
        FileReport checked = TestRules.check("draft.docx", draft, "auto", Set.of());
        // The layout family judges how the file is set, not its words: not what this test is about.
        FileReport report = new FileReport(checked.path(), checked.encoding(), checked.kind(), checked.kindAssumed(),
                checked.error(), checked.diagnostics().stream().filter(d -> !d.family().equals("layout")).toList(), checked.lines());
        assertThat(report.diagnostics()).hasSize(3);

        Path copy = dir.resolve("reviewed.docx");
        new AnnotatedCopyWriter(Language.ZH).write(report, draft, copy);

        assertThat(draft).isEqualTo(before);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(copy))) {
            List<XWPFComment> ours = Arrays.stream(doc.getComments()).filter(c -> c.getAuthor().equals("draftlint")).toList();
            assertThat(ours).hasSize(3);
            Map<String, String> anchored = anchoredText(doc);
            for (int i = 0; i < 3; i++) {
                Diagnostic d = report.diagnostics().get(i);
                XWPFComment c = ours.get(i);
                assertThat(c.getText()).isEqualTo(d.message() + "\n建议：" + d.suggestion());
                String excerpt = d.excerpt();
                assertThat(anchored.get(c.getId())).as(d.toString())
                        .isEqualTo(excerpt.substring(d.span().column() - 1, d.span().endColumn() - 1));
            }
            assertThat(anchored.get("0")).isEqualTo("已有批注的段落。");
            assertThat(doc.getCommentByID("0").getAuthor()).isEqualTo("审核人");
            assertThat(doc.getAllPictures()).hasSize(1);
            // The text reads as before: runs were split, not changed.
            assertThat(new DocxReader().read("copy.docx", Files.readAllBytes(copy)).lines())
                    .isEqualTo(new DocxReader().read("draft.docx", draft).lines());
        }
    }

    @Test
    void aFindingOnAnAutomaticNumberHasNoFixAndIsAnchoredOnItsParagraph() throws Exception {
        String drl = """
                package draftlint.rules;
                dialect "mvel"
                import draftlint.fact.AutoNumber;
                import draftlint.fact.Finding;
                rule "sample.auto-number"
                    @severity(warning)
                    @description("Reports every automatic number, offering a fix")
                    @message_zh("编号“{n}”")
                    @suggestion_zh("改为“1.”")
                when
                    $n : AutoNumber()
                then
                    insert(Finding.of(drools.getRule(), $n.span).arg("n", $n.text).fix("1."));
                end
                """;
        RuleBook book = RuleBook.load(List.of(new RuleSource("sample.drl", drl)), null);
        byte[] draft = new DocxBuilder()
                .numbering(abstractNum(1, new String[]{"chineseCounting", "%1、"}), num(1, 1))
                .body(p("标题"), numbered(1, 0, "总体要求")).bytes();
        FileReport report = new Checker(book, new RuleSelection(Set.of(), Set.of()), Language.ZH, "auto")
                .check(new DocxReader().read("draft.docx", draft));

        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.span()).isEqualTo(new Span(2, 1, 2, 3));
            assertThat(d.inAutoNumber()).isTrue();
            assertThat(d.fix()).isNull();
        });

        Path copy = dir.resolve("numbered.docx");
        new AnnotatedCopyWriter(Language.ZH).write(report, draft, copy);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(copy))) {
            XWPFComment comment = doc.getComments()[0];
            assertThat(anchoredText(doc).get(comment.getId())).isEqualTo("总体要求");
            assertThat(comment.getText()).contains("编号“一、”").contains("自动编号");
        }
    }

    @Test
    void partsOtherThanTheBodyAndTheCommentsAreCopiedByteForByte() throws Exception {
        byte[] draft = Files.readAllBytes(TestRules.REPO.resolve("fixtures/word/numbered-report.docx"));
        FileReport report = TestRules.check("numbered-report.docx", draft, "auto", Set.of());
        Path copy = dir.resolve("reviewed.docx");

        new AnnotatedCopyWriter(Language.ZH).write(report, draft, copy);

        Map<String, byte[]> before = zipEntries(draft);
        Map<String, byte[]> after = zipEntries(Files.readAllBytes(copy));
        Set<String> changed = Set.of("word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml");
        assertThat(after.keySet()).containsAll(before.keySet()).contains("word/comments.xml");
        for (String name : before.keySet()) {
            if (!changed.contains(name)) assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
    }

    private static Map<String, byte[]> zipEntries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    @Test
    void aSpanOverSeveralParagraphsIsOneCommentFromItsStartToItsEnd() throws Exception {
        byte[] draft = new DocxBuilder().body(p("第一段", "文字"), p("第二段文字")).bytes();

        byte[] copy = DocxAnnotator.annotate(draft, List.of(new WordComment(new Span(1, 4, 2, 3), false, List.of("跨段"))));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(copy))) {
            assertThat(anchoredText(doc)).containsExactly(Map.entry("0", "文字第二"));
            assertThat(doc.getComments()[0].getText()).isEqualTo("跨段");
        }
    }

    private static byte[] draftWithExistingComment(DocxBuilder builder) throws Exception {
        try (XWPFDocument doc = builder.document(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFComment existing = doc.createComments().createComment(BigInteger.ZERO);
            existing.setAuthor("审核人");
            existing.createParagraph().createRun().setText("请核实");
            doc.addPictureData(PNG, PictureType.PNG);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Comment id → the body text between its range start and range end, in document order. */
    static Map<String, String> anchoredText(XWPFDocument doc) {
        Map<String, StringBuilder> open = new LinkedHashMap<>();
        Map<String, String> done = new LinkedHashMap<>();
        collect(doc.getDocument().getBody().getDomNode(), open, done);
        return done;
    }

    private static void collect(Node node, Map<String, StringBuilder> open, Map<String, String> done) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String id = e.getAttributeNS(Ooxml.W, "id");
            if (Ooxml.is(e, "commentRangeStart")) {
                open.put(id, new StringBuilder());
            } else if (Ooxml.is(e, "commentRangeEnd")) {
                done.put(id, open.remove(id).toString());
            } else if (Ooxml.is(e, "t")) {
                open.values().forEach(b -> b.append(Ooxml.text(e)));
            } else {
                collect(e, open, done);
            }
        }
    }
}
