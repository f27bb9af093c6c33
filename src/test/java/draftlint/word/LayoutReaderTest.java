package draftlint.word;

import draftlint.draft.Draft;
import draftlint.draft.WordLayout;
import draftlint.read.DocxReader;
import draftlint.testing.DocxBuilder;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;

import static draftlint.testing.DocxBuilder.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look of a paragraph as Word resolves it, for each trap real files hold: the font set only in
 * a style, only in the document defaults, through a theme, two {@code basedOn} levels up, by a list
 * level; a style that does not exist; characters beating twips; a run style; a style cycle.
 */
class LayoutReaderTest {
    private static final String FANGSONG = "<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr>";

    private static WordLayout layout(DocxBuilder builder) throws Exception {
        Draft draft = new DocxReader().read("t.docx", builder.bytes());
        return draft.layout();
    }

    private static WordLayout.FontSpan firstSpan(WordLayout layout, int line) {
        return layout.paragraphs().get(line - 1).spans().get(0);
    }

    private static String style(String id, String basedOn, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + id + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + pPr + rPr + "</w:style>";
    }

    private static String styled(String styleId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>" + DocxBuilder.r(text) + "</w:p>";
    }

    @Test
    void aFontSetOnlyInTheParagraphStyleIsTheParagraphsFont() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles(style("Body", null, "", FANGSONG)).body(styled("Body", "正文内容")));
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(firstSpan(layout, 1).halfPoints()).isEqualTo(32);
    }

    @Test
    void aFontSetOnlyInTheDocumentDefaultsReachesEveryParagraph() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles("<w:docDefaults><w:rPrDefault>" + FANGSONG
                + "</w:rPrDefault></w:docDefaults>").body(p("正文内容")));
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(firstSpan(layout, 1).halfPoints()).isEqualTo(32);
    }

    @Test
    void aThemeFontIsTheThemesScriptFontForTheDocumentsEastAsianLanguage() throws Exception {
        String theme = "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"t\"><a:themeElements>"
                + "<a:clrScheme name=\"c\"><a:dk1><a:sysClr val=\"windowText\"/></a:dk1><a:lt1><a:sysClr val=\"window\"/></a:lt1>"
                + "<a:dk2><a:srgbClr val=\"000000\"/></a:dk2><a:lt2><a:srgbClr val=\"FFFFFF\"/></a:lt2><a:accent1><a:srgbClr val=\"000000\"/></a:accent1>"
                + "<a:accent2><a:srgbClr val=\"000000\"/></a:accent2><a:accent3><a:srgbClr val=\"000000\"/></a:accent3><a:accent4><a:srgbClr val=\"000000\"/></a:accent4>"
                + "<a:accent5><a:srgbClr val=\"000000\"/></a:accent5><a:accent6><a:srgbClr val=\"000000\"/></a:accent6><a:hlink><a:srgbClr val=\"000000\"/></a:hlink>"
                + "<a:folHlink><a:srgbClr val=\"000000\"/></a:folHlink></a:clrScheme>"
                + "<a:fontScheme name=\"f\"><a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                + "<a:font script=\"Jpan\" typeface=\"ＭＳ ゴシック\"/><a:font script=\"Hans\" typeface=\"黑体\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                + "<a:font script=\"Jpan\" typeface=\"ＭＳ 明朝\"/><a:font script=\"Hans\" typeface=\"宋体\"/></a:minorFont></a:fontScheme>"
                + "<a:fmtScheme name=\"m\"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/></a:fmtScheme>"
                + "</a:themeElements></a:theme>";
        String themed = "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\"/></w:rPr>";
        DocxBuilder builder = new DocxBuilder().styles("<w:docDefaults><w:rPrDefault>" + themed + "</w:rPrDefault></w:docDefaults>",
                style("H", null, "", "<w:rPr><w:rFonts w:eastAsiaTheme=\"majorEastAsia\"/></w:rPr>")).body(p("正文"), styled("H", "标题"));
        WordLayout chinese = layout(builder.theme(theme, "zh-CN"));
        assertThat(firstSpan(chinese, 1).eastAsia()).isEqualTo("宋体");
        assertThat(firstSpan(chinese, 1).latin()).isEqualTo("Calibri");
        assertThat(firstSpan(chinese, 2).eastAsia()).isEqualTo("黑体");
        // The same file saved with Japanese as its east-Asian language shows the Japanese faces.
        assertThat(firstSpan(layout(builder.theme(theme, "ja-JP")), 1).eastAsia()).isEqualTo("ＭＳ 明朝");
    }

    @Test
    void basedOnIsFollowedTwoLevelsUpAndTheNearestStyleWins() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles(
                style("Base", null, "<w:pPr><w:jc w:val=\"both\"/></w:pPr>", FANGSONG),
                style("Middle", "Base", "", "<w:rPr><w:sz w:val=\"28\"/></w:rPr>"),
                style("Leaf", "Middle", "", "")).body(styled("Leaf", "正文")));
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(firstSpan(layout, 1).halfPoints()).isEqualTo(28);
        assertThat(layout.paragraphs().get(0).alignment()).isEqualTo("both");
    }

    @Test
    void aStyleCycleEndsWhereItCloses() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles(style("A", "B", "", FANGSONG), style("B", "A", "", ""))
                .body(styled("A", "正文")));
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
    }

    @Test
    void aMissingStyleFallsBackToTheDefaultParagraphStyle() throws Exception {
        String normal = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>" + FANGSONG + "</w:style>";
        WordLayout layout = layout(new DocxBuilder().styles(normal).body(styled("FirstParagraph", "正文")));
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(layout.paragraphs().get(0).style()).isEqualTo("Normal");
    }

    @Test
    void aListLevelIndentsTheParagraphAndSetsTheFontOfItsNumberOnly() throws Exception {
        String level = "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:lvlText w:val=\"%1、\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:lvl></w:abstractNum>";
        WordLayout layout = layout(new DocxBuilder().numbering(level, DocxBuilder.num(1, 1))
                .styles("<w:docDefaults><w:rPrDefault>" + FANGSONG + "</w:rPrDefault></w:docDefaults>")
                .body(DocxBuilder.numbered(1, 0, "总体要求")));
        WordLayout.ParagraphFormat f = layout.paragraphs().get(0);
        assertThat(f.firstLine()).isEqualTo(640);
        assertThat(f.spans()).extracting(WordLayout.FontSpan::eastAsia).containsExactly("黑体", "仿宋_GB2312");
        assertThat(f.spans().get(0).end()).isEqualTo(2); // 一、
    }

    @Test
    void anIndentInCharactersBeatsOneInTwipsAndARunStyleBeatsTheParagraphStyle() throws Exception {
        String charStyle = "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
                + "<w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/><w:b/></w:rPr></w:style>";
        WordLayout layout = layout(new DocxBuilder().styles(style("Body", null, "", FANGSONG), charStyle).body(
                "<w:p><w:pPr><w:pStyle w:val=\"Body\"/><w:ind w:firstLine=\"420\" w:firstLineChars=\"200\"/></w:pPr>"
                        + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>一是</w:t></w:r>" + DocxBuilder.r("加强领导") + "</w:p>"));
        WordLayout.ParagraphFormat f = layout.paragraphs().get(0);
        assertThat(f.firstLineChars()).isEqualTo(200);
        assertThat(f.spans()).extracting(WordLayout.FontSpan::eastAsia).containsExactly("楷体_GB2312", "仿宋_GB2312");
        assertThat(f.spans().get(0).bold()).isTrue();
    }

    @Test
    void theRunsOwnFontWinsOverEverythingAndAHintLeavesTheEastAsianSlotAlone() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles(style("Body", null, "", FANGSONG)).body(
                "<w:p><w:pPr><w:pStyle w:val=\"Body\"/></w:pPr><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\" w:ascii=\"宋体\" w:hAnsi=\"宋体\"/>"
                        + "<w:sz w:val=\"24\"/></w:rPr><w:t>正文</w:t></w:r></w:p>"));
        // Only the Latin slots were set on the run: Chinese characters stay in the style's east-Asian font.
        assertThat(firstSpan(layout, 1).eastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(firstSpan(layout, 1).latin()).isEqualTo("宋体");
        assertThat(firstSpan(layout, 1).halfPoints()).isEqualTo(24);
    }

    @Test
    void pageSetupAndThePageNumbersInForce() throws Exception {
        String sect = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\""
                + " w:left=\"1587\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\""
                + " w:charSpace=\"-849\"/></w:sectPr>";
        String page = "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>";
        DocxBuilder builder = new DocxBuilder().body(p("正文"), sect).footer(HeaderFooterType.DEFAULT, page)
                .footer(HeaderFooterType.EVEN, page.replace("right", "left"));
        WordLayout layout = layout(builder);
        assertThat(layout.sections()).singleElement().satisfies(s -> {
            assertThat(s.width()).isEqualTo(11906);
            assertThat(s.top()).isEqualTo(2098);
            assertThat(s.gridType()).isEqualTo("linesAndChars");
            assertThat(s.linePitch()).isEqualTo(579);
            assertThat(s.charSpace()).isEqualTo(-849);
        });
        // Without 奇偶页不同 the even-page footer is never printed.
        assertThat(layout.pageNumbers()).extracting(WordLayout.PageNumber::which).containsExactly("default");
        assertThat(layout.pageNumbers().get(0).text()).isEqualTo("— 1 —");
        assertThat(layout(builder.evenAndOddFooters()).pageNumbers()).extracting(WordLayout.PageNumber::which)
                .containsExactly("default", "even");
    }

    @Test
    void aTextDraftHasNoLayout() throws Exception {
        Draft draft = new draftlint.read.PlainTextReader().read("t.txt", "正文内容。".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(draft.layout().isPresent()).isFalse();
    }

    @Test
    void spaceBeforeAndAfterAreReadFromTheStyleAndLinesWinOverTwips() throws Exception {
        WordLayout layout = layout(new DocxBuilder().styles(style("Body", null, "<w:pPr><w:spacing w:before=\"156\" w:after=\"100\"/></w:pPr>", FANGSONG))
                .body(styled("Body", "正文内容"),
                        "<w:p><w:pPr><w:pStyle w:val=\"Body\"/><w:spacing w:before=\"579\" w:beforeLines=\"100\"/></w:pPr>" + DocxBuilder.r("附件：清单") + "</w:p>",
                        p("无间距")));
        WordLayout.ParagraphFormat inherited = layout.paragraphs().get(0);
        assertThat(inherited.before()).isEqualTo(156);
        assertThat(inherited.beforeLines()).isEqualTo(-1);
        assertThat(inherited.after()).isEqualTo(100);
        WordLayout.ParagraphFormat own = layout.paragraphs().get(1);
        assertThat(own.before()).isEqualTo(579);
        assertThat(own.beforeLines()).isEqualTo(100);
        assertThat(own.after()).isEqualTo(100);
        assertThat(layout.paragraphs().get(2).before()).isZero();
        assertThat(layout.paragraphs().get(2).afterLines()).isEqualTo(-1);
    }
}
