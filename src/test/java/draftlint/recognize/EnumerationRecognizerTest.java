package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Enumeration;
import draftlint.fact.Heading;
import draftlint.fact.Residue;
import draftlint.read.DraftReader;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class EnumerationRecognizerTest {

    @Test
    void runsRestartAtEachHeadingAndAtEachItemOne() {
        Facts facts = recognize("case.txt", "（一）优化布局。一是推进扩容。二是促进均衡，三是推动发展。\n"
                + "（二）增强保障。一是保障就学。二是加强关爱。\n");
        List<Enumeration> items = facts.ofType(Enumeration.class);
        assertThat(items).extracting(Enumeration::marker).containsExactly("一是", "二是", "三是", "一是", "二是");
        assertThat(items).extracting(Enumeration::previousOrdinal).containsExactly(0, 1, 2, 0, 1);
        assertThat(items.get(2).run()).isEqualTo(items.get(0).id());
        assertThat(items.get(3).run()).isEqualTo(items.get(3).id());
        List<Heading> headings = facts.ofType(Heading.class);
        assertThat(items.get(3).scope()).isEqualTo(headings.get(1).id());
        assertThat(items.get(0).span()).hasToString("1:9-1:11");
    }

    @Test
    void ordinalsInProseAreNoItems() {
        Facts facts = recognize("case.txt", "这是第一次召开此类会议，也是第一批试点。说一是一，二是二。三是指三类人才。"
                + "“十四五”期间统一是关键，第一书记要到位，三要素齐全，再次强调，最后一公里。\n");
        assertThat(facts.ofType(Enumeration.class)).isEmpty();
    }

    @Test
    void eachSeriesHasItsFormAndMark() {
        Facts facts = recognize("case.txt", "第一，加强领导；第二、完善机制。其一，统筹推进；其二是分类施策。首先，要提高认识；其次，要狠抓落实；最后，要加强督导。一要抓学习，二要抓落实。\n");
        assertThat(facts.ofType(Enumeration.class)).extracting(e -> e.form() + e.mark() + "/" + e.series() + "/" + e.ordinal())
                .containsExactly("第N，/di-yi/1", "第N、/di-yi/2", "其N，/qi-yi/1", "其N/qi-yi/2",
                        "首先/shou-xian/1", "其次/shou-xian/2", "最后/shou-xian/3", "N要/yi-yao/1", "N要/yi-yao/2");
    }

    @Test
    void aRunGoesOnAcrossTheSectionsOpenedInsideIt() {
        Facts facts = recognize("case.txt", "三、加快经济建设\n第一，大办农业\n（一）抓好两头。\n（二）开垦荒地。\n"
                + "第二，发展基础工业\n第三，搞好商业工作\n");
        List<Enumeration> items = facts.ofType(Enumeration.class);
        assertThat(items).extracting(Enumeration::marker).containsExactly("第一", "第二", "第三");
        assertThat(items).extracting(Enumeration::previousOrdinal).containsExactly(0, 1, 2);
        assertThat(items.get(2).run()).isEqualTo(items.get(0).id());
    }

    @Test
    void markersKeptAsideJoinTheRunThatNeedsThem() {
        Facts facts = recognize("case.txt", "最重要的就是一要保重点建设，二要保技术改造。"
                + "新华社记者 鞠鹏/摄第一，创造了最好成绩。第二，促进了加快发展。质量第一，这是原则。\n");
        List<Enumeration> items = facts.ofType(Enumeration.class);
        assertThat(items).extracting(Enumeration::marker).containsExactly("一要", "二要", "第一", "第二");
        assertThat(items).extracting(Enumeration::previousOrdinal).containsExactly(0, 1, 0, 1);
    }

    @Test
    void firstItemsSaidInWordsStartACountedRun() {
        Facts facts = recognize("case.txt", "首先，要加强管理。其次，必须确保质量。第三，要严禁挪用。\n");
        List<Enumeration> third = facts.ofType(Enumeration.class).stream().filter(e -> e.marker().equals("第三")).toList();
        assertThat(third).singleElement().extracting(Enumeration::previousOrdinal).isEqualTo(2);
    }

    @Test
    void seed000RunAfterTheCutStartsAtTwo() throws Exception {
        Facts facts = seed000WithItsCut();
        List<Enumeration> items = facts.ofType(Enumeration.class);
        Enumeration first = items.stream().filter(e -> e.span().line() == 50).findFirst().orElseThrow();
        assertThat(first.marker()).isEqualTo("二是");
        assertThat(first.previous()).isEqualTo(-1);
        assertThat(first.outline()).isFalse();
        assertThat(first.afterCut()).isTrue();
        assertThat(items).filteredOn(Enumeration::afterCut).containsExactly(first);
        Heading section = facts.ofType(Heading.class).stream().filter(h -> h.id() == first.scope()).findFirst().orElseThrow();
        assertThat(section.span().line()).isEqualTo(47);
        assertThat(items.stream().filter(Enumeration::outline).count()).isEqualTo(27);
    }

    /**
     * Seed 000 with the residue of its line 49 ("……(新文秘网…省略807字,正式会员可完整阅读)……") given by
     * hand, as the residue family's recognizer will give it.
     */
    static Facts seed000WithItsCut() throws Exception {
        String name = "000.txt";
        String text = Files.readString(TestRules.REPO.resolve("fixtures/seeds/000_76c963bfc8d7165d.txt"), UTF_8);
        Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, text.getBytes(UTF_8));
        Facts facts = new Facts(draft);
        new ParagraphRecognizer().recognize(draft, facts);
        Block cut = draft.blocks().stream().filter(b -> b.text().contains("省略807字")).findFirst().orElseThrow();
        int start = cut.text().indexOf("……(新文秘网");
        facts.add(new Residue(cut.index(), start, cut.text().length(), cut.span(start, cut.text().length()),
                cut.text().substring(start), "member-prompt"));
        facts.run(new HeadingRecognizer(), draft); // on the draft with that residue masked
        facts.run(new EnumerationRecognizer(), draft);
        return facts;
    }

    private static Facts recognize(String name, String text) {
        try {
            Draft draft = DraftReader.forFileName(name).orElseThrow().read(name, text.getBytes(UTF_8));
            return new Recognition("auto").recognize(draft);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
