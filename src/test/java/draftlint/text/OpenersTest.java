package draftlint.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenersTest {
    @Test
    void findsWhatFindFinds() {
        // Lookbehinds that look across the index tried, ^ that is the text's start only, $ at its
        // end, lookaheads, alternatives that open differently, and matches one after another.
        assertSame("(?<![A-Za-z])X{2,}(?![A-Za-z])", "XX", "aXX XX XXb XXX", "XXXX");
        assertSame("^(?:[一二三]+|\\d{1,3})[,:;]|(?:第[一二三\\d]+|[一二三]+是)[,:;]", "一二三第0123456789", "一,第二,一是;三,", "二:见", "说一是:");
        assertSame("(?<=[\\x{3400}-\\x{9FFF}])[(（][a-z]{1,7}[)）]", "(（", "强调(diào)和(he)", "(zi)开头");
        assertSame("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})月", "12", "12019年3月, 2019年3月 和 2020 年 12月");
        assertSame("(?:做好|抓好)(?:以下)?([三四五])项工作$", "做抓", "要抓好三项工作", "抓好四项工作，做好五项工作");
    }

    @Test
    void passesOverTextWithoutOpeners() {
        Matcher m = Pattern.compile("X+").matcher("没有记号的文字");
        assertThat(new Openers("X").find(m, "没有记号的文字", 0)).isFalse();
    }

    @Test
    void refusesNoOpeners() {
        assertThatThrownBy(() -> new Openers("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSame(String regex, String openers, String... texts) {
        Pattern pattern = Pattern.compile(regex);
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher plain = pattern.matcher(text);
            while (plain.find()) expected.add(plain.start() + "-" + plain.end() + " " + plain.group());
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            for (int at = 0; new Openers(openers).find(m, text, at); at = m.end()) found.add(m.start() + "-" + m.end() + " " + m.group());
            assertThat(found).as("%s in %s", regex, text).isEqualTo(expected);
        }
        // The cases must find something, or they would prove nothing.
        assertThat(List.of(texts).stream().anyMatch(t -> pattern.matcher(t).find())).as(regex).isTrue();
    }
}
