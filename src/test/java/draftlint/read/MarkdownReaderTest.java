package draftlint.read;

import draftlint.draft.Block;
import draftlint.draft.BlockType;
import draftlint.draft.Draft;
import draftlint.draft.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    private Draft read(String text) throws UnreadableInputException {
        return reader.read("t.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emphasisIsMarkupAndPositionsMapBackToTheSource() throws Exception {
        Draft draft = read("# 工作要点\n\n全年新增学位**1.2万个**，其中**所为新建。\n");
        assertThat(draft.blocks()).hasSize(2);
        Block heading = draft.blocks().get(0);
        assertThat(heading.type()).isEqualTo(BlockType.HEADING);
        assertThat(heading.markupLevel()).isEqualTo(1);
        assertThat(heading.span()).isEqualTo(new Span(1, 3, 1, 7));
        Block body = draft.blocks().get(1);
        assertThat(body.text()).isEqualTo("全年新增学位1.2万个，其中**所为新建。");
        int at = body.text().indexOf("1.2万个");
        assertThat(body.span(at, at + 5)).isEqualTo(new Span(3, 9, 3, 14));
        int mask = body.text().indexOf("**");
        assertThat(body.span(mask, mask + 2)).isEqualTo(new Span(3, 19, 3, 21));
    }

    @Test
    void softBreaksJoinChineseWithoutASpaceAndKeepLines() throws Exception {
        Draft draft = read("全市各级各类学校要坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻\n党的二十大精神。\n");
        Block block = draft.blocks().get(0);
        assertThat(block.text()).isEqualTo("全市各级各类学校要坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神。");
        int at = block.text().indexOf("党");
        assertThat(block.span(at, at + 1)).isEqualTo(new Span(2, 1, 2, 2));
    }

    @Test
    void theSpaceBetweenWrappedLatinWordsStaysInsideTheLine() throws Exception {
        // Found by MarkdownReaderFuzzTest: the space stood one past the end of line 1.
        Block block = read("- tab\r  de").blocks().get(0);
        assertThat(block.text()).isEqualTo("tab de");
        assertThat(block.span(3, 4)).isEqualTo(new Span(1, 5, 1, 6));
        assertThat(block.span(4, 5)).isEqualTo(new Span(2, 3, 2, 4));
    }

    @Test
    void aLineThatDoesNotBreakOffEndsItsBlock() throws Exception {
        Draft draft = read("特此通知。\n\n滨江市教育局\n2024年9月27日\n\n附件：名额分配表  \n报名汇总表\n");
        assertThat(draft.blocks()).extracting(Block::text)
                .containsExactly("特此通知。", "滨江市教育局", "2024年9月27日", "附件：名额分配表", "报名汇总表");
        assertThat(draft.blocks().get(2).span()).isEqualTo(new Span(4, 1, 4, 11));
    }

    @Test
    void listItemsAndCodeAreMarkedOrLeftOut() throws Exception {
        Draft draft = read("1. 第一项`a**b`\n2. 第二项\n\n```\n**code**\n```\n");
        assertThat(draft.blocks()).extracting(Block::text).containsExactly("第一项", "第二项");
        assertThat(draft.blocks()).extracting(Block::type).containsOnly(BlockType.LIST_ITEM);
    }
}
