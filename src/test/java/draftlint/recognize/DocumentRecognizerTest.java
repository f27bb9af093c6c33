package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Document;
import draftlint.read.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** How the title is found and the kind guessed, on the layouts of real published documents. */
class DocumentRecognizerTest {
    private static Document document(String text) throws Exception {
        Draft draft = new PlainTextReader().read("case.txt", text.getBytes(StandardCharsets.UTF_8));
        return new Recognition("auto").recognize(draft).ofType(Document.class).get(0);
    }

    @Test
    void readsATitleSetOnTwoLines() throws Exception {
        Document d = document("国务院办公厅关于调整国务院第二次\n全国污染源普查领导小组组成人员的通知\n国办函〔2018〕74号\n"
                + "各省、自治区、直辖市人民政府：\n根据工作需要，国务院决定进行调整。\n");
        assertThat(d.title()).isEqualTo("国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知");
        assertThat(d.kind()).isEqualTo("notice");
        assertThat(d.titleStart()).isEqualTo(0);
        assertThat(d.titleParagraph()).isEqualTo(1);
    }

    @Test
    void readsATitleSetOnThreeLinesWhoseLastLineIsATitleAlone() throws Exception {
        Document d = document("国务院办公厅转发国家教委\n关于内地西藏班（校）扩大规模\n有关问题请示的通知\n国办发〔1996〕32号\n"
                + "北京、天津、上海人民政府：\n现转发给你们，请认真贯彻执行。\n");
        assertThat(d.title()).isEqualTo("国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知");
        assertThat(d.titleStart()).isEqualTo(0);
    }

    @Test
    void leavesTheIssuersMarkAndAHeaderOutOfTheTitle() throws Exception {
        assertThat(document("国务院文件\n国务院关于印发《国务院工作规则》的通知\n国务院各部委：\n现印发给你们。\n").title())
                .isEqualTo("国务院关于印发《国务院工作规则》的通知");
        assertThat(document("坚定信心　真抓实干\n——在全市经济工作会议上的讲话\n同志们：\n今天召开会议。\n").title())
                .isEqualTo("——在全市经济工作会议上的讲话");
    }

    @Test
    void prefersTheDocumentsTitleBlockToAPageHeading() throws Exception {
        Document d = document("滕州市教育和体育局关于印发《2024年全市教育体育工作要点》的通知\n\n滕州市教育和体育局\n\n"
                + "关于印发《2024年全市教育体育工作要点》的\n\n通知\n\n各学校：\n\n现将工作要点印发给你们。\n");
        assertThat(d.titleStart()).isEqualTo(1);
        assertThat(d.titleParagraph()).isEqualTo(3);
    }

    @Test
    void readsAnIssuingNoticePublishedAsItsPlanAsThePlan() throws Exception {
        Document d = document("国务院办公厅关于印发\n国家组织药品集中采购和使用试点方案的通知\n国办发〔2019〕2号\n"
                + "国家组织药品集中采购和使用试点方案\n为深化医药卫生体制改革，制定本方案。\n");
        assertThat(d.kind()).isEqualTo("plan");
        assertThat(d.title()).isEqualTo("国家组织药品集中采购和使用试点方案");
    }

    @Test
    void aYearInATitleSetOnTwoLinesIsTheTitlesYear() throws Exception {
        Document d = document("国务院办公厅关于2019年\n部分节假日安排的通知\n各省人民政府：\n现将安排通知如下。\n");
        assertThat(d.title()).contains("2019年");
    }
}
