package draftlint.fix;

import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Input;
import draftlint.engine.Language;
import draftlint.engine.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class FixerTest {
    @TempDir
    Path dir;

    private static Diagnostic fix(Span span, String replacement) {
        return new Diagnostic("demo.x", "demo", Severity.WARNING, span, "m", "s", replacement, "");
    }

    /** A check that always offers the same fixes, whatever the text. */
    private static Function<Input, FileReport> offering(Diagnostic... fixes) {
        return input -> new FileReport(input.path(), "UTF-8", "report", true, null, List.of(fixes));
    }

    @Test
    void refusesAFileThatChangedWhileItWasBeingFixed() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "第一行\n第二行\n", StandardCharsets.UTF_8);
        Function<Input, FileReport> editorSavesMeanwhile = input -> {
            try {
                Files.writeString(file, "有人改过了\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new FileReport(input.path(), "UTF-8", "report", true, null, List.of(fix(new Span(1, 1, 1, 3), "首")));
        };
        Fixer.Outcome outcome = new Fixer(editorSavesMeanwhile).fix("a.txt", file, true);
        assertThat(outcome.error()).isEqualTo("修改期间文件被别的程序改动过，未作修改");
        Files.writeString(file, "第一行\n第二行\n", StandardCharsets.UTF_8);
        assertThat(new Fixer(editorSavesMeanwhile, Language.EN).fix("a.txt", file, true).error())
                .isEqualTo("the file changed while it was being fixed; it was left as it is");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("有人改过了\n");
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void overlappingFixesAreAppliedOneAtATime() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "甲乙丙丁\n", StandardCharsets.UTF_8);
        // The same two overlapping fixes are offered on every pass: the first pass can take only
        // one of them; each pass after that finds its span changed and takes what still applies.
        Fixer.Outcome outcome = new Fixer(offering(fix(new Span(1, 1, 1, 3), "一二"), fix(new Span(1, 2, 1, 4), "二三")))
                .fix("a.txt", file, true);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.applied()).isGreaterThanOrEqualTo(1);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("一");
    }

    @Test
    void refusesAFormatItCannotWriteBack() throws IOException {
        Path file = dir.resolve("a.docx");
        Files.write(file, new byte[]{'P', 'K', 3, 4});
        assertThat(new Fixer(offering()).fix("a.docx", file, true).error()).isEqualTo("只有 .txt 和 .md 文件可以自动修改");
        assertThat(new Fixer(offering(), Language.EN).fix("a.docx", file, true).error()).isEqualTo("only .txt and .md files can be fixed");
    }

    @Test
    void refusesAFixItsEncodingCannotHoldInEitherLanguage() {
        byte[] text = "甲乙丙丁\n".getBytes(StandardCharsets.UTF_8);
        // A lone surrogate is no character of any encoding: the fix cannot be written back.
        Function<Input, FileReport> broken = offering(fix(new Span(1, 1, 1, 2), "\uD800"));
        Fixer.Fixed zh = new Fixer(broken).fix("a.txt", text);
        assertThat(zh.outcome().error()).isEqualTo("修改后的文字含有 UTF-8 编码无法表示的字符，不作自动修改");
        assertThat(zh.bytes()).isEqualTo(text);
        assertThat(new Fixer(broken, Language.EN).fix("a.txt", text).outcome().error())
                .isEqualTo("a fix has characters that UTF-8 cannot hold; nothing was fixed");
    }

    @Test
    void editsKeepLineEndsAndCountColumnsInCodePoints() {
        String text = "𠀀甲乙\r\n丙丁\r戊\n";
        TextEdits.Result result = new TextEdits(text).apply(List.of(
                new Edit(new Span(1, 2, 1, 3), "A"),      // after a character outside the BMP
                new Edit(new Span(2, 3, 2, 3), "B"),      // an insertion at the end of a line
                new Edit(new Span(3, 1, 3, 2), "C")));
        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.text()).isEqualTo("𠀀A乙\r\n丙丁B\rC\n");
    }

    @Test
    void unifiedDiffPatchesTheOldLinesIntoTheNew() {
        java.util.Random random = new java.util.Random(8);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);
            String diff = UnifiedDiff.of("f", before, after);
            assertThat(patch(before, diff)).as("round %d: %s -> %s%n%s", round, before, after, diff).isEqualTo(after);
        }
    }

    private static List<String> randomLines(java.util.Random random) {
        List<String> lines = new java.util.ArrayList<>();
        int n = random.nextInt(25);
        for (int i = 0; i < n; i++) lines.add(String.valueOf("abcd".charAt(random.nextInt(4))));
        return lines;
    }

    /** Applies a unified diff as patch(1) would, checking every context and removed line. */
    private static List<String> patch(List<String> before, String diff) {
        List<String> out = new java.util.ArrayList<>();
        int at = 0;
        java.util.regex.Pattern hunk = java.util.regex.Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");
        for (String line : diff.lines().toList()) {
            if (line.startsWith("---") || line.startsWith("+++")) continue;
            java.util.regex.Matcher m = hunk.matcher(line);
            if (m.matches()) {
                int start = Integer.parseInt(m.group(1)) - (Integer.parseInt(m.group(2)) == 0 ? 0 : 1);
                while (at < start) out.add(before.get(at++));
            } else if (line.startsWith("+")) {
                out.add(line.substring(1));
            } else {
                assertThat(before.get(at)).isEqualTo(line.substring(1));
                if (line.startsWith(" ")) out.add(before.get(at));
                at++;
            }
        }
        while (at < before.size()) out.add(before.get(at++));
        return out;
    }

    @Test
    void unifiedDiffHasHunksWithContext() {
        List<String> before = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> after = List.of("1", "two", "3", "4", "5", "6", "7", "8", "9", "10", "11", "twelve", "13");
        String diff = UnifiedDiff.of("f.txt", before, after);
        assertThat(diff.lines().toList()).containsExactly(
                "--- a/f.txt", "+++ b/f.txt",
                "@@ -1,5 +1,5 @@", " 1", "-2", "+two", " 3", " 4", " 5",
                "@@ -9,4 +9,5 @@", " 9", " 10", " 11", "-12", "+twelve", "+13");
        assertThat(UnifiedDiff.of("f.txt", before, before)).isEmpty();
    }
}
