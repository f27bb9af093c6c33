package draftlint.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's order of a file's findings: line, then column, then rule; where they end only after that. */
class FindingOrderTest {
    private record Place(int line, int column, String rule) {
    }

    private static final Comparator<Place> CONTRACT = Comparator.comparingInt(Place::line)
            .thenComparingInt(Place::column).thenComparing(Place::rule);

    @Test
    void everySeedsFindingsComeInTheContractsOrder() {
        JsonNode files = CliRun.of("check", "--format", "json", "--fail-on", "never", "fixtures/seeds").json().get("files");
        assertThat(files.size()).isGreaterThan(4);
        for (JsonNode file : files) {
            List<Place> places = new ArrayList<>();
            for (JsonNode f : file.get("findings")) {
                places.add(new Place(f.get("line").asInt(), f.get("column").asInt(), f.get("rule").asText()));
            }
            assertThat(places).as(file.get("path").asText()).isSortedAccordingTo(CONTRACT);
        }
    }

    /** Issue 15: at 1:1 of seed 004, a whole-document finding (empty span) came before a longer one of an earlier rule. */
    @Test
    void atOnePlaceTheRuleDecidesBeforeTheEnd() {
        JsonNode findings = CliRun.of("check", "--format", "json", "--fail-on", "never",
                "fixtures/seeds/004_c2e12dd4b2cf7251.txt").json().get("files").get(0).get("findings");
        List<String> atStart = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.get("line").asInt() == 1 && f.get("column").asInt() == 1) atStart.add(f.get("rule").asText());
        }
        assertThat(atStart).contains("residue.web-page-text").isSorted();
    }
}
