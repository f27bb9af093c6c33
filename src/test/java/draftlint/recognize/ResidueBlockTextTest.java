package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.ResidueBlock;
import draftlint.read.DraftReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A block of residue keeps the text it strikes out as the draft has it. */
class ResidueBlockTextTest {

    @Test
    void piecesOfOneParagraphAreJoinedByWhatStandsBetweenThemNotByAnInventedLineEnd() throws Exception {
        // A photo caption long enough to read as hard-wrapped prose is joined with the byline under it
        // into one paragraph. The block's text put a line end between the two because their paragraph
        // differed from the block's first (the toolbar line), not from the piece before.
        String txt = "打印本页\n市长殷勇同志在市人民代表大会上作政府工作报告。本报记者 戴冰摄\n来源：北京日报 时间：2026-02-02\n"
                + "各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n";
        Draft draft = DraftReader.forFileName("a.txt").orElseThrow().read("a.txt", txt.getBytes(StandardCharsets.UTF_8));
        ResidueBlock block = new Recognition("auto").recognize(draft).ofType(ResidueBlock.class).get(0);
        assertThat(block.lastParagraph()).as("the caption and the byline are one paragraph").isEqualTo(1);
        assertThat(block.text()).isEqualTo("打印本页\n" + draft.blocks().get(1).text());
    }
}
