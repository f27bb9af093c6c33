package draftlint.kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KindsTest {
    @Test
    void theSixBuiltInKindsAreThere() {
        assertThat(Kinds.builtIn().all()).extracting(Kind::name)
                .containsExactlyInAnyOrder("notice", "speech", "report", "summary", "plan", "compilation");
    }

    @ParameterizedTest
    @CsvSource({
            "滨江市教育局关于做好寒假安全工作的通知, notice",
            "在全县教育工作会议上的讲话, speech",
            "在全市教育大会上的汇报发言, speech",
            "关于全市课后服务工作的调研报告, report",
            "滨江市教育局2024年工作总结, summary",
            "关于2024年教育工作情况的报告, summary",
            "滨江市2025年教育工作要点, plan",
            "全市教育系统交流发言汇编, compilation"})
    void theLongestTitleWordDecides(String title, String kind) {
        assertThat(Kinds.builtIn().guess(title)).map(Kind::name).hasValue(kind);
    }

    @Test
    void aTitleOfNoKnownKindIsNotGuessed() {
        assertThat(Kinds.builtIn().guess("一些想法")).isEmpty();
    }

    @Test
    void aMissingKeyIsRefusedWithItsFile() {
        assertThatThrownBy(() -> KindFile.parse("x.kind", "kind: x\nlabel_zh: 某\ntitle: 某$\n"))
                .isInstanceOf(KindFileException.class).hasMessage("x.kind:1: 'label_en:' is missing");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> KindFile.parse("x.kind", "kind: x\nlabel_zh: 某\nlabel_en: x\ntitle: 某$\n\n[p]\nlable_zh: 部分\n"))
                .isInstanceOf(KindFileException.class).hasMessageStartingWith("x.kind:7: unknown key 'lable_zh'");
    }

    @Test
    void aBadRegexIsRefusedWithItsLine() {
        assertThatThrownBy(() -> KindFile.parse("x.kind", "kind: x\nlabel_zh: 某\nlabel_en: x\ntitle: (某$\n"))
                .isInstanceOf(KindFileException.class).hasMessageStartingWith("x.kind:4: 'title' is not a valid regular expression");
    }
}
