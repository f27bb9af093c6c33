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

    /** A count is a whole word, positional: what CountWord read, with 千 and ○ now known. */
    @ParameterizedTest(name = "count {0} = {1}")
    @CsvSource({"四,4", "两,2", "兩,2", "十,10", "十一,11", "十二,12", "二十,20", "二十一,21", "一百零五,105", "一百〇五,105",
            "千,1000", "三千零二十,3020", "零,0", "〇,0", "○,0", "3,3", "12,12", "１２,12"})
    void readsCounts(String word, int expected) {
        assertThat(NumeralParser.count(word)).hasValue(expected);
    }

    /** None is empty, not -1 or 0: 二〇 is the start of a year, not a count; 二三 two digits. */
    @ParameterizedTest(name = "no count in \"{0}\"")
    @CsvSource({"二〇", "二○", "二零", "二三", "〇五", "点", "''", "1234567", "三万"})
    void readsNoCount(String word) {
        assertThat(NumeralParser.count(word)).isEmpty();
    }

    /** The same chars as a figure: 二〇 is 20 (a year's first half), 〇, ○ and 零 are all zero digits. */
    @Test
    void readsTheDisagreementsAsAFigure() {
        assertThat(NumeralParser.read("二〇", 0).value()).isEqualTo(20);
        assertThat(NumeralParser.read("二〇二四年", 0).value()).isEqualTo(2024);
        assertThat(NumeralParser.read("二○二四年", 0).value()).isEqualTo(2024);
        assertThat(NumeralParser.read("二零二四年", 0).value()).isEqualTo(2024);
        assertThat(NumeralParser.read("三千", 0).value()).isEqualTo(3000);
        assertThat(NumeralParser.read("两", 0).value()).isEqualTo(2);
        assertThat(NumeralParser.read("一百零五", 0).value()).isEqualTo(105);
    }

    @ParameterizedTest(name = "ordinal {0} = {1}")
    @CsvSource({"一,1", "十,10", "十一,11", "二十,20", "二十一,21", "九十九,99", "3,3", "１２,12", "①,1", "⑳,20"})
    void readsOrdinals(String written, int expected) {
        assertThat(NumeralParser.ordinal(written)).hasValue(expected);
    }

    /** No ordinal is 0 or 两 (nobody writes 第两 or 〇、), and only up to 九十九 in Chinese numerals. */
    @ParameterizedTest(name = "no ordinal in \"{0}\"")
    @CsvSource({"〇", "零", "○", "两", "十十", "二二", "一百", "二〇", "十〇", "1a", "''"})
    void readsNoOrdinal(String written) {
        assertThat(NumeralParser.ordinal(written)).isEmpty();
    }
}
