package draftlint.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static draftlint.testing.ReasonAssert.assertThatReason;

class TextDecoderTest {
    private static final String DRAFT = "关于做好2024年教育工作的通知\n各学校：现将有关事项通知如下。\n";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8() throws Exception {
        DecodedText text = decoder.decode(DRAFT.getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo(DRAFT);
        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.byteOrderMark()).isFalse();
    }

    @Test
    void readsGb18030AsSavedByChineseWindows() throws Exception {
        DecodedText text = decoder.decode(DRAFT.getBytes(Charset.forName("GB18030")));
        assertThat(text.text()).isEqualTo(DRAFT);
        assertThat(text.encoding()).isEqualTo("GB18030");
    }

    @Test
    void readsUtf8WithByteOrderMarkWithoutTheMark() throws Exception {
        byte[] body = DRAFT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText text = decoder.decode(bytes);
        assertThat(text.text()).isEqualTo(DRAFT);
        assertThat(text.byteOrderMark()).isTrue();
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] body = DRAFT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decoder.decode(bytes).text()).isEqualTo(DRAFT);
        assertThat(decoder.decode(bytes).encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void refusesBinaryFilesWithAReason() {
        assertThatReason(() -> decoder.decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains("PDF");
        assertThatReason(() -> decoder.decode(new byte[]{'a', 0, 'b', 0, 0, 1})).contains("NUL");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) 0xFF;
        assertThatReason(() -> decoder.decode(bytes)).contains("neither UTF-8 nor GB18030");
    }
}
