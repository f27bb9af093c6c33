package draftlint.recognize;

import draftlint.fact.Finding;
import draftlint.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "text before it was cut" hint of numbering.enumeration-gap, on seed 000 with the residue of
 * line 49 given by hand: the fixtures cannot show it until the residue family recognizes that line.
 */
class EnumerationAfterCutTest {

    @Test
    void theGapAfterTheCutSaysTheTextWasCut() throws Exception {
        Facts facts = EnumerationRecognizerTest.seed000WithItsCut();
        KieSession session = TestRules.book().kieBase().newKieSession();
        List<Finding> gaps;
        try {
            facts.all().forEach(session::insert);
            session.fireAllRules(match -> match.getRule().getName().equals("numbering.enumeration-gap"));
            gaps = session.getObjects(o -> o instanceof Finding).stream().map(o -> (Finding) o).toList();
        } finally {
            session.dispose();
        }
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).getSpan()).hasToString("50:131-50:133");
        assertThat(gaps.get(0).getArgs()).containsEntry("cause", new Finding.Term("numbering.after-cut"))
                .containsEntry("missing", "一是");
    }
}
