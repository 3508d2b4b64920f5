package bpdiff.diff;

import static bpdiff.diff.SummaryTest.agreeing;
import static bpdiff.diff.SummaryTest.differing;
import static bpdiff.diff.SummaryTest.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link Tally} remembers of streamed epochs, on epochs written out by hand (as in {@link SummaryTest}): the
 * referee's record over every parameter of every epoch, the first mismatch of each parameter, the count.
 */
class TallyTest {

    /** Hand 1, autograd 1, finite differences 1 but not to be trusted (a kink). */
    private static ParameterDiff unrefereed(String name) {
        return ParameterDiff.of(name, 1.0, 1.0, 1.0, false, 0.5, 0.5, Tolerance.FLOAT64, Tolerance.FINITE_DIFFERENCES);
    }

    /** Hand 1, autograd 1, finite differences 5: the referee sides with neither. */
    private static ParameterDiff refereeDisagrees(String name) {
        return ParameterDiff.of(name, 1.0, 1.0, 5.0, true, 0.5, 0.5, Tolerance.FLOAT64, Tolerance.FINITE_DIFFERENCES);
    }

    private static Tally of(StepDiff... steps) {
        Tally tally = new Tally();
        for (StepDiff s : steps) {
            tally.add(s);
        }
        return tally;
    }

    @Test
    void nothingCountedHasNeverBeenRefereed() {
        Tally tally = new Tally();
        assertEquals(0, tally.compared());
        assertTrue(tally.refereeNeverReliable());
        assertTrue(tally.refereeAlwaysAgreed());
    }

    @Test
    void aRefereeThatAgreedEverywhereWasReliableAndAlwaysAgreed() {
        Tally tally = of(step(1, agreeing("w1"), agreeing("w2")), step(2, agreeing("w1"), agreeing("w2")));
        assertEquals(2, tally.compared());
        assertFalse(tally.refereeNeverReliable());
        assertTrue(tally.refereeAlwaysAgreed());
        assertTrue(tally.firstMismatches().isEmpty());
    }

    @Test
    void aRefereeUnreliableEverywhereWasNeverReliableAndNeverContradicted() {
        Tally tally = of(step(1, unrefereed("w1"), unrefereed("w2")), step(2, unrefereed("w1"), unrefereed("w2")));
        assertTrue(tally.refereeNeverReliable());
        assertTrue(tally.refereeAlwaysAgreed(), "unreliable is not a disagreement");
    }

    @Test
    void oneReliableParameterAtOneEpochIsEnoughToHaveBeenReliable() {
        assertFalse(of(step(1, unrefereed("w1"), unrefereed("w2")), step(2, unrefereed("w1"), agreeing("w2")))
                .refereeNeverReliable());
        assertFalse(of(step(1, agreeing("w1"), unrefereed("w2")), step(2, unrefereed("w1"), unrefereed("w2")))
                .refereeNeverReliable());
    }

    @Test
    void oneDisagreementAnywhereMeansTheRefereeDidNotAlwaysAgree() {
        assertFalse(of(step(1, agreeing("w1"), agreeing("w2")), step(2, agreeing("w1"), refereeDisagrees("w2")))
                .refereeAlwaysAgreed());
        assertFalse(of(step(1, refereeDisagrees("w1"), unrefereed("w2")), step(2, agreeing("w1"), agreeing("w2")))
                .refereeAlwaysAgreed());
        Tally oneSided = of(step(1, differing("w1", 2.0, true)));
        assertEquals(NumericAgreement.AUTOGRAD, oneSided.firstMismatches().get("w1").diff().numericSidesWith());
        assertFalse(oneSided.refereeAlwaysAgreed(), "siding with one side is not agreeing with both");
        assertFalse(oneSided.refereeNeverReliable());
    }

    @Test
    void theRefereesValuesAreCountedOnePerParameterAndEpoch() {
        Tally tally = of(step(1, unrefereed("w1"), agreeing("w2"), refereeDisagrees("w3")),
                step(2, agreeing("w1"), agreeing("w2"), unrefereed("w3")));
        assertEquals(4, tally.refereed());
        assertEquals(1, tally.refereeDisagreed());
        assertEquals(2, tally.unrefereed());
    }

    @Test
    void eachParametersFirstMismatchIsKept() {
        Tally tally = of(step(1, agreeing("w1"), differing("w2", 2.0, true)),
                step(2, differing("w1", 2.0, true), differing("w2", 1.0, true)));
        assertEquals(List.of("w2", "w1"), List.copyOf(tally.firstMismatches().keySet()));
        assertEquals(1, tally.firstMismatches().get("w2").epoch());
        assertEquals(NumericAgreement.AUTOGRAD, tally.firstMismatches().get("w2").diff().numericSidesWith());
        assertEquals(2, tally.firstMismatches().get("w1").epoch());
    }
}
