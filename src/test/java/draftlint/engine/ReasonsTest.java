package draftlint.engine;

import draftlint.read.Reason;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static draftlint.testing.ReasonAssert.ENGLISH_SENTENCE;
import static draftlint.testing.ReasonAssert.HAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason a file could not be checked has a template in both languages with the same slots,
 * and every key the code throws is one of them: a key missing from a table would reach the user
 * as the bare key.
 */
class ReasonsTest {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    /** {@code Reason.of("key"}, and the keys TextDecoder names binary files with. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("Reason\\.of\\(\"([a-z0-9-]+)\"|return \"(text-is-[a-z0-9-]+)\"|\\? \"(empty)\" : \"(blank)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndSlots() {
        assertThat(Reasons.keys(Language.ZH)).isNotEmpty().isEqualTo(Reasons.keys(Language.EN));
        for (String key : Reasons.keys(Language.EN)) {
            Reason probe = Reason.of(key);
            // The Chinese words may leave out the library's English detail (a writer cannot act on it), nothing else.
            Set<String> zh = slots(new MessageTemplate("reasons", Language.ZH).template(key));
            Set<String> en = slots(new MessageTemplate("reasons", Language.EN).template(key));
            assertThat(en).as(key).containsAll(zh);
            Set<String> left = new TreeSet<>(en);
            left.removeAll(zh);
            assertThat(left).as(key).isSubsetOf("detail");
            assertThat(Reasons.text(probe, Language.EN)).as(key).doesNotContainPattern(HAN).doesNotContain("\n");
        }
    }

    @Test
    void chineseReasonsAreChineseSaveForTheLibrarysOwnWords() {
        for (String key : Reasons.keys(Language.ZH)) {
            String zh = Reasons.text(Reason.of(key, "detail", "x", "rule", "r", "budget", "5 s", "size", "60 MB",
                    "limit", "50 MB", "part", "/word/styles.xml", "mb", 100, "encoding", "UTF-8", "count", 9, "rule", "r",
                    "path", "/x", "method", "PUT", "allowed", "POST", "field", "f", "lang", "fr", "name", "a.txt",
                    "kinds", "notice", "reason", "文件是空的", "port", 70000, "address", "127.0.0.1:8017", "why", "端口已被占用"), Language.ZH);
            assertThat(zh).as(key).containsPattern(HAN).doesNotContainPattern(ENGLISH_SENTENCE).doesNotContain("{");
        }
    }

    @Test
    void everyKeyTheCodeThrowsHasItsWords() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TestRules.REPO.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) used.add(m.group(g));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(Reasons.keys(Language.ZH)).containsAll(used);
        assertThat(Reasons.keys(Language.EN)).containsAll(used);
    }

    @Test
    void argumentsFillTheirSlotsInEitherLanguage() {
        Reason tooLarge = Reason.of("too-large", "size", "60 MB", "limit", "50 MB");
        assertThat(Reasons.text(tooLarge, Language.EN))
                .isEqualTo("refused: the file is 60 MB, above the limit of 50 MB (--max-size); a draft is far smaller: is this the right file?");
        assertThat(Reasons.text(tooLarge, Language.ZH)).contains("60 MB").contains("50 MB").contains("--max-size");
        // The library's English detail is for the maintainers: shown in English, left out of Chinese.
        Reason damaged = Reason.of("damaged-or-not-word", "detail", "Truncated ZIP file");
        assertThat(Reasons.text(damaged, Language.EN)).endsWith("(Truncated ZIP file)");
        assertThat(Reasons.text(damaged, Language.ZH)).doesNotContain("Truncated").contains("另存为 .docx");
        // A key without words shows as itself, never as an empty reason.
        assertThat(Reasons.text(Reason.of("no-such-key"), Language.ZH)).isEqualTo("no-such-key");
    }

    private static Set<String> slots(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) names.add(m.group(1));
        return names;
    }
}
