package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Heading;
import draftlint.read.DraftReader;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingRecognizerTest {

    @Test
    void seed000OutlineAndBodyFormTwoTreesWithMatchingPaths() throws Exception {
        List<Heading> headings = headings("000_76c963bfc8d7165d.txt");
        List<Heading> outline = headings.stream().filter(Heading::outline).toList();
        List<Heading> body = headings.stream().filter(h -> !h.outline()).toList();
        assertThat(outline).extracting(Heading::path).containsExactly(
                "1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3");
        assertThat(body).extracting(Heading::path).containsExactly("1", "2", "2.1", "2.2", "2.3", "3");
        Heading inline = body.get(2);
        assertThat(inline.text()).isEqualTo("优化基础教育资源布局");
        assertThat(inline.inline()).isTrue();
        assertThat(inline.span().line()).isEqualTo(55);
        assertThat(inline.markerSpan()).hasToString("55:1-55:4");
        assertThat(inline.style()).isEqualTo("chinese-paren");
        assertThat(inline.mark()).isEmpty();
        assertThat(inline.form()).isEqualTo("(N)");
        assertThat(body.get(3).previous()).isEqualTo(inline.id());
        assertThat(body.get(3).previousOrdinal()).isEqualTo(1);
        assertThat(body.get(0).inline()).isFalse();
        assertThat(body.get(0).text()).isEqualTo("固本强基,立德树人根本任务全面落实");
    }

    @Test
    void seed004CarriesItsCountAcrossSections() throws Exception {
        List<Heading> items = headings("004_c2e12dd4b2cf7251.txt").stream().filter(h -> h.level() == 3).toList();
        assertThat(items).hasSize(21);
        Heading six = items.get(5);
        assertThat(six.ordinal()).isEqualTo(6);
        assertThat(six.previous()).isEqualTo(-1);
        assertThat(six.carriedOrdinal()).isEqualTo(5);
        assertThat(six.path()).isEqualTo("2.6");
        assertThat(items.get(6).carriedOrdinal()).isZero();
    }

    @Test
    void aSeriesStartingInsideADeeperHeadingNestsThere() {
        List<Heading> h = headings("case.txt", "一、总体要求\n1.工作目标\n（一）完善机制\n（二）强化保障\n2.工作措施\n");
        assertThat(h).extracting(Heading::path).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.2");
        assertThat(h.get(2).parent()).isEqualTo(h.get(1).id());
        assertThat(h.get(4).previous()).isEqualTo(h.get(1).id());
    }

    @Test
    void aListNumberedAfreshInsideASectionNestsThereAndCloses() {
        List<Heading> h = headings("case.txt", "三、若干问题\n（一）基本建设问题\n以下的积累来源：\n"
                + "一、推翻了帝国主义者的统治。\n二、推翻了封建主义。\n（二）工业生产问题\n四、为完成计划而奋斗\n");
        assertThat(h).extracting(Heading::path).containsExactly("3", "3.1", "3.1.1", "3.1.2", "3.2", "4");
        assertThat(h).extracting(Heading::nested).containsExactly(false, false, true, false, false, false);
        assertThat(h.get(2).parent()).isEqualTo(h.get(1).id());
        assertThat(h.get(3).previous()).isEqualTo(h.get(2).id());
        assertThat(h.get(4).previous()).isEqualTo(h.get(1).id());
        assertThat(h.get(5).previous()).isEqualTo(h.get(0).id());
        assertThat(h.get(5).previousOrdinal()).isEqualTo(3);
    }

    @Test
    void anAnnexIsAPartOfItsOwnAndAttachmentListsAreNoHeadings() {
        List<Heading> h = headings("case.txt", "一、总体要求\n二、工作安排\n附件：1．统计表\n2．情况综合\n月报\n3．伤亡情况\n"
                + "注：1、坐标系统为独立坐标系统。\n2、单位均为米。\n附件\n一、医疗质量\n（一）功能定位\n");
        assertThat(h).extracting(Heading::marker).containsExactly("一、", "二、", "一、", "（一）");
        assertThat(h).extracting(Heading::part).containsExactly(0, 0, 1, 1);
        assertThat(h.get(2).previous()).isEqualTo(-1);
    }

    @Test
    void aNumberWithoutItsMarkIsAnItemOnlyWhereItCarriesOnTheItems() {
        List<Heading> h = headings("case.txt", "19.帮扶政策体系：一个总体方案。\n20.2026年10件民生实事：加大帮扶力度。\n"
                + "21.5+2就业之家：覆盖五级。\n22.“百羽争锋”：以县为单位。\n23企业安全生产工作总结\n2.5万名学生参加。\n30年来成效明显。\n");
        assertThat(h).extracting(Heading::marker).containsExactly("19.", "20.", "21.", "22.", "23");
        assertThat(h.get(4).mark()).isEmpty();
    }

    @Test
    void figuresDatesAndNumeralListsAreNoHeadings() {
        assertThat(headings("case.txt", "1.5万名学生参加活动。\n\n2024.3.5全市开展督导。\n\n一、二年级学生全部参加。\n")).isEmpty();
    }

    @Test
    void markdownListItemsAreNotHeadings() {
        assertThat(headings("case.md", "## 一、总体要求\n\n1. 加强领导\n2. 完善机制\n")).extracting(Heading::marker)
                .containsExactly("一、");
    }

    private static List<Heading> headings(String seed) throws Exception {
        byte[] bytes = Files.readAllBytes(TestRules.REPO.resolve("fixtures/seeds").resolve(seed));
        return headings(seed, new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<Heading> headings(String name, String text) {
        try {
            Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, text.getBytes(StandardCharsets.UTF_8));
            return new Recognition("auto").recognize(draft).ofType(Heading.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
