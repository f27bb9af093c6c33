package draftlint.word;

import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.fact.AutoNumber;
import draftlint.read.DocxReader;
import draftlint.read.UnreadableInputException;
import draftlint.recognize.Facts;
import draftlint.recognize.Recognition;
import draftlint.testing.DocxBuilder;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static draftlint.testing.DocxBuilder.abstractNum;
import static draftlint.testing.DocxBuilder.num;
import static draftlint.testing.DocxBuilder.numbered;
import static draftlint.testing.DocxBuilder.p;
import static draftlint.testing.DocxBuilder.r;
import static org.assertj.core.api.Assertions.assertThat;
import static draftlint.testing.ReasonAssert.assertThatReason;

/** What the checks see of a .docx: text in reading order, numbers from automatic numbering, changes accepted. */
class DocxReaderTest {

    static Draft read(DocxBuilder docx) throws UnreadableInputException {
        return new DocxReader().read("draft.docx", docx.bytes());
    }

    @Test
    void headingsNumberedByWordShowTheirNumbersAndRestartUnderEachParent() throws Exception {
        Draft draft = read(new DocxBuilder()
                .numbering(abstractNum(1, new String[]{"chineseCounting", "%1、"}, new String[]{"chineseCounting", "（%2）"}),
                        num(1, 1))
                .body(numbered(1, 0, "总体要求"), numbered(1, 1, "指导思想"), numbered(1, 1, "基本原则"),
                        p("正文段落。"), numbered(1, 0, "重点任务"), numbered(1, 1, "加强领导")));

        assertThat(draft.lines()).containsExactly("一、总体要求", "（一）指导思想", "（二）基本原则", "正文段落。",
                "二、重点任务", "（一）加强领导");
        assertThat(draft.blocks()).extracting(b -> b.autoNumberLength()).containsExactly(2, 3, 3, 0, 2, 3);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "decimal                 | %1.   | 3.",
            "chineseCounting         | %1、  | 三、",
            "chineseCountingThousand | %1、  | 三、",
            "japaneseCounting        | 第%1章 | 第三章",
            "ideographTraditional    | %1、  | 丙、",
            "decimalEnclosedCircle   | %1    | ③",
            "chineseLegalSimplified  | %1、  | 叁、",
            "decimalFullWidth        | %1．  | ３．",
            "upperRoman              | %1.   | III.",
            "ideographDigital        | %1、  | 三、"})
    void eachNumberFormatIsRenderedAsWordShowsIt(String numFmt, String lvlText, String third) throws Exception {
        Draft draft = read(new DocxBuilder()
                .numbering(abstractNum(1, new String[]{numFmt, lvlText}), num(1, 1))
                .body(numbered(1, 0, "甲项"), numbered(1, 0, "乙项"), numbered(1, 0, "丙项")));

        assertThat(draft.line(3)).isEqualTo(third + "丙项");
    }

    @Test
    void countingPastTenIsWrittenAsInHeadings() {
        assertThat(NumberFormat.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(NumberFormat.format(11, "chineseCounting")).isEqualTo("十一");
        assertThat(NumberFormat.format(20, "chineseCountingThousand")).isEqualTo("二十");
        assertThat(NumberFormat.format(105, "chineseCounting")).isEqualTo("一百零五");
        assertThat(NumberFormat.format(21, "decimalEnclosedCircle")).isEqualTo("21");
    }

    @Test
    void startValuesOverridesSharedListsAndLevelsThatNeverRestart() throws Exception {
        String lvl0 = "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>";
        String lvl1 = "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/>"
                + "<w:lvlRestart w:val=\"0\"/></w:lvl>";
        Draft draft = read(new DocxBuilder()
                .numbering("<w:abstractNum w:abstractNumId=\"7\">" + lvl0 + lvl1 + "</w:abstractNum>",
                        num(1, 7), num(2, 7),
                        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\">"
                                + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
                .body(numbered(1, 0, "甲"), numbered(1, 1, "子"), numbered(2, 0, "乙"), numbered(1, 1, "丑"),
                        numbered(3, 0, "丙")));

        // start 3; list 2 shares list 1's counters; level 2 runs on across 三、 and 四、; list 3 restarts at 1.
        assertThat(draft.lines()).containsExactly("三、甲", "1.子", "四、乙", "2.丑", "一、丙");
    }

    @Test
    void bulletsAndNumberingSwitchedOffShowNoNumber() throws Exception {
        Draft draft = read(new DocxBuilder()
                .numbering(abstractNum(1, new String[]{"bullet", "\uF0B7"}), num(1, 1),
                        abstractNum(2, new String[]{"chineseCounting", "%1、"}), num(2, 2))
                .body(numbered(1, 0, "要点"), numbered(0, 0, "不编号"), numbered(2, 0, "编号")));

        assertThat(draft.lines()).containsExactly("要点", "不编号", "一、编号");
    }

    @Test
    void contentControlsAndHyperlinksAreText() throws Exception {
        Draft draft = read(new DocxBuilder().body(
                "<w:sdt><w:sdtPr><w:alias w:val=\"单位\"/></w:sdtPr><w:sdtContent>" + p("教育局") + "</w:sdtContent></w:sdt>",
                "<w:p><w:hyperlink w:anchor=\"a\">" + r("见附件") + "</w:hyperlink><w:sdt><w:sdtPr/><w:sdtContent>"
                        + r("【单位名称】") + "</w:sdtContent></w:sdt></w:p>"));

        assertThat(draft.lines()).containsExactly("教育局", "见附件【单位名称】");
    }

    @Test
    void numberingAndOutlineLevelComeFromStylesEvenWithNumericStyleIds() throws Exception {
        Draft draft = read(new DocxBuilder()
                .numbering(abstractNum(1, new String[]{"chineseCounting", "%1、"}), num(1, 1))
                .styles("<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"样式 2\"/>"
                        + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>")
                .body("<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr>" + r("工作目标") + "</w:p>",
                        // Saved by WPS: a style id with no definition, the outline level on the paragraph.
                        "<w:p><w:pPr><w:pStyle w:val=\"15\"/><w:outlineLvl w:val=\"1\"/></w:pPr>" + r("（一）主要指标") + "</w:p>"));

        assertThat(draft.lines()).containsExactly("一、工作目标", "（一）主要指标");
        assertThat(draft.blocks()).extracting(b -> b.type() + "/" + b.markupLevel()).containsExactly("HEADING/1", "HEADING/2");
    }

    @Test
    void anAutomaticNumberIsAFactAndFindingsOnItAreMarked() throws Exception {
        Draft draft = read(new DocxBuilder()
                .numbering(abstractNum(1, new String[]{"chineseCounting", "%1、"}), num(1, 1))
                .body(numbered(1, 0, "总体要求")));

        Facts facts = new Recognition("auto").recognize(draft);
        assertThat(facts.ofType(AutoNumber.class))
                .containsExactly(new AutoNumber(0, 2, new Span(1, 1, 1, 3), "一、"));
        assertThat(draft.touchesAutoNumber(new Span(1, 2, 1, 4))).isTrue();
        assertThat(draft.touchesAutoNumber(new Span(1, 3, 1, 5))).isFalse();
        assertThat(draft.touchesAutoNumber(Span.documentStart())).isFalse();
    }

    @Test
    void tableCellsAreReadRowByRowBetweenTheParagraphsAroundThem() throws Exception {
        String cell = "<w:tc><w:tcPr/>%s</w:tc>";
        Draft draft = read(new DocxBuilder().body(p("表前说明"),
                "<w:tbl><w:tblPr/><w:tblGrid/><w:tr>" + cell.formatted(p("指标")) + cell.formatted(p("完成值")) + "</w:tr>"
                        + "<w:tr>" + cell.formatted(p("入园率")) + cell.formatted(p("**%")) + "</w:tr></w:tbl>",
                p("表后说明")));

        assertThat(draft.lines()).containsExactly("表前说明", "指标", "完成值", "入园率", "**%", "表后说明");
        assertThat(draft.blocks().get(4).type()).isEqualTo(BlockType.TABLE_CELL);
        assertThat(draft.blocks().get(5).type()).isEqualTo(BlockType.PARAGRAPH);
    }

    @Test
    void trackedChangesReadAsIfAccepted() throws Exception {
        String author = " w:id=\"%d\" w:author=\"张三\" w:date=\"2024-02-20T10:00:00Z\"";
        Draft draft = read(new DocxBuilder().body(
                "<w:p>" + r("推进") + "<w:ins" + author.formatted(1) + ">" + r("教育") + "</w:ins>"
                        + "<w:del" + author.formatted(2) + "><w:r><w:delText>旧的</w:delText></w:r></w:del>" + r("现代化") + "</w:p>",
                // A paragraph deleted whole, its mark included: gone once accepted.
                "<w:p><w:pPr><w:rPr><w:del" + author.formatted(3) + "/></w:rPr></w:pPr>"
                        + "<w:del" + author.formatted(4) + "><w:r><w:delText>整段删去</w:delText></w:r></w:del></w:p>",
                "<w:p><w:moveTo" + author.formatted(5) + ">" + r("移来的话") + "</w:moveTo>"
                        + "<w:moveFrom" + author.formatted(6) + ">" + r("移走的话") + "</w:moveFrom></w:p>"));

        assertThat(draft.lines()).containsExactly("推进教育现代化", "移来的话");
    }

    @Test
    void fieldsShowTheirResultNotTheirCode() throws Exception {
        String fldChar = "<w:r><w:fldChar w:fldCharType=\"%s\"/></w:r>";
        Draft draft = read(new DocxBuilder().body(
                "<w:p>" + r("第") + fldChar.formatted("begin") + "<w:r><w:instrText> PAGE </w:instrText></w:r>"
                        + fldChar.formatted("separate") + r("3") + fldChar.formatted("end") + r("页") + "</w:p>",
                "<w:p><w:fldSimple w:instr=\" DATE \">" + r("2024年2月20日") + "</w:fldSimple></w:p>"));

        assertThat(draft.lines()).containsExactly("第3页", "2024年2月20日");
    }

    @Test
    void headersHiddenTextAndLineBreaksAreHandledAsAReaderSeesThem() throws Exception {
        Draft draft = read(new DocxBuilder().header("老秘网 版权所有")
                .body("<w:p>" + r("正文") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏批语</w:t></w:r>" + r("内容") + "</w:p>",
                        "<w:p>" + r("Open") + "<w:r><w:br/></w:r>" + r("Office") + r("标题") + "<w:r><w:br/></w:r>" + r("换行") + "</w:p>"));

        assertThat(draft.lines()).containsExactly("正文内容", "Open Office标题换行");
    }

    @Test
    void textBoxesAreReadOnceAfterTheParagraphThatAnchorsThem() throws Exception {
        String box = "<w:txbxContent>" + p("框内文字") + "</w:txbxContent>";
        String drawing = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
                + "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r>";
        Draft draft = read(new DocxBuilder().body("<w:p>" + r("图示如下") + drawing + "</w:p>", p("下一段")));

        assertThat(draft.lines()).containsExactly("图示如下", "框内文字", "下一段");
    }

    @Test
    void aMaskSplitAcrossRunsIsFoundWhole() {
        byte[] docx = new DocxBuilder().body(p("前言"), p("深化教育现代化*", "*实践，覆盖", "**", "所学校。")).bytes();

        FileReport report = TestRules.check("draft.docx", docx, "auto", Set.of());

        assertThat(report.error()).isNull();
        // The layout family judges how the file is set, not its words: not what this test is about.
        assertThat(report.diagnostics()).filteredOn(d -> !d.family().equals("layout")).extracting(Diagnostic::rule, Diagnostic::span).containsExactly(
                org.assertj.core.groups.Tuple.tuple("placeholder.masked-text", new Span(2, 8, 2, 10)),
                org.assertj.core.groups.Tuple.tuple("placeholder.masked-figure", new Span(2, 15, 2, 17)));
    }

    @Test
    void emptyParagraphsCountAsLinesButMakeNoBlocks() throws Exception {
        Draft draft = read(new DocxBuilder().body(p("标题"), "<w:p/>", p("　　正文。")));

        assertThat(draft.lines()).containsExactly("标题", "", "　　正文。");
        assertThat(draft.blocks()).hasSize(2);
        assertThat(draft.blocks().get(1).text()).isEqualTo("正文。");
        assertThat(draft.blocks().get(1).span()).isEqualTo(new Span(3, 3, 3, 6));
    }

    @Test
    void aDocumentWithoutTextCannotBeChecked() {
        assertThatReason(() -> read(new DocxBuilder().body("<w:p/>"))).isEqualTo("the document has no text");
    }
}
