package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Anniversary;
import draftlint.fact.Announcement;
import draftlint.fact.Breakdown;
import draftlint.fact.Change;
import draftlint.fact.DateMention;
import draftlint.fact.Document;
import draftlint.fact.DocumentEnd;
import draftlint.fact.Claim;
import draftlint.fact.Figure;
import draftlint.fact.Formulation;
import draftlint.fact.FormulationMember;
import draftlint.fact.Heading;
import draftlint.fact.Placeholder;
import draftlint.read.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognizers whose patterns are simplified read traditional text through the fold
 * (HanCharacters.foldToSimplified, char for char): the same facts, at the same offsets, quoting
 * the text as written.
 */
class TraditionalTextTest {
    private static <T> List<T> facts(String text, Class<T> type) throws Exception {
        Draft draft = new PlainTextReader().read("case.txt", text.getBytes(StandardCharsets.UTF_8));
        return new Recognition("auto").recognize(draft).all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void readsAChangeWrittenInTraditionalCharacters() throws Exception {
        Change c = facts("將比例從27.54%壓減到4.53%。\n", Change.class).get(0);
        assertThat(c.text()).isEqualTo("從27.54%壓減到4.53%");
        assertThat(c.word()).isEqualTo("壓減");
        assertThat(c.direction()).isEqualTo("down");
        assertThat(c.start()).isEqualTo(3);
    }

    /** 提昇 folds to 提升: no alternation spelled it out, so this change was not read before the fold. */
    @Test
    void readsAVariantNoAlternationListed() throws Exception {
        Change c = facts("就業率由30%提昇至45%。\n", Change.class).get(0);
        assertThat(c.word()).isEqualTo("提昇");
        assertThat(c.direction()).isEqualTo("up");
    }

    @Test
    void readsABreakdownWrittenInTraditionalCharacters() throws Exception {
        Breakdown b = facts("全市共有學校12所，其中小學5所、中學4所。\n", Breakdown.class).get(0);
        assertThat(b.total()).isEqualTo(12);
        assertThat(b.sum()).isEqualTo(9);
        assertThat(b.totalText()).isEqualTo("12所");
    }

    @Test
    void readsFiguresWrittenInTraditionalCharacters() throws Exception {
        List<Figure> figures = facts("新增學位1.2萬個，覆蓋率達到95%，約20餘項。\n", Figure.class);
        assertThat(figures).extracting(Figure::text).containsExactly("1.2萬個", "95%", "20餘項");
        assertThat(figures.get(0).value()).isEqualTo(12000);
        assertThat(figures.get(0).measure()).isEqualTo("個"); // as written
        assertThat(figures.get(1).subject()).isEqualTo("覆蓋率");
        assertThat(figures.get(2).approximate()).isTrue();
    }

    @Test
    void readsAListClaimWrittenInTraditionalCharacters() throws Exception {
        Claim c = facts("我們要堅持創新、協調、綠色、開放四個發展理念。\n", Claim.class).get(0);
        assertThat(c.claimed()).isEqualTo(4);
        assertThat(c.text()).isEqualTo("四個發展理念");
        assertThat(c.listed()).isEqualTo(4);
    }

    @Test
    void readsAnAnnouncementWrittenInTraditionalCharacters() throws Exception {
        Announcement a = facts("下面，我著重講三點意見。\n一、統一思想\n二、突出重點\n三、狠抓落實\n", Announcement.class).get(0);
        assertThat(a.phrase()).isEqualTo("三點意見");
        assertThat(a.announced()).isEqualTo(3);
    }

    /** 目錄 heads an outline as 目录 does. */
    @Test
    void readsAnOutlineLabelWrittenInTraditionalCharacters() throws Exception {
        String body = "\n一、總體要求\n二、主要任務\n\n正文如下。\n一、總體要求\n堅持穩中求進。\n二、主要任務\n抓好落實。\n";
        long traditional = facts("目錄" + body, Heading.class).stream().filter(Heading::outline).count();
        long simplified = facts("目录" + body, Heading.class).stream().filter(Heading::outline).count();
        assertThat(traditional).isPositive().isEqualTo(simplified);
    }

    @Test
    void readsADateAndWeekdayWrittenInTraditionalCharacters() throws Exception {
        DateMention d = facts("會議定於2024年5月8日（週三）召開。\n", DateMention.class).get(0);
        assertThat(d.text()).isEqualTo("2024年5月8日");
        assertThat(d.weekdayText()).isEqualTo("週三"); // as written
        assertThat(d.weekday()).isEqualTo(3);
        assertThat(d.actualWeekday()).isEqualTo(3);
    }

    /** 農歷 folds to 农历 (only 農曆 was spelled out): a lunar 三十日 is no longer read as a date that does not exist. */
    @Test
    void readsALunarDateWrittenWithAVariantNoAlternationListed() throws Exception {
        assertThat(facts("農歷2024年2月30日舉行。\n", DateMention.class)).isEmpty();
        assertThat(facts("2024年2月30日舉行。\n", DateMention.class)).extracting(DateMention::valid).containsExactly(false);
    }

    @Test
    void readsAnAnniversaryWrittenInTraditionalCharacters() throws Exception {
        Anniversary a = facts("2024年，我們慶祝第41個教師節。\n", Anniversary.class).get(0);
        assertThat(a.text()).isEqualTo("第41個教師節");
        assertThat(a.ordinal()).isEqualTo(41);
        assertThat(a.expected()).isEqualTo(40);
        assertThat(a.expectedText()).isEqualTo("第40個教師節"); // in the writer's characters
    }

    /** 新中國成立…周年 mixes the forms: neither the simplified row nor the traditional one (週年) read it before the fold. */
    @Test
    void readsAnAnniversaryInMixedForms() throws Exception {
        Anniversary a = facts("2024年是新中國成立76周年。\n", Anniversary.class).get(0);
        assertThat(a.expected()).isEqualTo(75);
        assertThat(a.expectedText()).isEqualTo("新中國成立75周年");
    }

    @Test
    void readsATitleLabelWrittenInTraditionalCharacters() throws Exception {
        Document d = facts("標題：某市人民政府關於做好防汛工作的通知\n各區縣人民政府：\n現將有關事項通知如下。\n", Document.class).get(0);
        assertThat(d.title()).isEqualTo("某市人民政府關於做好防汛工作的通知");
    }

    /** 標题 mixes the forms: neither 标题 nor 標題 read it before the fold, and the label stayed in the title. */
    @Test
    void readsATitleLabelInMixedForms() throws Exception {
        Document d = facts("標题：某市人民政府关于做好防汛工作的通知\n各区县人民政府：\n现将有关事项通知如下。\n", Document.class).get(0);
        assertThat(d.title()).isEqualTo("某市人民政府关于做好防汛工作的通知");
    }

    @Test
    void readsACutOffNoticeWrittenInTraditionalCharacters() throws Exception {
        DocumentEnd e = facts("今年以來，全市經濟運行總體平穩，主要指標好於預期。\n下一步，我們將繼續加大工作力度，確保\n預覽結束\n", DocumentEnd.class).get(0);
        assertThat(e.truncationNotice()).isTrue();
        assertThat(e.paragraph()).isEqualTo(1);
    }

    /** 請 folds to 请, a closing formula's word: only 请 was listed, so 妥否，請批示 was read as cut off before the fold. */
    @Test
    void readsAClosingFormulaWrittenInTraditionalCharacters() throws Exception {
        String text = "今年以來，全市經濟運行總體平穩，主要指標好於預期，各項工作取得新進展。\n妥否，請批示\n";
        assertThat(facts(text, DocumentEnd.class).get(0).midSentence()).isFalse();
    }

    @Test
    void readsWhatAMaskStandsForInTraditionalCharacters() throws Exception {
        Placeholder p = facts("請××縣教育局於月底前報送。\n", Placeholder.class).get(0);
        assertThat(p.stands()).isEqualTo("place");
        assertThat(p.label()).isEqualTo("××縣"); // the cue as written
    }

    /** 個 folds to 个, a count's measure: the cues listed only 个, so ××個 was read as text of no kind before the fold. */
    @Test
    void readsAMaskCountedWithAVariantNoCueListed() throws Exception {
        Placeholder p = facts("全市共有××個鄉鎮。\n", Placeholder.class).get(0);
        assertThat(p.stands()).isEqualTo("figure");
        assertThat(p.label()).isEqualTo("××個");
    }

    @Test
    void readsATemplateFieldWrittenInTraditionalCharacters() throws Exception {
        Placeholder p = facts("請在【單位名稱】處蓋章。\n", Placeholder.class).get(0);
        assertThat(p.text()).isEqualTo("【單位名稱】");
        assertThat(p.form()).isEqualTo("field");
    }

    /** 陳 folds to 陈, a surname of the list: 陳某某 is a name made anonymous, which was read as a mask before the fold. */
    @Test
    void readsAnAnonymisedNameWrittenInTraditionalCharacters() throws Exception {
        assertThat(facts("當事人陳某某於當日到案。\n", Placeholder.class)).isEmpty();
        assertThat(facts("當事人某某於當日到案。\n", Placeholder.class)).extracting(Placeholder::text).containsExactly("某某");
    }

    @Test
    void readsAFormulationWrittenInTraditionalCharacters() throws Exception {
        Formulation f = facts("我們要堅定“三個自信”。\n", Formulation.class).get(0);
        assertThat(f.text()).isEqualTo("三個自信");
        assertThat(f.count()).isEqualTo(3);
        assertThat(f.canonicalCount()).isEqualTo(4);
        assertThat(f.name()).isEqualTo("四個自信"); // the fix, in the writer's characters
    }

    /** 理論自信 in a simplified list is 理论自信 folded: the simplified members did not hold it before the fold. */
    @Test
    void readsAFormulationMemberInMixedForms() throws Exception {
        List<FormulationMember> members = facts("坚定“四个自信”（道路自信、理論自信、制度自信、文化自信）。\n", FormulationMember.class);
        assertThat(members).extracting(FormulationMember::text).containsExactly("道路自信", "理論自信", "制度自信", "文化自信");
        assertThat(members).allMatch(FormulationMember::belongs);
    }

    /** 兩 is read as 两 through the fold, not through a 兩 spelled into the numeral class. */
    @Test
    void readsAnAnnouncedCountOfTwoWrittenInTraditionalCharacters() throws Exception {
        Announcement a = facts("下面，我講兩點意見。\n一、統一思想\n二、狠抓落實\n", Announcement.class).get(0);
        assertThat(a.phrase()).isEqualTo("兩點意見");
        assertThat(a.announced()).isEqualTo(2);
    }
}
