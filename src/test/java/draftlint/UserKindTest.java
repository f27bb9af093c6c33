package draftlint;

import draftlint.cli.Main;
import draftlint.engine.Checker;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.engine.RuleSelection;
import draftlint.kind.KindFileException;
import draftlint.kind.Kinds;
import draftlint.read.DraftReader;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A kind file in the {@code kinds/} folder of a {@code --rules DIR} is used like a built-in one. */
class UserKindTest {
    private static final Path USER_RULES = TestRules.REPO.resolve("fixtures/user-rules");

    private static final String MINUTES_WITHOUT_DECISIONS = """
            滨江市教育局局长办公会议纪要

            出席人员：王明、李华、张强

            会议听取了基础教育科关于寒假安全工作的汇报，并进行了讨论。
            """;

    private static final String MINUTES = MINUTES_WITHOUT_DECISIONS + """

            会议议定：由基础教育科牵头，于1月10日前完成全市中小学安全检查。
            """;

    @Test
    void aUserKindIsGuessedFromTheTitleAndItsPartsAreRequired() throws Exception {
        Kinds kinds = Kinds.load(List.of(USER_RULES));
        FileReport report = check(MINUTES_WITHOUT_DECISIONS, "auto", kinds);
        assertThat(report.kind()).isEqualTo("minutes");
        assertThat(structure(report)).extracting(Diagnostic::message).containsExactly("全文缺少会议纪要应有的议定事项");
        assertThat(structure(check(MINUTES, "auto", kinds))).isEmpty();
    }

    @Test
    void withoutTheRuleFolderTheKindIsUnknown() {
        FileReport report = check(MINUTES_WITHOUT_DECISIONS, "auto", Kinds.builtIn());
        assertThat(report.kind()).isEqualTo("unknown");
        assertThat(structure(report)).isEmpty();
    }

    @Test
    void aUserKindCanBeGivenWithKind() throws Exception {
        Kinds kinds = Kinds.load(List.of(USER_RULES));
        FileReport report = check("出席人员：王明、李华\n\n会议听取了汇报。\n", "minutes", kinds);
        assertThat(report.kindAssumed()).isFalse();
        assertThat(structure(report)).extracting(Diagnostic::message).containsExactly("全文缺少会议纪要应有的议定事项");
    }

    @Test
    void aUserKindReplacesTheBuiltInKindOfTheSameName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("kinds"));
        Files.writeString(dir.resolve("kinds/notice.kind"), """
                # Our office numbers notices elsewhere: only the date is checked.
                kind: notice
                label_zh: 通知
                label_en: notice
                title: 通知$

                [date]
                label_zh: 成文日期
                label_en: date of issue
                where: after-body
                find: ^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$
                """, StandardCharsets.UTF_8);
        String notice = "滨江市教育局文件\n\n关于做好寒假安全工作的通知\n\n现将有关事项通知如下。\n\n2025年1月6日\n";
        assertThat(structure(check(notice, "auto", Kinds.builtIn()))).extracting(Diagnostic::rule)
                .contains("structure.missing-part", "structure.missing-expected-part");
        assertThat(structure(check(notice, "auto", Kinds.load(List.of(dir))))).isEmpty();
    }

    @Test
    void aBrokenKindFileIsRefusedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("kinds"));
        Files.writeString(dir.resolve("kinds/bad.kind"), "kind: bad\nlabel_zh: 坏\nlabel_en: bad\ntitle: 坏$\n\n[part]\n"
                + "label_zh: 部分\nlabel_en: part\nwhere: somewhere\nfind: x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Kinds.load(List.of(dir))).isInstanceOf(KindFileException.class)
                .hasMessageContaining("bad.kind:9: unknown place 'somewhere'");
    }

    @Test
    void theCommandLineTakesUserKindsFromTheRulesFolder(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("minutes.txt");
        Files.writeString(draft, MINUTES_WITHOUT_DECISIONS, StandardCharsets.UTF_8);
        String rules = USER_RULES.toString();
        assertThat(cli("check", "--no-cache", "--rules", rules, "--kind", "minutes", draft.toString())).isEqualTo(1);
        assertThat(cli("check", "--no-cache", "--kind", "minutes", draft.toString()))
                .as("without --rules the kind is unknown: a usage error").isEqualTo(2);
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(args, new PrintWriter(sink, true), new PrintWriter(sink, true));
    }

    private static FileReport check(String text, String kind, Kinds kinds) {
        try {
            var draft = DraftReader.forFileName("case.txt").orElseThrow().read("case.txt", text.getBytes(StandardCharsets.UTF_8));
            return new Checker(TestRules.book(), new RuleSelection(Set.of(), Set.of()), Language.ZH, kind, kinds).check(draft);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Diagnostic> structure(FileReport report) {
        return report.diagnostics().stream().filter(d -> d.family().equals("structure")).toList();
    }
}
