package draftlint.reliability;

import draftlint.testing.DocxBuilder;
import draftlint.testing.TestRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static draftlint.testing.DocxBuilder.p;

/**
 * The bad inputs too large or too awkward to keep in {@code fixtures/bad-input/}: made on the fly,
 * each as small on disk as it can be while still being what it stands for.
 */
final class GeneratedBadInputs {
    static final int LONG_LINE_CHARS = 2_000_000;
    static final int TABLES = 10_000;
    static final int NESTED_TABLES = 500;

    private GeneratedBadInputs() {
    }

    /**
     * Fills {@code folder} with the committed bad inputs ({@code fixtures/bad-input}) and the three
     * generated ones too large or too locked to commit: a 60 MB export, a zip bomb, a password.
     */
    static void fill(Path folder) throws IOException, GeneralSecurityException {
        try (Stream<Path> files = Files.list(TestRules.REPO.resolve("fixtures/bad-input"))) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        sixtyMegabytes(folder.resolve("sixty-megabytes.txt"));
        zipBomb(folder.resolve("zip-bomb.docx"));
        passwordProtected(folder.resolve("password.docx"));
    }

    /** One line of two million characters, ending in a placeholder. */
    static void longLine(Path file) throws IOException {
        StringBuilder line = new StringBuilder(LONG_LINE_CHARS + 8);
        String sentence = "全面推进各项工作取得新进展，";
        while (line.length() < LONG_LINE_CHARS - 5) line.append(sentence, 0, Math.min(sentence.length(), LONG_LINE_CHARS - 5 - line.length()));
        line.append("待补充。");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    }

    /** A 60 MB export; sparse, so that making it costs no time: it is refused before a byte is read. */
    static void sixtyMegabytes(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
    }

    /** 64 MB of zeros packed into about 64 KB. */
    static void zipBomb(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) zip.write(zeros);
            zip.closeEntry();
        }
        Files.write(file, out.toByteArray());
    }

    /** A draft encrypted with a password, as Word saves it (OOXML agile encryption in an OLE2 container). */
    static void passwordProtected(Path file) throws IOException, GeneralSecurityException {
        Files.write(file, new DocxBuilder().body(p("机密文件待补充")).encryptedBytes("secret"));
    }

    /** Ten thousand one-cell tables; the last cell holds a placeholder. */
    static void tenThousandTables(Path file) throws IOException {
        String[] tables = new String[TABLES];
        for (int i = 0; i < TABLES; i++) tables[i] = table(p(i == TABLES - 1 ? "本项待补充" : "第" + (i + 1) + "项"));
        Files.write(file, new DocxBuilder().body(tables).bytes());
    }

    /** Tables nested {@value NESTED_TABLES} deep, a placeholder in the innermost cell. */
    static void nestedTables(Path file) throws IOException {
        String inner = p("最里层待补充");
        for (int i = 0; i < NESTED_TABLES; i++) inner = table(inner + p("")); // a cell must end with a paragraph
        Files.write(file, new DocxBuilder().body(inner, p("正文。")).bytes());
    }

    private static String table(String cellContent) {
        return "<w:tbl><w:tr><w:tc>" + cellContent + "</w:tc></w:tr></w:tbl>";
    }
}
