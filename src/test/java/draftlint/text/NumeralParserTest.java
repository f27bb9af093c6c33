package draftlint.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumeralParserTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "17, 17", "27.54, 27.54", "1.2万, 12000", "3亿, 300000000", "０８, 8",
            "四, 4", "十, 10", "十三, 13", "二十一, 21", "两, 2", "兩, 2", "一百零五, 105", "三千五百万, 35000000",
            "两万, 20000", "二〇二四, 2024", "二○○八, 2008", "九, 9", "零, 0", "四十一, 41"})
    void readsWholeNumeral(String text, double value) {
        NumeralParser.Numeral n = NumeralParser.read(text, 0);
        assertThat(n).isNotNull();
        assertThat(n.value()).isEqualTo(value);
        assertThat(n.end()).isEqualTo(text.length());
    }

    @Test
    void stopsAtTheMeasureWord() {
        NumeralParser.Numeral n = NumeralParser.read("新增学位1.2万个，", 4);
        assertThat(n.value()).isEqualTo(12000);
        assertThat(n.end()).isEqualTo(8);
        NumeralParser.Numeral pct = NumeralParser.read("27.54%压减", 0);
        assertThat(pct.value()).isEqualTo(27.54);
        assertThat(pct.end()).isEqualTo(5);
    }

    @Test
    void aFullStopAfterDigitsIsNotADecimalPoint() {
        NumeralParser.Numeral n = NumeralParser.read("21.深化", 0);
        assertThat(n.value()).isEqualTo(21);
        assertThat(n.end()).isEqualTo(2);
    }

    @Test
    void readsNothingWhereNoNumeralStarts() {
        assertThat(NumeralParser.read("大平台", 0)).isNull();
        assertThat(NumeralParser.read("万一", 0)).isNull();
        assertThat(NumeralParser.read("", 0)).isNull();
    }

    @Test
    void runsOfDigitsWithoutPlacesAreNotPositional() {
        // 一二 is no number; a run of three or more is a digit-by-digit reading (a year).
        assertThat(NumeralParser.read("一二", 0)).isNull();
        assertThat(NumeralParser.read("一九八五年", 0).value()).isEqualTo(1985);
    }
}
