package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.DateMention;
import draftlint.fact.YearRange;
import draftlint.read.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateRecognizerTest {
    private static List<Object> facts(String text) throws Exception {
        Draft draft = new PlainTextReader().read("case.txt", text.getBytes(StandardCharsets.UTF_8));
        return new Recognition("auto").recognize(draft).all();
    }

    private static List<DateMention> dates(String text) throws Exception {
        return facts(text).stream().filter(DateMention.class::isInstance).map(DateMention.class::cast).toList();
    }

    @Test
    void readsAFullDateWithItsWeekday() throws Exception {
        DateMention d = dates("定于2024年11月12日（星期三）召开。\n").get(0);
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.yearWritten()).isTrue();
        assertThat(d.month()).isEqualTo(11);
        assertThat(d.day()).isEqualTo(12);
        assertThat(d.weekday()).isEqualTo(3);
        assertThat(d.actualWeekday()).isEqualTo(2);
        assertThat(d.weekdayText()).isEqualTo("星期三");
    }

    @Test
    void readsChineseNumeralsAndIsoDates() throws Exception {
        DateMention cn = dates("二〇二四年二月二十日\n").get(0);
        assertThat(List.of(cn.year(), cn.month(), cn.day())).containsExactly(2024, 2, 20);
        DateMention iso = dates("材料报送截止日期：2024-02-23\n").get(0);
        assertThat(List.of(iso.year(), iso.month(), iso.day(), iso.actualWeekday())).containsExactly(2024, 2, 23, 5);
    }

    @Test
    void takesTheYearFromTheTitleWhenTheDateHasNone() throws Exception {
        DateMention d = dates("关于2025年清明节放假安排的通知\n\n各学校：\n4月4日（周五）放假。\n").stream()
                .filter(x -> !x.yearWritten()).findFirst().orElseThrow();
        assertThat(d.year()).isEqualTo(2025);
        assertThat(d.weekday()).isEqualTo(5);
        assertThat(d.actualWeekday()).isEqualTo(5);
    }

    @Test
    void leavesTheYearUnknownWhenTitleAndSignatureDisagree() throws Exception {
        DateMention d = dates("2023年全市教育工作总结\n\n9月8日（周三）召开推进会。\n\n市教育局\n2024年1月15日\n").stream()
                .filter(x -> !x.yearWritten()).findFirst().orElseThrow();
        assertThat(d.year()).isZero();
        assertThat(d.actualWeekday()).isZero();
    }

    @Test
    void aScheduleForNextYearSignedTheYearBeforeTakesTheYearItsWeekdayFits() throws Exception {
        DateMention d = dates("国务院办公厅关于2019年\n部分节假日安排的通知\n各省、自治区、直辖市人民政府：\n"
                + "七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）上班。\n国务院办公厅\n2018年12月4日\n").stream()
                .filter(x -> x.weekday() != 0).findFirst().orElseThrow();
        assertThat(d.year()).isEqualTo(2019);
        assertThat(d.actualWeekday()).isEqualTo(7);
    }

    @Test
    void aDateAfterAYearNamedEarlierInItsParagraphMayBelongToThatYear() throws Exception {
        DateMention d = dates("2019年是不平凡的一年。1月23日（星期三），全市召开经济工作会议。\n\n市人民政府\n2020年1月10日\n")
                .stream().filter(x -> x.weekday() != 0).findFirst().orElseThrow();
        assertThat(d.year()).isEqualTo(2019);
        assertThat(d.actualWeekday()).isEqualTo(3);
    }

    @Test
    void knowsWhichDatesExist() {
        assertThat(DateRecognizer.isValid(2024, 2, 29)).isTrue();
        assertThat(DateRecognizer.isValid(2023, 2, 29)).isFalse();
        assertThat(DateRecognizer.isValid(0, 2, 29)).as("leap day with the year unknown").isTrue();
        assertThat(DateRecognizer.isValid(0, 2, 30)).isFalse();
        assertThat(DateRecognizer.isValid(2024, 13, 0)).isFalse();
        assertThat(DateRecognizer.isValid(2024, 4, 31)).isFalse();
        assertThat(DateRecognizer.isValid(2024, 12, 31)).isTrue();
    }

    @Test
    void readsAYearRangeAndTheLengthItsPlanAnnounces() throws Exception {
        YearRange r = facts("《特殊教育中心办学质量三年达标计划(2023-2025)》\n").stream()
                .filter(YearRange.class::isInstance).map(YearRange.class::cast).findFirst().orElseThrow();
        assertThat(List.of(r.startYear(), r.endYear(), r.years(), r.claimedYears())).containsExactly(2023, 2025, 3, 3);
        assertThat(r.claimText()).isEqualTo("三年");
    }
}
