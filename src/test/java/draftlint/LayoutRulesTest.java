package draftlint;

import draftlint.engine.Diagnostic;
import draftlint.engine.FileReport;
import draftlint.engine.Language;
import draftlint.testing.DocxBuilder;
import draftlint.testing.TestRules;
import draftlint.testing.Cli;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flag and pass cases of the layout rules. A layout lives in a Word file, which the text format
 * of {@code fixtures/rules/} cannot hold, so each case is a .docx built here: a 通知 laid out to
 * GB/T 9704-2012 (which must draw no layout finding at all), and the same document with one
 * deviation, which must draw exactly the findings of that deviation, each at its paragraph. The
 * fixture files {@code fixtures/rules/layout/*.txt} hold what text can say: a text draft draws no
 * layout finding. {@link #FLAGGED} lists the rules a case here flags; {@code RuleCatalogTest} asks
 * every layout rule to be in it.
 */
class LayoutRulesTest {
    /** The layout rules a case of this class flags. */
    static final Set<String> FLAGGED = Set.of("layout.paper", "layout.margins", "layout.lines-per-page",
            "layout.line-spacing", "layout.body-font", "layout.title-font", "layout.title-alignment",
            "layout.heading-font", "layout.page-number-dashes", "layout.page-number-font", "layout.page-number-side",
            "layout.page-number-missing", "layout.text-colour", "layout.chars-per-line", "layout.first-line-indent",
            "layout.record-font", "layout.annex-note-indent", "layout.annex-note-blank-line", "layout.annex-note-alignment",
            "layout.sign-off-placement", "layout.page-number-inset",
            "layout.title-shape");

    private static final String TITLE = "滨江市教育局关于做好2025年寒假安全工作的通知";

    /** The document's parts, each a WordprocessingML fragment a case may change. */
    private static final class Doc {
        String paper = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>";
        String margins = "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/>";
        String grid = "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-849\"/>";
        String bodyFont = "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>";
        String spacing = "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>";
        String bodyIndent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
        String titleFont = "<w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/>";
        String titleAlignment = "<w:jc w:val=\"center\"/>";
        /** The title's lines, each a paragraph. */
        String[] titleLines = {TITLE.substring(0, 12), TITLE.substring(12)};
        String[] headingFonts = {"黑体", "楷体_GB2312", "仿宋_GB2312"};
        String pageNumber = "— %s —";
        String pageNumberFont = "<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/>";
        boolean evenAndOdd = true;
        boolean footers = true;
        String[] oddEvenSides = {"right", "left"};
        /** The footers' indent on the page number's side, in hundredths of a character (7.5: 空一字), "" for none. */
        String footerInset = "100";
        /** Paragraphs put between the body and the 署名. */
        String[] closing = {};
        /** The 署名's and the 成文日期's paragraph properties (7.3.5.1, sealed: the date 右空四字, the 署名 centred on it). */
        String signaturePPr = "<w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/>";
        String datePPr = "<w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/>";
        String date = "2025年1月6日";
        /** The 版记's look (7.4.2, 7.4.3: 4号仿宋), and its lines after the 成文日期. */
        String recordFont = "<w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"28\"/>";
        String[] record = {"抄送：滨江市人民政府办公室，各区教育局。", "滨江市教育局办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002025年1月6日印发"};

        byte[] bytes() {
            DocxBuilder b = new DocxBuilder().styles("<w:docDefaults><w:rPrDefault><w:rPr>" + bodyFont
                    + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>" + spacing + "</w:pPr></w:pPrDefault></w:docDefaults>");
            b.body(String.join("", java.util.Arrays.stream(titleLines).map(t -> para(titleAlignment, titleFont, t)).toList()),
                    body("各中小学校："),
                    body("寒假即将来临，为切实做好学生假期安全工作，现将有关事项通知如下。"),
                    heading(0, "一、加强安全教育"),
                    heading(1, "（一）开展专题教育"),
                    body("各校要在放假前开展一次安全专题教育，覆盖全体学生。"),
                    heading(2, "1.落实安全责任"),
                    body("各校要逐级签订安全责任书，明确责任人。"),
                    heading(0, "二、做好值班值守"),
                    body("假期实行领导带班和干部值班制度，确保信息畅通。"),
                    String.join("", closing),
                    "<w:p><w:pPr>" + signaturePPr + "</w:pPr>" + DocxBuilder.r("滨江市教育局") + "</w:p>",
                    "<w:p><w:pPr>" + datePPr + "</w:pPr>" + DocxBuilder.r(date) + "</w:p>",
                    String.join("", java.util.Arrays.stream(record).map(t -> para("<w:ind w:leftChars=\"100\" w:left=\"280\" w:rightChars=\"100\" w:right=\"280\"/>", recordFont, t)).toList()),
                    "<w:sectPr>" + paper + margins + grid + "</w:sectPr>");
            if (footers) {
                b.footer(HeaderFooterType.DEFAULT, footer(oddEvenSides[0], "1"));
                b.footer(HeaderFooterType.EVEN, footer(oddEvenSides[1], "2"));
            }
            if (evenAndOdd) b.evenAndOddFooters();
            return b.bytes();
        }

        private String footer(String side, String number) {
            String[] parts = pageNumber.split("%s", -1);
            String rPr = "<w:rPr>" + pageNumberFont + "</w:rPr>";
            return "<w:p><w:pPr><w:jc w:val=\"" + side + "\"/>" + (footerInset.isEmpty() ? "" : "<w:ind w:" + side + "Chars=\"" + footerInset + "\"/>") + "</w:pPr>"
                    + "<w:r>" + rPr + "<w:t xml:space=\"preserve\">" + parts[0] + "</w:t></w:r>"
                    + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>" + rPr + "<w:instrText> PAGE </w:instrText></w:r>"
                    + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"separate\"/></w:r><w:r>" + rPr + "<w:t>" + number + "</w:t></w:r>"
                    + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                    + "<w:r>" + rPr + "<w:t xml:space=\"preserve\">" + parts[1] + "</w:t></w:r></w:p>";
        }

        private static String para(String pPr, String rPr, String text) {
            return "<w:p><w:pPr>" + pPr + "</w:pPr><w:r><w:rPr>" + rPr + "</w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
        }

        private String body(String text) {
            return "<w:p><w:pPr>" + bodyIndent + "</w:pPr>" + DocxBuilder.r(text) + "</w:p>";
        }

        private String heading(int level, String text) {
            return para("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>",
                    "<w:rFonts w:eastAsia=\"" + headingFonts[level] + "\"/><w:sz w:val=\"32\"/>", text);
        }
    }

    private static List<Diagnostic> layoutFindings(Doc doc) {
        return layoutFindings(doc, Language.ZH);
    }

    private static List<Diagnostic> layoutFindings(Doc doc, Language language) {
        FileReport report = TestRules.check("通知.docx", doc.bytes(), "auto", Set.of("layout"), language);
        assertThat(report.error()).isNull();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : report.diagnostics()) if (d.family().equals("layout")) out.add(d);
        return out;
    }

    private static Doc with(UnaryOperator<Doc> change) {
        return change.apply(new Doc());
    }

    /** rule@line for each finding. */
    private static List<String> where(List<Diagnostic> findings) {
        return findings.stream().map(d -> d.rule() + "@" + d.span().line()).toList();
    }

    @Test
    void aDocumentLaidOutToTheStandardDrawsNoLayoutFinding() {
        assertThat(layoutFindings(new Doc())).isEmpty();
    }

    @Test
    void theSameTextAsPlainTextDrawsNoLayoutFinding() {
        FileReport report = TestRules.check("通知.txt", TITLE + "\n各中小学校：\n寒假即将来临，为切实做好学生假期安全工作，现将有关事项通知如下。\n",
                "auto", Set.of("layout"));
        assertThat(report.diagnostics()).noneMatch(d -> d.family().equals("layout"));
    }

    @Test
    void aBodyInCalibriElevenPointIsOneFindingAtItsFirstParagraph() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyFont = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\"/><w:sz w:val=\"22\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.body-font@3");
        assertThat(found.get(0).message()).isEqualTo("正文（全部7段）为Calibri11磅，应为仿宋三号（16磅）（GB/T 9704—2012 第7.3.3条）");
    }

    @Test
    void aBodyInSongTiSmallFourIsOneFinding() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.body-font@3");
        assertThat(found.get(0).message()).startsWith("正文（全部7段）为宋体小四（12磅），应为仿宋三号（16磅）");
    }

    @Test
    void wordsDefaultMarginsAreOneFindingForTheWholeDocument() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.margins = "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.margins@1");
        assertThat(found.get(0).message()).isEqualTo("页边距为上25.4、下25.4、左31.8、右31.8毫米（版心146.5×246.2毫米），"
                + "应为上37、下35、左28、右26毫米（版心156×225毫米，GB/T 9704—2012 第5.2.1条）");
        assertThat(found.get(0).span().column()).isEqualTo(1);
    }

    @Test
    void headingsInSongTiAreOneFindingPerLevelAtItsFirstHeading() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.headingFonts = new String[]{"宋体", "宋体", "宋体"};
            return d;
        }));
        assertThat(where(found)).containsExactlyInAnyOrder("layout.heading-font@5", "layout.heading-font@6", "layout.heading-font@8");
        assertThat(found).filteredOn(f -> f.span().line() == 5).singleElement().extracting(Diagnostic::message)
                .isEqualTo("一级标题（全部2段）为宋体三号（16磅），应为黑体三号（16磅）（GB/T 9704—2012 第7.3.3条）");
    }

    @Test
    void aThirdLevelHeadingInFangSongIsRightAndInKaiTiIsNot() {
        assertThat(where(layoutFindings(with(d -> {
            d.headingFonts = new String[]{"黑体", "楷体_GB2312", "楷体_GB2312"};
            return d;
        })))).containsExactly("layout.heading-font@8");
    }

    @Test
    void pageNumbersWithoutDashesAreOneFindingPerFooter() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.pageNumber = "%s";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.page-number-dashes@1", "layout.page-number-dashes@1");
        assertThat(found).extracting(Diagnostic::message).anyMatch(m -> m.startsWith("单页页码显示为“1”"))
                .anyMatch(m -> m.startsWith("双页页码显示为“2”"));
    }

    @Test
    void hyphensAreNotOneEmDashes() {
        assertThat(where(layoutFindings(with(d -> {
            d.pageNumber = "- %s -";
            return d;
        })))).containsExactly("layout.page-number-dashes@1", "layout.page-number-dashes@1");
    }

    @Test
    void usLetterPaper() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.paper = "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>";
            d.margins = "<w:pgMar w:top=\"2098\" w:right=\"1800\" w:bottom=\"1742\" w:left=\"1587\" w:gutter=\"0\"/>";
            return d;
        }));
        assertThat(where(found)).contains("layout.paper@1");
        assertThat(found).filteredOn(f -> f.rule().equals("layout.paper")).singleElement().extracting(Diagnostic::message)
                .isEqualTo("纸张为215.9×279.4毫米，应为A4（210×297毫米，GB/T 9704—2012 第5.1条）");
    }

    @Test
    void twentyNinePointLinesGiveTwentyOneLinesAPage() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.spacing = "<w:spacing w:line=\"580\" w:lineRule=\"exact\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.lines-per-page@1");
        assertThat(found.get(0).message()).isEqualTo("正文行距29磅（固定值），版心高225毫米，每面排21行，应为22行（GB/T 9704—2012 第5.2.3条）");
    }

    @Test
    void singleSpacingOnAGridOfTwentyTwoLinesIsRight() {
        assertThat(layoutFindings(with(d -> {
            d.spacing = "";
            return d;
        }))).isEmpty();
    }

    @Test
    void multipleSpacingWithoutAGrid() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.spacing = "<w:spacing w:line=\"276\" w:lineRule=\"auto\"/>";
            d.grid = "";
            return d;
        }));
        // Without a grid the characters a line are wrong too (27): another setting, another finding.
        assertThat(where(found)).containsExactlyInAnyOrder("layout.line-spacing@1", "layout.chars-per-line@1");
        assertThat(found).filteredOn(f -> f.rule().equals("layout.line-spacing")).singleElement()
                .extracting(Diagnostic::message).asString().startsWith("正文为1.15倍行距且未设文档网格");
    }

    @Test
    void withoutACharacterGridThreeHaoTypeGivesTwentySevenCharactersALine() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.grid = "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.chars-per-line@1");
        assertThat(found.get(0).message()).isEqualTo("未设字符网格，正文三号（16磅）每字宽16磅，宽156毫米的版心每行排27字，应为28字（GB/T 9704—2012 第5.2.3条）");
    }

    @Test
    void aCharacterGridOfTheWrongPitch() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.grid = "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"2000\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.chars-per-line@1");
        assertThat(found.get(0).message()).isEqualTo("文档网格的字符跨度为16.49磅，宽156毫米的版心每行排26字，应为28字（GB/T 9704—2012 第5.2.3条）");
    }

    @Test
    void aCharacterGridTheBodyDoesNotSnapToCountsForNothing() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyIndent = "<w:snapToGrid w:val=\"0\"/>" + d.bodyIndent;
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.chars-per-line@1");
        assertThat(found.get(0).message()).isEqualTo("正文段落未对齐到文档网格（“对齐到网格”未勾选），字符网格不起作用，正文三号（16磅）每字宽16磅，"
                + "宽156毫米的版心每行排27字，应为28字（GB/T 9704—2012 第5.2.3条）");
    }

    @Test
    void charactersALineAreNotJudgedWhereTheCountIsNotSure() {
        // The body in 小四: its size is layout.body-font's finding, not a line of 36 characters.
        assertThat(where(layoutFindings(with(d -> {
            d.bodyFont = "<w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"24\"/>";
            d.grid = "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>";
            return d;
        })))).containsExactly("layout.body-font@3");
        // Word's default margins: the 版心 is layout.margins' finding.
        assertThat(where(layoutFindings(with(d -> {
            d.margins = "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:gutter=\"0\"/>";
            d.grid = "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>";
            return d;
        })))).containsExactly("layout.margins@1");
    }

    @Test
    void aBodyWithoutFirstLineIndentIsOneFindingNamingHowManyParagraphs() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyIndent = "";
            return d;
        }));
        // The 主送机关 (line 3, 居左顶格) and the right-aligned 署名 and 日期 are not judged.
        assertThat(where(found)).containsExactly("layout.first-line-indent@4");
        assertThat(found.get(0).message()).isEqualTo("正文（全部4段）无首行缩进，应首行缩进2字符、回行顶格（GB/T 9704—2012 第7.3.3条：每个自然段左空二字，回行顶格）");
    }

    @Test
    void anIndentOfAnotherWidthGivenAsALengthIsNamedInCharactersAndCentimetres() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyIndent = "<w:ind w:firstLine=\"420\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.first-line-indent@4");
        assertThat(found.get(0).message()).startsWith("正文（全部4段）首行缩进1.31字符（0.74厘米），应首行缩进2字符");
        // 640 twips are two characters of 16 pt: right.
        assertThat(layoutFindings(with(d -> {
            d.bodyIndent = "<w:ind w:firstLine=\"640\"/>";
            return d;
        }))).isEmpty();
    }

    @Test
    void linesTheStandardPlacesOtherwiseAreNotJudgedAsBodyParagraphs() {
        assertThat(layoutFindings(with(d -> {
            d.closing = new String[]{
                    // 附件说明 (7.3.4), one blank line below the body, indented as a block so that the names align
                    "<w:p/>",
                    "<w:p><w:pPr><w:ind w:left=\"1600\" w:hanging=\"960\"/></w:pPr>" + DocxBuilder.r("附件：1.寒假安全责任书") + "</w:p>",
                    "<w:p><w:pPr><w:ind w:left=\"1600\"/></w:pPr>" + DocxBuilder.r("2.值班安排表") + "</w:p>",
                    // a 署名 placed with typed spaces, and a 附注 (7.3.6)
                    "<w:p>" + DocxBuilder.r("                                滨江市教育局办公室") + "</w:p>",
                    "<w:p><w:pPr><w:ind w:left=\"640\"/></w:pPr>" + DocxBuilder.r("（联系人：王明，电话：12345678）") + "</w:p>"};
            return d;
        }))).isEmpty();
        // Two typed full-width spaces are an indent of two characters, as Word shows them.
        assertThat(layoutFindings(with(d -> {
            d.bodyIndent = "";
            d.closing = new String[]{"<w:p>" + DocxBuilder.r("\u3000\u3000各校要做好假期值班。") + "</w:p>"};
            return d;
        }))).extracting(Diagnostic::message).containsExactly(
                "正文有4段（共5段）无首行缩进，应首行缩进2字符、回行顶格（GB/T 9704—2012 第7.3.3条：每个自然段左空二字，回行顶格）");
    }

    @Test
    void aWholeParagraphIndentedDoesNotReturnToTheMargin() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.bodyIndent = "<w:ind w:left=\"640\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.first-line-indent@4");
        assertThat(found.get(0).message()).startsWith("正文（全部4段）整段左缩进2字符（1.13厘米），回行不顶格，应首行缩进2字符");
    }

    @Test
    void aTitleInHeiTiAndOneNotCentred() {
        assertThat(where(layoutFindings(with(d -> {
            d.titleFont = "<w:rFonts w:eastAsia=\"黑体\"/><w:sz w:val=\"44\"/>";
            return d;
        })))).containsExactly("layout.title-font@1");
        assertThat(where(layoutFindings(with(d -> {
            d.titleAlignment = "<w:jc w:val=\"left\"/>";
            return d;
        })))).containsExactly("layout.title-alignment@1");
    }

    @Test
    void pageNumbersInTimesNewRomanTwelvePoint() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.pageNumberFont = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"24\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.page-number-font@1", "layout.page-number-font@1");
        assertThat(found.get(0).message()).contains("Times New Roman小四（12磅），应为宋体四号（14磅）");
    }

    @Test
    void oneCentredFooterForEveryPage() {
        assertThat(where(layoutFindings(with(d -> {
            d.evenAndOdd = false;
            d.oddEvenSides = new String[]{"center", "center"};
            return d;
        })))).containsExactly("layout.page-number-side@1");
    }

    @Test
    void aTitleInBlueIsOneFindingAndAutomaticColourIsBlack() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.titleFont = d.titleFont + "<w:color w:val=\"365F91\"/>";
            d.bodyFont = d.bodyFont + "<w:color w:val=\"auto\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.text-colour@1");
        assertThat(found.get(0).message()).isEqualTo("标题（全部2段）的文字颜色为#365F91，应为黑色（GB/T 9704—2012 第5.2.4条）");
    }

    @Test
    void noPageNumberAtAll() {
        assertThat(where(layoutFindings(with(d -> {
            d.footers = false;
            d.evenAndOdd = false;
            return d;
        })))).containsExactly("layout.page-number-missing@1");
    }

    @Test
    void aUnitsHouseProfileReplacesTheStandardForTheKindsItLists(@TempDir Path dir) throws Exception {
        Path draft = Files.write(dir.resolve("通知.docx"), with(d -> {
            d.headingFonts = new String[]{"方正小标宋简体", "楷体_GB2312", "仿宋_GB2312"};
            return d;
        }).bytes());
        Files.createDirectories(dir.resolve("house/layouts"));
        Files.writeString(dir.resolve("house/layouts/house.layout"), String.join("\n", "layout: house", "label_zh: 本单位格式",
                "kinds: notice", "body: fangsong 三号", "headings: xiaobiaosong, kaiti, fangsong, fangsong; 三号", ""));
        Cli.Run standard = Cli.run("check", "--no-cache", "--no-config", "--format", "json", draft.toString());
        assertThat(standard.out()).contains("\"layout.heading-font\"");
        Cli.Run house = Cli.run("check", "--no-cache", "--no-config", "--format", "json", "--rules", dir.resolve("house").toString(), draft.toString());
        assertThat(house.out()).doesNotContain("\"layout.");
        // Chosen by name, the standard holds again.
        Cli.Run named = Cli.run("check", "--no-cache", "--no-config", "--format", "json", "--rules", dir.resolve("house").toString(),
                "--layout", "gbt9704", draft.toString());
        assertThat(named.out()).contains("\"layout.heading-font\"");
    }

    @Test
    void theConfigurationChoosesTheLooserProfileAndAnUnknownOneIsAnError(@TempDir Path dir) throws Exception {
        Path draft = Files.write(dir.resolve("通知.docx"), with(d -> {
            d.margins = "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:gutter=\"0\"/>";
            return d;
        }).bytes());
        assertThat(Cli.run("check", "--no-cache", "--format", "json", draft.toString()).out()).contains("\"layout.margins\"");
        Files.writeString(dir.resolve(".draftlint.yml"), "layout: speech\n");
        assertThat(Cli.run("check", "--no-cache", "--format", "json", draft.toString()).out()).doesNotContain("\"layout.");
        Cli.Run unknown = Cli.run("check", "--no-cache", "--no-config", "--layout", "nosuch", draft.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--layout must be auto or one of gbt9704, speech, not 'nosuch'");
    }

    @Test
    void aBrokenProfileStopsTheRunNamingItsFileAndLine(@TempDir Path dir) throws Exception {
        Path draft = Files.write(dir.resolve("通知.docx"), new Doc().bytes());
        Files.createDirectories(dir.resolve("r/layouts"));
        Files.writeString(dir.resolve("r/layouts/bad.layout"), "layout: bad\nbody: comicsans 三号\n");
        Cli.Run run = Cli.run("check", "--no-cache", "--no-config", "--rules", dir.resolve("r").toString(), draft.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.layout:2: no font family 'comicsans'");
    }

    @Test
    void everyLayoutFindingLandsAsAWordComment(@TempDir Path dir) throws Exception {
        Path draft = Files.write(dir.resolve("通知.docx"), with(d -> {
            d.bodyFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/>";
            d.margins = "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:gutter=\"0\"/>";
            d.headingFonts = new String[]{"宋体", "宋体", "宋体"};
            d.pageNumber = "%s";
            return d;
        }).bytes());
        Path reviewed = dir.resolve("审阅.docx");
        Cli.Run run = Cli.run("check", "--no-cache", "--no-config", "--disable", "placeholder,numbering,structure,figures,residue,text,punctuation", draft.toString(), "--annotate", reviewed.toString());
        assertThat(run.exit()).isEqualTo(1);
        try (InputStream in = Files.newInputStream(reviewed); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> comments = new ArrayList<>();
            for (XWPFComment c : doc.getComments()) comments.add(c.getText());
            assertThat(comments).hasSize(7);
            assertThat(comments).anyMatch(c -> c.startsWith("页边距为上25.4")).anyMatch(c -> c.startsWith("正文（全部7段）为宋体小四"))
                    .anyMatch(c -> c.startsWith("双页页码显示为“2”"));
        }
    }

    /** A Word template: the same package with the template content type, as Word saves a .dotx. */
    private static byte[] asTemplate(byte[] docx) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    String types = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(types).contains("wordprocessingml.document.main+xml");
                    data = types.replace("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aTemplateNamedOnTheCommandLineIsCheckedAndAFolderLeavesItOut(@TempDir Path dir) throws Exception {
        byte[] template = asTemplate(with(d -> {
            d.pageNumber = "- %s -";
            return d;
        }).bytes());
        Path dotx = Files.write(dir.resolve("模板.dotx"), template);
        Cli.Run named = Cli.run("check", "--no-cache", "--no-config", "--format", "json", dotx.toString());
        assertThat(named.exit()).isEqualTo(0);
        assertThat(named.out()).contains("模板.dotx").contains("\"layout.page-number-dashes\"");
        Files.write(dir.resolve("通知.docx"), new Doc().bytes());
        Cli.Run folder = Cli.run("check", "--no-cache", "--no-config", "--format", "json", dir.toString());
        assertThat(folder.out()).contains("通知.docx").doesNotContain("模板.dotx");
    }

    @Test
    void everyMessageReadsInEnglishToo() {
        Doc doc = with(d -> {
            d.bodyFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"24\"/>";
            d.margins = "<w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:gutter=\"0\"/>";
            d.headingFonts = new String[]{"宋体", "宋体", "宋体"};
            d.pageNumber = "%s";
            return d;
        });
        List<Diagnostic> found = layoutFindings(doc, Language.EN);
        assertThat(found).hasSize(7);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.message()).doesNotContainPattern("\\{[A-Za-z0-9_.\\-]+}");
            assertThat(f.suggestion()).doesNotContainPattern("\\{[A-Za-z0-9_.\\-]+}");
        });
        assertThat(found).extracting(Diagnostic::message)
                .contains("(all 7 paragraphs) the body is set in 宋体 12 pt (小四); GB/T 9704-2012 7.3.3 wants FangSong (仿宋) 16 pt (三号)");
    }

    @Test
    void anImprintInThreeHaoIsOneFindingAtItsFirstLine() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.recordFont = "<w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.record-font@14");
        assertThat(found.get(0).message()).isEqualTo("版记（全部2段）为仿宋_GB2312三号（16磅），应为仿宋四号（14磅）（GB/T 9704—2012 第7.4.2条、第7.4.3条）");
        // In 宋体 at 4号, only the 印发 line: the font is named, and how much of the 版记 it is.
        found = layoutFindings(with(d -> {
            d.record = new String[]{"抄送：滨江市人民政府办公室。", "滨江市教育局办公室　　XX年X月X日印发"};
            d.recordFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/>";
            return d;
        }));
        assertThat(found).extracting(Diagnostic::message).containsExactly(
                "版记（全部2段）为宋体四号（14磅），应为仿宋四号（14磅）（GB/T 9704—2012 第7.4.2条、第7.4.3条）");
    }

    @Test
    void theImprintIsKnownByItsWordsAtTheEndAndNowhereElse() {
        // 抄送 in the body, or a 抄送 line with more text after it, is not the 版记: nothing is said of its size.
        assertThat(layoutFindings(with(d -> {
            d.recordFont = "<w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>";
            d.record = new String[]{"抄送：滨江市人民政府办公室。", "附件：寒假安全责任书"};
            return d;
        }))).noneMatch(f -> f.rule().equals("layout.record-font"));
        // A 印发 line without its date, or a bare 抄送： placeholder, is not told by its words.
        assertThat(layoutFindings(with(d -> {
            d.recordFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"32\"/>";
            d.record = new String[]{"抄送：", "滨江市教育局办公室印发"};
            return d;
        }))).noneMatch(f -> f.rule().equals("layout.record-font"));
        // The 版记's lines are not body: in 4号 they draw no body-font finding.
        assertThat(layoutFindings(with(d -> {
            d.record = new String[]{"滨江市教育局办公室　　2025年1月6日印发"};
            return d;
        }))).isEmpty();
    }

    @Test
    void anAttachmentNoteAtTheMarginRightBelowTheBody() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.closing = new String[]{"<w:p>" + DocxBuilder.r("附件：1.寒假安全责任书") + "</w:p>",
                    "<w:p><w:pPr><w:ind w:left=\"960\"/></w:pPr>" + DocxBuilder.r("2.值班安排表") + "</w:p>"};
            return d;
        }));
        // The second number stands under the first (three characters in, after 附件：): no hint.
        assertThat(where(found)).containsExactlyInAnyOrder("layout.annex-note-indent@12", "layout.annex-note-blank-line@12");
        assertThat(found).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "附件说明顶格（左空0字），应左空2字编排“附件”二字（GB/T 9704—2012 第7.3.4条）",
                "附件说明紧接正文，中间没有空行，应在正文下空一行编排（GB/T 9704—2012 第7.3.4条）");
    }

    @Test
    void anAttachmentNoteIndentedAsALengthAndAListNotAligned() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.closing = new String[]{"<w:p/>",
                    "<w:p><w:pPr><w:ind w:firstLine=\"1280\"/></w:pPr>" + DocxBuilder.r("附件：1.寒假安全责任书") + "</w:p>",
                    "<w:p><w:pPr><w:ind w:firstLineChars=\"200\"/></w:pPr>" + DocxBuilder.r("2.值班安排表") + "</w:p>"};
            return d;
        }));
        assertThat(where(found)).containsExactlyInAnyOrder("layout.annex-note-indent@13", "layout.annex-note-alignment@14");
        assertThat(found).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "附件说明左空4字（2.26厘米），应左空2字编排“附件”二字（GB/T 9704—2012 第7.3.4条）",
                "附件说明的这一项左空2字，未与第一项的序号（左空7字）对齐（GB/T 9704—2012 第7.3.4条及其式样）");
        assertThat(found).filteredOn(f -> f.rule().equals("layout.annex-note-alignment")).singleElement()
                .extracting(Diagnostic::severity).hasToString("INFO");
    }

    @Test
    void whatTheFileCannotTellOfTheAttachmentNoteIsNotJudged() {
        // Space before of one line is the blank line; two typed full-width spaces are the two characters.
        assertThat(layoutFindings(with(d -> {
            d.closing = new String[]{"<w:p><w:pPr><w:spacing w:before=\"579\"/></w:pPr>" + DocxBuilder.r("\u3000\u3000附件：寒假安全责任书") + "</w:p>"};
            return d;
        }))).isEmpty();
        // A tab or half-width spaces before it: where it starts depends on tab stops and the font's space.
        assertThat(layoutFindings(with(d -> {
            d.closing = new String[]{"<w:p/>", "<w:p>" + DocxBuilder.r("  附件：1.寒假安全责任书") + "</w:p>",
                    "<w:p>" + DocxBuilder.r("      2.值班安排表") + "</w:p>"};
            return d;
        }))).isEmpty();
        // 附件1 is an attachment's own label (7.3.7), not the 附件说明.
        assertThat(layoutFindings(with(d -> {
            d.closing = new String[]{"<w:p>" + DocxBuilder.r("附件1") + "</w:p>"};
            return d;
        }))).noneMatch(f -> f.rule().startsWith("layout.annex-note"));
    }

    @Test
    void aSignatureAndDateFlushRightFitNeitherPlacement() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.signaturePPr = "<w:jc w:val=\"right\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/>";
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.sign-off-placement@12");
        assertThat(found.get(0).message()).isEqualTo("发文机关署名右空0字、成文日期右空0字，不合第7.3.5条的编排：加盖印章的，成文日期右空四字，"
                + "署名以成文日期为准居中（右空4字）；不加盖印章的，署名右空2字，成文日期首字比署名首字右移二字（右空0字）"
                + "（GB/T 9704—2012 第7.3.5.1条、第7.3.5.2条）");
        // The date 右空四字 under a 署名 that is not centred on it, in characters as Word shows them.
        assertThat(where(layoutFindings(with(d -> {
            d.signaturePPr = "<w:jc w:val=\"right\"/><w:ind w:rightChars=\"100\" w:right=\"320\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/><w:ind w:rightChars=\"400\" w:right=\"1280\"/>";
            return d;
        })))).containsExactly("layout.sign-off-placement@12");
    }

    @Test
    void theUnsealedPlacementsAreRightToo() {
        // 7.3.5.2: the 署名 右空二字, the date starting two characters right of it (the same width: flush right).
        assertThat(layoutFindings(with(d -> {
            d.signaturePPr = "<w:jc w:val=\"right\"/><w:ind w:right=\"640\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/>";
            return d;
        }))).isEmpty();
        // A date longer than the 署名: the date 右空二字, the 署名 moved left to keep the two characters.
        assertThat(layoutFindings(with(d -> {
            d.date = "2025年11月16日";
            d.signaturePPr = "<w:jc w:val=\"right\"/><w:ind w:rightChars=\"500\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/><w:ind w:rightChars=\"200\"/>";
            return d;
        }))).isEmpty();
        // Placed with typed spaces, or left-aligned: where it ends depends on widths the file does not hold.
        assertThat(layoutFindings(with(d -> {
            d.signaturePPr = "<w:jc w:val=\"left\"/><w:ind w:left=\"5000\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/>";
            return d;
        }))).isEmpty();
    }

    @Test
    void pageNumbersAtTheEdgeOfTheTypeAreaAreNotOneCharacterIn() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.footerInset = "";
            return d;
        }));
        assertThat(where(found)).containsExactlyInAnyOrder("layout.page-number-inset@1", "layout.page-number-inset@1");
        assertThat(found).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "单页页码居右未空字，应居右空一字（GB/T 9704—2012 第7.5条：单页码居右空一字，双页码居左空一字）",
                "双页页码居左未空字，应居左空一字（GB/T 9704—2012 第7.5条：单页码居右空一字，双页码居左空一字）");
        // Three characters in is not one either; the amount is named in characters of the number's size.
        assertThat(layoutFindings(with(d -> {
            d.footerInset = "300";
            return d;
        }))).extracting(Diagnostic::message).contains(
                "单页页码居右空3字（42磅），应居右空一字（GB/T 9704—2012 第7.5条：单页码居右空一字，双页码居左空一字）");
    }

    @Test
    void aFullWidthSpaceTypedBesideTheNumberIsTheCharacterAndAHalfWidthOneIsNotJudged() {
        assertThat(layoutFindings(with(d -> {
            d.footerInset = "";
            d.pageNumber = "\u3000— %s —\u3000";
            return d;
        }))).isEmpty();
        assertThat(layoutFindings(with(d -> {
            d.footerInset = "";
            d.pageNumber = " — %s — ";
            return d;
        }))).isEmpty();
    }

    @Test
    void aTitleOnThreeLinesShapedAsAnHourglass() {
        List<Diagnostic> found = layoutFindings(with(d -> {
            d.titleLines = new String[]{"滨江市教育局关于做好", "寒假安全", "工作和值班值守的通知"};
            return d;
        }));
        assertThat(where(found)).containsExactly("layout.title-shape@1");
        assertThat(found.get(0).message()).isEqualTo("标题分3行，各行长10、4、10字，中间短、上下长，呈沙漏形，应排成梯形或菱形（GB/T 9704—2012 第7.3.1条）");
    }

    @Test
    void trapezoidsAndDiamondsPassAndUnknownLengthsAreNotJudged() {
        // A diamond (short, long, short) and a trapezoid (growing), digits half a character wide.
        assertThat(layoutFindings(with(d -> {
            d.titleLines = new String[]{"滨江市教育局", "关于做好2025年寒假安全工作", "的通知"};
            return d;
        }))).isEmpty();
        assertThat(layoutFindings(with(d -> {
            d.titleLines = new String[]{"滨江市教育局", "关于做好寒假安全工作", "和假期值班值守工作的通知"};
            return d;
        }))).isEmpty();
        // A line break typed inside a line: where it breaks the draft's text does not keep, so nothing is said.
        assertThat(layoutFindings(with(d -> {
            d.titleLines = new String[]{"滨江市教育局关于做好", "寒假</w:t></w:r><w:r><w:br/><w:t>安全", "工作和值班值守的通知"};
            return d;
        }))).noneMatch(f -> f.rule().equals("layout.title-shape"));
    }

    @Test
    void theMessagesOfThe版记附件说明落款PageInsetAndTitleShapeReadInEnglishToo() {
        Doc doc = with(d -> {
            d.recordFont = "<w:rFonts w:eastAsia=\"宋体\"/><w:sz w:val=\"32\"/>";
            d.closing = new String[]{"<w:p>" + DocxBuilder.r("附件：1.寒假安全责任书") + "</w:p>",
                    "<w:p>" + DocxBuilder.r("2.值班安排表") + "</w:p>"};
            d.signaturePPr = "<w:jc w:val=\"right\"/>";
            d.datePPr = "<w:jc w:val=\"right\"/>";
            d.footerInset = "";
            d.titleLines = new String[]{"滨江市教育局关于做好", "寒假安全", "工作和值班值守的通知"};
            return d;
        });
        List<Diagnostic> found = layoutFindings(doc, Language.EN);
        assertThat(found).extracting(Diagnostic::rule).containsExactlyInAnyOrder("layout.record-font",
                "layout.annex-note-indent", "layout.annex-note-blank-line", "layout.annex-note-alignment",
                "layout.sign-off-placement", "layout.page-number-inset", "layout.page-number-inset", "layout.title-shape");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.message()).doesNotContainPattern("\\{[A-Za-z0-9_.\\-]+}").doesNotContainPattern("[\\u4e00-\\u9fff]{6,}");
            assertThat(f.suggestion()).doesNotContainPattern("\\{[A-Za-z0-9_.\\-]+}");
        });
        assertThat(found).extracting(Diagnostic::message).contains(
                "the signature stands 0 and the date 0 characters from the right; GB/T 9704-2012 7.3.5 wants, sealed, the date 4 characters "
                        + "from the right and the signature centred on it (4), or, not sealed, the signature 2 from the right and the date "
                        + "starting two characters right of it (0)",
                "the page number of odd pages stands with no space from the right edge; GB/T 9704-2012 7.5 wants it one character in");
    }
}
