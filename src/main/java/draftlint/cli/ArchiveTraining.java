package draftlint.cli;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the launchers once per build (the checkout's {@code draftlint}) or per copy of the zip and
 * Java (the zip's {@code bin/draftlint}), under {@code -XX:ArchiveClassesAtExit}: writes a sample
 * draft as text and as a Word file into a folder of its own and checks the folder the way most runs
 * do, reported as text (a writer at a terminal: its display widths come from ICU) and as JSON (CI and
 * editors: Jackson), so that the class-data archive holds the classes of all of them. A Word draft
 * alone loads some 1,500 classes of POI and its XML libraries that a text draft does not.
 * One JVM makes one archive, hence one program that does all of this rather than several commands.
 */
public final class ArchiveTraining {
    /** A notice with the shapes most rules look at: a title, headings, placeholders, figures, an annex. */
    private static final List<String> SAMPLE = List.of(
            "关于做好2025年度XX工作的通知",
            "各区县教育局：",
            "一、总体要求",
            "（一）工作目标。到2025年底，全市建成**所学校，占比**%，同比增长3.5个百分点。",
            "二是加强组织领导,落实“四个自信”。联系人：张** 电话：1234567",
            "附件：1.实施方案");

    private ArchiveTraining() {
    }

    /**
     * @param args the archive the JVM writes when this ends: its folder is made if missing (the zip's
     *             launcher has no shell tools to make it), an earlier archive and its records are
     *             removed first, the samples are written to a temporary folder and removed, and what
     *             the archive is made from is recorded beside it ({@link ClassArchive}). Prints the
     *             Java's own program, which the zip's launcher notes: the archive is for that Java.
     */
    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]).toAbsolutePath();
        if (archive.getParent() != null) Files.createDirectories(archive.getParent());
        ClassArchive.forget(archive);
        Path folder = Files.createTempDirectory("draftlint-training");
        try {
            Files.write(folder.resolve("sample.txt"), SAMPLE, StandardCharsets.UTF_8);
            writeDocx(folder.resolve("sample.docx"));
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            for (String format : new String[]{"text", "json"}) {
                Main.run(new String[]{"check", "--format", format, "--fail-on", "never", folder.toString()}, sink, sink);
            }
        } finally {
            try (Stream<Path> samples = Files.list(folder)) {
                for (Path sample : samples.toList()) Files.deleteIfExists(sample);
            }
            Files.deleteIfExists(folder);
        }
        ClassArchive.record(archive);
        System.out.println(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** The sample as Word lays out a 公文: title 小标宋 2号 centred, body 仿宋 3号. */
    private static void writeDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < SAMPLE.size(); i++) {
                XWPFParagraph paragraph = doc.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setText(SAMPLE.get(i));
                run.setFontFamily(i == 0 ? "方正小标宋简体" : "仿宋_GB2312");
                run.setFontSize(i == 0 ? 22 : 16);
                if (i == 0) paragraph.setAlignment(ParagraphAlignment.CENTER);
            }
            doc.write(out);
        }
    }
}
