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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are not a readable .docx get a one-line reason, never a stack trace or a hang. */
class UnreadableDocxTest {
    private final DocxReader reader = new DocxReader();

    @Test
    void aPasswordProtectedDocumentIsNamedAsSuch() throws Exception {
        byte[] encrypted = new DocxBuilder().body(p("机密")).encryptedBytes("secret");

        assertThatThrownBy(() -> reader.read("secret.docx", encrypted))
                .hasMessageStartingWith("the document is password-protected");
    }

    @Test
    void aLegacyWordFileUnderADocxNameIsReadAsWhatItIs() throws Exception {
        // An OLE2 file named .docx goes to the .doc reader, which calls a garbage Word stream damaged.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> DraftReader.forFileName("old.docx").orElseThrow().read("old.docx", out.toByteArray()))
                .hasMessageStartingWith("the file is damaged");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[64 * 1024 * 1024]);
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read("bomb.docx", out.toByteArray())).hasMessageContaining("zip bomb");
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

        assertThatThrownBy(() -> reader.read("huge.docx", out.toByteArray())).hasMessageContaining("more than 100 MB");
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

        assertThatThrownBy(() -> reader.read("bodiless.docx", out.toByteArray()))
                .hasMessage("the file is damaged: word/document.xml has no document body");
    }

    @Test
    void aDamagedOrForeignFileGetsOneLine() {
        byte[] docx = new DocxBuilder().body(p("正文")).bytes();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

        assertThatThrownBy(() -> reader.read("cut.docx", truncated))
                .hasMessageStartingWith("the file is damaged or not a Word document").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> reader.read("notes.docx", "这是文本".getBytes()))
                .hasMessageStartingWith("not a Word .docx file");
        assertThatThrownBy(() -> reader.read("empty.docx", new byte[0])).hasMessage("the file is empty");
    }
}
