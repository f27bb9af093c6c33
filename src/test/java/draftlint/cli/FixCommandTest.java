package draftlint.cli;

import draftlint.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draftlint fix}: the round trip keeps encoding, byte-order mark and line ends. */
class FixCommandTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String DRAFT = "关于进一步做好全市教育现代化工作的通知\r\n"
            + "各区教育局，各直属学校：\r\n"
            + "一、工作目标TODO：全面推进教育现代化，办好人民满意的教育。\r\n"
            + "二、主要任务：加强组织领导，落实工作责任，确保各项工作取得实效。\r\n";
    private static final String FIXED = DRAFT.replace("TODO", "待办");

    @TempDir
    Path dir;

    private Cli.Run fix(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("fix", "--rules", Cli.FIX_RULES.toString(), "--no-cache"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aGb18030FileWithCrlfStaysGb18030WithCrlf() throws Exception {
        Path file = dir.resolve("通知.txt");
        Files.write(file, DRAFT.getBytes(GB18030));
        Cli.Run run = fix(file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("通知.txt: 1 ");
        assertThat(Files.readAllBytes(file)).isEqualTo(FIXED.getBytes(GB18030));
        // Nothing left to fix: a second run changes nothing.
        assertThat(fix(file.toString()).out()).contains("nothing to fix");
        assertThat(Files.readAllBytes(file)).isEqualTo(FIXED.getBytes(GB18030));
    }

    @Test
    void aUtf8FileKeepsItsByteOrderMarkAndLfLineEnds() throws Exception {
        Path file = dir.resolve("a.md");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String lf = DRAFT.replace("\r\n", "\n");
        Files.write(file, concat(bom, lf.getBytes(StandardCharsets.UTF_8)));
        assertThat(fix(file.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, FIXED.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        Path file = dir.resolve("draft.txt");
        Files.write(file, DRAFT.getBytes(GB18030));
        Cli.Run run = fix("--dry-run", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(DRAFT.getBytes(GB18030));
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("--- a/").endsWith("draft.txt");
        assertThat(lines.get(1)).startsWith("+++ b/").endsWith("draft.txt");
        assertThat(lines.get(2)).isEqualTo("@@ -1,4 +1,4 @@");
        assertThat(lines).filteredOn(l -> l.startsWith("-") && !l.startsWith("---"))
                .containsExactly("-一、工作目标TODO：全面推进教育现代化，办好人民满意的教育。");
        assertThat(lines).filteredOn(l -> l.startsWith("+") && !l.startsWith("+++"))
                .containsExactly("+一、工作目标待办：全面推进教育现代化，办好人民满意的教育。");
    }

    @Test
    void fixesEveryDraftOfAFolderAndLeavesCleanOnesAlone() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("sub/b.txt");
        Files.createDirectories(b.getParent());
        Files.writeString(a, DRAFT, StandardCharsets.UTF_8);
        Files.writeString(b, FIXED, StandardCharsets.UTF_8);
        long before = Files.getLastModifiedTime(b).toMillis();
        assertThat(fix(dir.toString()).exit()).isZero();
        assertThat(Files.readString(a, StandardCharsets.UTF_8)).isEqualTo(FIXED);
        assertThat(Files.readString(b, StandardCharsets.UTF_8)).isEqualTo(FIXED);
        assertThat(Files.getLastModifiedTime(b).toMillis()).isEqualTo(before);
    }

    @Test
    void standardInputCannotBeFixed() {
        Cli.Run run = fix("-");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("standard input");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
