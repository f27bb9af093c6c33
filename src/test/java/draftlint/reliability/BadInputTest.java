package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input in {@code fixtures/bad-input/} and every generated one, checked in one run beside a
 * good draft: each gets what it must (a one-line reason naming it, or its findings), the run
 * exits 2, and the good draft is still checked.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a safety stop: a hang must fail, not stall the build
class BadInputTest {
    /** File name → the reason it is refused with (a part of it), or "" for a file that is read. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("empty.txt", "the file is empty");
        EXPECTED.put("only-whitespace.txt", "the file holds only white space");
        EXPECTED.put("binary-named.txt", "not a text file: it contains NUL bytes");
        EXPECTED.put("pdf-named.docx", "not a Word .docx file");
        EXPECTED.put("png-named.docx", "not a Word .docx file");
        EXPECTED.put("invalid-encoding.txt", "cannot decode the text: it is neither UTF-8 nor GB18030");
        EXPECTED.put("mixed-line-ends.txt", "");
        EXPECTED.put("utf16-bom.txt", "");
        EXPECTED.put("truncated.docx", "the file is damaged or not a Word document (Truncated ZIP file)");
        EXPECTED.put("xml-bomb.docx", "refused: the document's XML declares a DOCTYPE");
        EXPECTED.put("external-entity.docx", "refused: the document's XML declares a DOCTYPE");
        EXPECTED.put("nested-quotes.md", "");
        EXPECTED.put("nested-lists.md", "");
        EXPECTED.put("empty.doc", "the file is empty");
        EXPECTED.put("pdf-named.doc", "a PDF file, not a Word document");
        EXPECTED.put("rtf-named.doc", "an RTF file under a Word name");
        EXPECTED.put("html-named.doc", "a web page (HTML or MHT) saved under a Word name");
        EXPECTED.put("zip-named.wps", "a ZIP archive under a Word name, not a Word document");
        EXPECTED.put("text-named.wps", "not a Word document (neither Word's .doc format nor a .docx)");
        EXPECTED.put("xml-bomb-2003.doc", "refused: the Word XML declares a DOCTYPE");
        EXPECTED.put("truncated-2003-xml.doc", "the Word 2003 XML document is not well-formed");
        // generated
        EXPECTED.put("long-line.txt", "");
        EXPECTED.put("sixty-megabytes.txt", "refused: the file is 60 MB, above the limit of 50 MB (--max-size)");
        EXPECTED.put("zip-bomb.docx", "refused: a part of the document unpacks to far more than it is packed (a zip bomb?)");
        EXPECTED.put("password.docx", "the document is password-protected");
        EXPECTED.put("ten-thousand-tables.docx", "");
        EXPECTED.put("nested-tables.docx", "");
        EXPECTED.put("good.txt", "");
    }

    @TempDir
    static Path dir;
    private static CliRun run;
    private static Map<String, JsonNode> byName;

    @BeforeAll
    static void checkEveryBadInputInOneRun() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        GeneratedBadInputs.fill(inputs);
        GeneratedBadInputs.longLine(inputs.resolve("long-line.txt"));
        GeneratedBadInputs.tenThousandTables(inputs.resolve("ten-thousand-tables.docx"));
        GeneratedBadInputs.nestedTables(inputs.resolve("nested-tables.docx"));
        Files.writeString(inputs.resolve("good.txt"), "全市新增学位**个。\n");

        run = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", inputs.toString());
        byName = new HashMap<>();
        for (JsonNode file : run.json().get("files")) {
            byName.put(Path.of(file.get("path").asText()).getFileName().toString(), file);
        }
    }

    @Test
    void theSuiteCoversEveryFixtureAndNothingElse() throws IOException {
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void eachBadInputGetsItsReasonInOneLineNamingTheFile() {
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            JsonNode file = byName.get(e.getKey());
            if (e.getValue().isEmpty()) {
                assertThat(file.get("error").isNull()).as(e.getKey() + " is read: " + file.get("error")).isTrue();
            } else {
                assertThat(file.get("error").asText()).as(e.getKey()).startsWith(e.getValue());
                List<String> lines = run.err().lines().filter(l -> l.contains("/" + e.getKey() + ": ")).toList();
                assertThat(lines).as("stderr for " + e.getKey()).hasSize(1);
                assertThat(lines.get(0)).startsWith("draftlint: " + file.get("path").asText() + ": ")
                        .contains(e.getValue());
            }
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    }

    @Test
    void theRunExitsWithTwoAndTheGoodDraftIsStillChecked() {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(byName.get("good.txt").get("findings").findValuesAsText("rule")).containsExactly("placeholder.masked-figure");
        long refused = EXPECTED.values().stream().filter(v -> !v.isEmpty()).count();
        assertThat(run.json().at("/summary/failed").asInt()).isEqualTo(refused);
    }

    @Test
    void inputsThatAreReadAreReadRight() {
        // CR, CRLF and LF each end a line: the placeholder is on the fourth.
        assertThat(where("mixed-line-ends.txt", "placeholder.masked-figure", "line")).containsOnly(4);
        assertThat(byName.get("utf16-bom.txt").get("encoding").asText()).isEqualTo("UTF-16LE");
        assertThat(where("utf16-bom.txt", "placeholder.masked-figure", "line")).containsOnly(2);
        // The marker after 10,000 '>' or 10,000 "- " is found where it stands.
        assertThat(where("nested-quotes.md", "placeholder.todo-marker", "column")).containsExactly(10_006);
        assertThat(where("nested-lists.md", "placeholder.todo-marker", "column")).containsExactly(20_005);
        assertThat(where("long-line.txt", "placeholder.todo-marker", "line")).containsExactly(1);
        assertThat(where("ten-thousand-tables.docx", "placeholder.todo-marker", "line")).containsExactly(GeneratedBadInputs.TABLES);
        assertThat(where("nested-tables.docx", "placeholder.todo-marker", "line")).hasSize(1);
    }

    /** The {@code field} (line or column) of each finding of {@code rule} in the file named {@code name}. */
    private static List<Integer> where(String name, String rule, String field) {
        List<Integer> found = new java.util.ArrayList<>();
        for (JsonNode f : byName.get(name).get("findings")) {
            if (f.get("rule").asText().equals(rule)) found.add(f.get(field).asInt());
        }
        return found;
    }

    @Test
    void maxSizeIsTheUsersToSet() throws Exception {
        Path draft = dir.resolve("inputs/good.txt");
        CliRun small = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", "--max-size", "10", draft.toString());
        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.err().strip()).isEqualTo("draftlint: " + draft + ": refused: the file is 27 bytes, above the limit"
                + " of 10 bytes (--max-size); a draft is far smaller: is this the right file?");
        CliRun large = CliRun.of("check", "--lang", "en", "--no-cache", "--format", "json", "--max-size", "100MB",
                dir.resolve("inputs/sixty-megabytes.txt").toString());
        CliRun beyond = CliRun.of("check", "--no-cache", "--max-size", "3GB", draft.toString());
        assertThat(beyond.exit()).isEqualTo(2);
        assertThat(beyond.err()).startsWith("draftlint: Invalid value for option '--max-size': draftlint reads at most ");
        // Read now, and refused for what it is: 60 MB of NUL bytes.
        assertThat(large.json().at("/files/0/error").asText()).startsWith("not a text file");
    }
}
