package draftlint.read;

import draftlint.testing.DocxBuilder;
import draftlint.testing.TestRules;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static draftlint.testing.DocxBuilder.p;
import static org.assertj.core.api.Assertions.assertThat;
import static draftlint.testing.ReasonAssert.assertThatReason;

/** A .doc or .wps is read by what it holds; what cannot be read gets a one-line reason saying what it is. */
class DocReaderTest {
    private final DocReader reader = new DocReader();

    @Test
    void bothOldWordNamesGoToTheContentSniffingReader() {
        assertThat(DraftReader.forFileName("通知.DOC")).containsInstanceOf(DocReader.class);
        assertThat(DraftReader.forFileName("通知.wps")).containsInstanceOf(DocReader.class);
        assertThat(DraftReader.isDraftFile("通知.doc")).isTrue();
        assertThat(DraftReader.isDraftFile("通知.wps")).isTrue();
        assertThat(DraftReader.isDraftFile("~$通知.doc")).isFalse();
    }

    @Test
    void aDocxUnderADocNameIsReadAsADocx() throws Exception {
        byte[] docx = new DocxBuilder().body(p("关于做好工作的通知"), p("全市新增学位**个。")).bytes();

        assertThat(reader.read("通知.doc", docx).lines()).containsExactly("关于做好工作的通知", "全市新增学位**个。");
    }

    @Test
    void anOfficeFileWithoutAWordStreamIsRefusedAsSuch() throws Exception {
        byte[] ole = ole2("Contents", new byte[600]); // what WPS 2000-era .wps and Works files hold

        assertThatReason(() -> reader.read("old.wps", ole))
                .contains("no WordDocument stream").contains("save it as .docx");
    }

    @Test
    void aDamagedWordStreamIsCalledDamaged() throws Exception {
        byte[] ole = ole2("WordDocument", new byte[600]);

        assertThatReason(() -> reader.read("bad.doc", ole))
                .startsWith("the file is damaged");
    }

    @Test
    void aPasswordProtectedDocxUnderADocNameIsNamedAsSuch() throws Exception {
        byte[] encrypted = new DocxBuilder().body(p("机密")).encryptedBytes("secret");

        assertThatReason(() -> reader.read("secret.doc", encrypted)).startsWith("the document is password-protected");
    }

    @Test
    void formatsThatAreNotReadAreNamed() {
        assertThatReason(() -> reader.read("a.doc", new byte[0])).isEqualTo("the file is empty");
        assertThatReason(() -> reader.read("a.doc", bytes("%PDF-1.7\n%âãÏÓ\n"))).startsWith("a PDF file");
        assertThatReason(() -> reader.read("a.doc", bytes("{\\rtf1\\ansi\\ansicpg936 abc}")))
                .startsWith("an RTF file").contains("save it as .docx");
        assertThatReason(() -> reader.read("a.doc", bytes("\uFEFF<!DOCTYPE html><html><body>通知</body></html>")))
                .startsWith("a web page");
        // Word's "Web page" export, often named .doc, carries a <w:WordDocument> block: HTML all the same.
        assertThatReason(() -> reader.read("a.doc", bytes("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head>"
                + "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
                + "</head><body>通知</body></html>"))).startsWith("a web page");
        assertThatReason(() -> reader.read("a.doc", bytes("MIME-Version: 1.0\nContent-Type: multipart/related")))
                .startsWith("a web page");
        assertThatReason(() -> reader.read("a.wps", bytes("关于做好工作的通知\n各区县：\n")))
                .startsWith("not a Word document");
    }

    @Test
    void aZipThatIsNoDocxIsRefusedWithoutBeingUnpacked() throws Exception {
        byte[] zip = Files.readAllBytes(TestRules.REPO.resolve("fixtures/bad-input/zip-named.wps"));

        assertThatReason(() -> reader.read("a.wps", zip)).startsWith("a ZIP archive under a Word name");
    }

    @Test
    void word2003XmlIsReadParagraphByParagraph() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <?mso-application progid="Word.Document"?>
                <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"
                    xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">
                 <w:lists>
                  <w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/></w:lvl></w:listDef>
                  <w:list w:ilfo="1"><w:ilst w:val="0"/></w:list>
                 </w:lists>
                 <w:body><wx:sect>
                  <w:p><w:r><w:t>关于做好</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>工作的通知</w:t></w:r></w:p>
                  <w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>
                  <w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>工作</w:t></w:r>
                   <aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>删去</w:delText></w:r></aml:content></aml:annotation>
                   <aml:annotation w:type="Word.Insertion"><aml:content><w:r><w:t>安排</w:t></w:r></aml:content></aml:annotation></w:p>
                  <w:tbl><w:tr><w:tc><w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
                   <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
                  <w:p/>
                 </wx:sect></w:body>
                </w:wordDocument>
                """;

        assertThat(reader.read("通知.doc", bytes(xml)).lines())
                .containsExactly("关于做好工作的通知", "一、总体要求", "二、工作安排", "第2页", "");
    }

    @Test
    void word2003XmlWithADoctypeIsRefusedUnexpanded() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE w:wordDocument [<!ENTITY a \"aaaaaaaaaa\">]>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:wordDocument>";

        assertThatReason(() -> reader.read("bomb.doc", bytes(bomb))).contains("DOCTYPE");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ole2(String stream, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
