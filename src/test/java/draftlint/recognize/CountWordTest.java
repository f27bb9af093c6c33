package draftlint.recognize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountWordTest {
    @ParameterizedTest
    @CsvSource({"四,4", "两,2", "兩,2", "十,10", "十二,12", "二十,20", "二十一,21", "一百零五,105", "3,3", "12,12", "１２,12",
            "二三,-1", "点,-1", "'',-1"})
    void readsCounts(String word, int expected) {
        assertThat(CountWord.parse(word)).isEqualTo(expected);
    }
}
