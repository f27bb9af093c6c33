package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static draftlint.testing.ReasonAssert.assertThatReason;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    private Draft read(String text) throws UnreadableInputException {
        return reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbersLinesAcrossCrlfCrAndLf() throws Exception {
        Draft draft = read("第一行。\r\n第二行。\r第三行。\n第四行**。");
        assertThat(draft.lines()).containsExactly("第一行。", "第二行。", "第三行。", "第四行**。");
        Block last = draft.blocks().get(3);
        int star = last.text().indexOf("**");
        assertThat(last.span(star, star + 2)).isEqualTo(new Span(4, 4, 4, 6));
    }

    @Test
    void joinsAHardWrappedParagraphAndKeepsEveryCharOnItsOwnLine() throws Exception {
        Draft draft = read("今天，我们召开全县教育高质量发展推进会，主要目的是深入学习贯彻党的\n二十大精神，加快建设教育强县。\n一、要强化政治意识\n");
        assertThat(draft.blocks()).hasSize(2);
        Block paragraph = draft.blocks().get(0);
        assertThat(paragraph.text()).startsWith("今天").endsWith("教育强县。").contains("党的二十大");
        int at = paragraph.text().indexOf("二十大");
        assertThat(paragraph.span(at, at + 3)).isEqualTo(new Span(2, 1, 2, 4));
        assertThat(paragraph.span()).isEqualTo(new Span(1, 1, 2, 16));
        assertThat(draft.blocks().get(1).text()).isEqualTo("一、要强化政治意识");
    }

    @Test
    void keepsTitlesHeadingsAndClosedSentencesApart() throws Exception {
        Draft draft = read("在全市教育大会暨庆祝第41个教师节表彰大会上的汇报发言\n尊敬的各位领导、各位同仁，同志们：\n"
                + "一、固本强基，立德树人根本任务全面落实\n我们始终将立德树人作为中心环节。\n");
        assertThat(draft.blocks()).extracting(Block::text).containsExactly(
                "在全市教育大会暨庆祝第41个教师节表彰大会上的汇报发言", "尊敬的各位领导、各位同仁，同志们：",
                "一、固本强基，立德树人根本任务全面落实", "我们始终将立德树人作为中心环节。");
    }

    @Test
    void countsColumnsInCodePointsAfterFullWidthIndentation() throws Exception {
        Draft draft = read("\u3000\u3000𠀋年**所\n");
        Block block = draft.blocks().get(0);
        assertThat(block.text()).isEqualTo("𠀋年**所");
        int star = block.text().indexOf("**");
        assertThat(block.span(star, star + 2)).isEqualTo(new Span(1, 5, 1, 7));
    }

    @Test
    void readsGb18030Files() throws Exception {
        Draft draft = reader.read("t.txt", "各学校：\r\n请于**月前报送。\r\n".getBytes(Charset.forName("GB18030")));
        assertThat(draft.encoding()).isEqualTo("GB18030");
        assertThat(draft.blocks()).extracting(Block::text).containsExactly("各学校：", "请于**月前报送。");
    }

    @Test
    void refusesEmptyAndBlankFiles() {
        assertThatReason(() -> read("")).isEqualTo("the file is empty");
        assertThatReason(() -> read(" \n\u3000\n")).isEqualTo("the file holds only white space");
    }
}
