package draftlint.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    @Test
    void findsTheSentenceAroundAnOffset() {
        String text = "2023年，我们完成了任务；今年5月29日召开大会！明年呢?再议";
        int may = text.indexOf("5月");
        assertThat(text.substring(Sentences.start(text, may), Sentences.end(text, may))).isEqualTo("2023年，我们完成了任务；今年5月29日召开大会"); // a semicolon ends no sentence
        int next = text.indexOf("明年");
        assertThat(text.substring(Sentences.start(text, next), Sentences.end(text, next))).isEqualTo("明年呢");
        assertThat(text.substring(Sentences.start(text, text.length()), Sentences.end(text, text.length()))).isEqualTo("再议");
    }
}
