package draftlint.word;

import draftlint.read.DocxReader;
import draftlint.read.DraftReader;
import draftlint.testing.DocxBuilder;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static draftlint.testing.DocxBuilder.p;
import static draftlint.testing.ReasonAssert.assertThatReason;

/** Files that are not a readable .docx get a one-line reason, never a stack trace or a hang. */
class UnreadableDocxTest {
    private final DocxReader reader = new DocxReader();

    @Test
    void aPasswordProtectedDocumentIsNamedAsSuch() throws Exception {
        byte[] encrypted = new DocxBuilder().body(p("机密")).encryptedBytes("secret");

        assertThatReason(() -> reader.read("secret.docx", encrypted))
                .startsWith("the document is password-protected");
    }

    @Test
    void aLegacyWordFileUnderADocxNameIsReadAsWhatItIs() throws Exception {
        // An OLE2 file named .docx goes to the .doc reader, which calls a garbage Word stream damaged.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatReason(() -> DraftReader.forFileName("old.docx").orElseThrow().read("old.docx", out.toByteArray()))
                .startsWith("the file is damaged");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[64 * 1024 * 1024]);
            zip.closeEntry();
        }

        assertThatReason(() -> reader.read("bomb.docx", out.toByteArray())).contains("zip bomb");
    }

    @Test
    void aPartTooLargeForADraftIsRefused() throws Exception {
        // Stored, not deflated: no ratio to trip over, so the size limit alone must catch it.
        byte[] big = new byte[101_000_000];
        CRC32 crc = new CRC32();
        crc.update(big);
        ZipEntry entry = new ZipEntry("word/media/image1.png");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(big.length);
        entry.setCrc(crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(big.length + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(entry);
            zip.write(big);
            zip.closeEntry();
        }

        assertThatReason(() -> reader.read("huge.docx", out.toByteArray())).contains("more than 100 MB");
    }

    @Test
    void aMainPartWithoutABodyIsDamaged() throws Exception {
        // Found by DocxReaderFuzzTest: POI opens such a file, and reading its body threw a NullPointerException.
        byte[] docx = new DocxBuilder().body(p("正文")).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("word/document.xml")
                        ? ("<w:document " + DocxBuilder.NAMESPACES + "/>").getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }

        assertThatReason(() -> reader.read("bodiless.docx", out.toByteArray()))
                .isEqualTo("the file is damaged: word/document.xml has no document body");
    }

    @Test
    void aDamagedOrForeignFileGetsOneLine() {
        byte[] docx = new DocxBuilder().body(p("正文")).bytes();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        assertThatReason(() -> reader.read("cut.docx", truncated))
                .startsWith("the file is damaged or not a Word document").doesNotContain("\n");
        assertThatReason(() -> reader.read("notes.docx", "这是文本".getBytes()))
                .startsWith("not a Word .docx file");
        assertThatReason(() -> reader.read("empty.docx", new byte[0])).isEqualTo("the file is empty");
    }
}
