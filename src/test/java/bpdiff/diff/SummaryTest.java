package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict rules of {@link Summary#of}, one test per rule, on epochs written out by hand: a parameter whose hand
 * and autograd gradients are 1.0 and 1.0 matches (float64 tolerance), 1.0 and 2.0 mismatches; the referee's value
 * decides {@code numericAgreesWith}.
 */
class SummaryTest {

    private static final Localisation SOMEWHERE = new Localisation(1, "out_h1", "hidden layer", 0.1, 0.2);

    /** Hand 1, autograd 1, numeric 1: everything agrees. */
    static ParameterDiff agreeing(String name) {
        return ParameterDiff.of(name, 1.0, 1.0, 1.0, true, 0.5, 0.5, Tolerance.FLOAT64, Tolerance.FINITE_DIFFERENCES);
    }

    /** Hand 1, autograd 2, and finite differences equal to {@code numeric}. */
    static ParameterDiff differing(String name, double numeric, boolean reliable) {
        return ParameterDiff.of(name, 1.0, 2.0, numeric, reliable, 0.0, -1.0, Tolerance.FLOAT64,
                Tolerance.FINITE_DIFFERENCES);
    }

    static StepDiff step(int epoch, ParameterDiff... parameters) {
        return new StepDiff(epoch, 0.25, 0.25, 0.25, List.of(), List.of(parameters), null);
    }

    @Test
    void everyEpochComparedAndAgreeingIsAMatch() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1")), step(2, agreeing("w1"))), 2, null, List.of(),
                List.of(), List.of("o1"));
        assertEquals(Verdict.MATCH, s.verdict());
        assertEquals(2, s.comparedEpochs());
        assertNull(s.firstMismatchEpoch());
        assertNull(s.wrongSide());
        assertNull(s.diverged());
        assertNull(s.localisation());
        assertEquals(List.of(), s.mismatched());
        assertEquals(List.of("o1"), s.saturated());
    }

    @Test
    void aMismatchNamesItsEpochParametersAndTheWrongSide() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"), agreeing("w2")),
                        step(2, differing("w1", 2.0, true), agreeing("w2")),
                        step(3, differing("w2", 2.0, true), differing("w1", 2.0, true))),
                3, SOMEWHERE, List.of(), List.of(), List.of());
        assertEquals(Verdict.MISMATCH, s.verdict());
        assertEquals(2, s.firstMismatchEpoch());
        assertEquals(List.of("w1", "w2"), s.mismatched(), "in order of first appearance, each once");
        assertEquals(WrongSide.MANUAL, s.wrongSide(), "numeric 2.0 agrees with autograd's 2.0");
        assertSame(SOMEWHERE, s.localisation());
        assertEquals(3, s.comparedEpochs());
        assertNull(s.diverged());
    }

    @Test
    void theRefereeDecidesWhichSideIsWrong() {
        assertEquals(WrongSide.AUTOGRAD, wrongSide(differing("w1", 1.0, true)), "numeric 1.0 is the hand's 1.0");
        assertEquals(WrongSide.UNDECIDED, wrongSide(differing("w1", 7.0, true)), "numeric 7.0 agrees with neither");
        assertEquals(WrongSide.UNDECIDED, wrongSide(differing("w1", 2.0, false)), "an unreliable stencil decides nothing");
        assertEquals(WrongSide.UNDECIDED, wrongSide(differing("w1", 2.0, true), differing("w2", 1.0, true)),
                "split: w1 sides with autograd, w2 with the hand side");
        assertEquals(WrongSide.MANUAL, wrongSide(differing("w1", 2.0, true), agreeingButRefereeDisagrees("w2")),
                "only mismatched parameters count");
        assertEquals(WrongSide.AUTOGRAD, wrongSide(differing("w1", 1.0, true), agreeingButRefereeDisagrees("w2")),
                "only mismatched parameters count");
    }

    /** Hand and autograd 1.0, finite differences 5.0: a match the referee does not share. */
    private static ParameterDiff agreeingButRefereeDisagrees(String name) {
        return ParameterDiff.of(name, 1.0, 1.0, 5.0, true, 0.5, 0.5, Tolerance.FLOAT64, Tolerance.FINITE_DIFFERENCES);
    }

    private static WrongSide wrongSide(ParameterDiff... parameters) {
        return Summary.of(List.of(step(1, parameters)), 1, null, List.of(), List.of(), List.of()).wrongSide();
    }

    @Test
    void bothNonFiniteAtEpochOneIsDivergedAndNotAPass() {
        Summary s = Summary.of(List.of(), 1, null,
                List.of(new NonFinite(Side.AUTOGRAD, 1, "loss"), new NonFinite(Side.MANUAL, 1, "gradient of w1")), List.of(),
                List.of());
        assertEquals(Verdict.DIVERGED, s.verdict());
        assertEquals(0, s.comparedEpochs());
        assertEquals(new Divergence(1, "loss", false), s.diverged(), "autograd's quantity: PyTorch's side");
        assertNull(s.firstMismatchEpoch());
        assertNull(s.wrongSide());
        assertEquals(2, s.nonFinite().size());
    }

    @Test
    void bothNonFiniteAtALaterEpochIsDivergedThere() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1")), step(2, agreeing("w1"))), 5, null,
                List.of(new NonFinite(Side.MANUAL, 3, "updated w1"), new NonFinite(Side.AUTOGRAD, 3, "updated w1"),
                        new NonFinite(Side.NUMERIC, 2, "loss")),
                List.of(), List.of());
        assertEquals(Verdict.DIVERGED, s.verdict());
        assertEquals(2, s.comparedEpochs());
        assertEquals(new Divergence(3, "updated w1", false), s.diverged());
    }

    @Test
    void bothOutputsLeavingTheDomainTogetherIsDivergedByDomain() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 4, null, List.of(),
                List.of(new OutOfDomain(Side.AUTOGRAD, 2, "out_o1 = 1.5 (sample 1)"),
                        new OutOfDomain(Side.MANUAL, 2, "out_o1 = 1.5 (sample 1)")),
                List.of());
        assertEquals(Verdict.DIVERGED, s.verdict());
        assertEquals(new Divergence(2, "out_o1 = 1.5 (sample 1)", true), s.diverged());
        assertEquals(2, s.outOfDomain().size());
    }

    @Test
    void anEarlierNonFiniteValueIsTheStopEvenWithALaterDomainExit() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 4, null,
                List.of(new NonFinite(Side.AUTOGRAD, 2, "loss")),
                List.of(new OutOfDomain(Side.AUTOGRAD, 3, "out_o1 = 2 (sample 1)"),
                        new OutOfDomain(Side.MANUAL, 2, "out_o1 = 2 (sample 1)")),
                List.of());
        assertEquals(new Divergence(2, "loss", false), s.diverged());
    }

    @Test
    void atTheSameEpochTheDomainIsTheCauseNamed() {
        List<NonFinite> nan = List.of(new NonFinite(Side.MANUAL, 2, "loss"), new NonFinite(Side.AUTOGRAD, 2, "loss"));
        List<OutOfDomain> outside = List.of(new OutOfDomain(Side.MANUAL, 2, "out_o1 = 3 (sample 1)"),
                new OutOfDomain(Side.AUTOGRAD, 2, "out_o1 = 3 (sample 1)"));
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 2, null, nan, outside, List.of());
        assertEquals(new Divergence(2, "out_o1 = 3 (sample 1)", true), s.diverged());
    }

    @Test
    void oneSideStoppingAloneIsAMismatchFromThatEpoch() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 3, SOMEWHERE,
                List.of(new NonFinite(Side.AUTOGRAD, 2, "gradient of w1")), List.of(), List.of());
        assertEquals(Verdict.MISMATCH, s.verdict());
        assertEquals(2, s.firstMismatchEpoch());
        assertEquals(WrongSide.UNDECIDED, s.wrongSide());
        assertEquals(1, s.comparedEpochs());
        assertEquals(List.of(), s.mismatched());
        assertNull(s.diverged());
        Summary domain = Summary.of(List.of(), 1, null, List.of(),
                List.of(new OutOfDomain(Side.MANUAL, 1, "out_o1 = -0.5 (sample 1)")), List.of());
        assertEquals(Verdict.MISMATCH, domain.verdict());
        assertEquals(1, domain.firstMismatchEpoch());
    }

    @Test
    void bothSidesStoppingAtDifferentEpochsIsAMismatch() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 3, null,
                List.of(new NonFinite(Side.MANUAL, 2, "loss"), new NonFinite(Side.AUTOGRAD, 3, "loss")), List.of(), List.of());
        assertEquals(Verdict.MISMATCH, s.verdict());
        assertEquals(2, s.firstMismatchEpoch());
    }

    @Test
    void epochsLeftUncomparedAreNeverAPass() {
        Summary none = Summary.of(List.of(), 1, null, List.of(), List.of(), List.of());
        assertEquals(Verdict.MISMATCH, none.verdict(), "nothing compared, nothing passes");
        assertEquals(1, none.firstMismatchEpoch());
        Summary some = Summary.of(List.of(step(1, agreeing("w1"))), 2, null, List.of(new NonFinite(Side.NUMERIC, 1, "loss")),
                List.of(), List.of());
        assertEquals(Verdict.MISMATCH, some.verdict());
        assertEquals(2, some.firstMismatchEpoch());
    }

    @Test
    void finiteDifferencesStoppingAloneDoNotChangeAMatch() {
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 1, null, List.of(new NonFinite(Side.NUMERIC, 1, "loss")),
                List.of(), List.of());
        assertEquals(Verdict.MATCH, s.verdict());
    }

    @Test
    void aMismatchBeforeAStopIsStillAMismatchWithItsReferee() {
        Summary s = Summary.of(List.of(step(1, differing("w1", 1.0, true))), 3, null,
                List.of(new NonFinite(Side.MANUAL, 2, "loss"), new NonFinite(Side.AUTOGRAD, 2, "loss")), List.of(), List.of());
        assertEquals(Verdict.MISMATCH, s.verdict());
        assertEquals(1, s.firstMismatchEpoch());
        assertEquals(WrongSide.AUTOGRAD, s.wrongSide());
        assertNull(s.diverged());
    }

    @Test
    void theListsAreCopies() {
        List<NonFinite> nonFinite = new ArrayList<>(List.of(new NonFinite(Side.NUMERIC, 1, "loss")));
        List<OutOfDomain> outOfDomain = new ArrayList<>();
        List<String> saturated = new ArrayList<>(List.of("o1"));
        Summary s = Summary.of(List.of(step(1, agreeing("w1"))), 1, null, nonFinite, outOfDomain, saturated);
        nonFinite.clear();
        outOfDomain.add(new OutOfDomain(Side.MANUAL, 1, "x"));
        saturated.clear();
        assertEquals(1, s.nonFinite().size());
        assertTrue(s.outOfDomain().isEmpty());
        assertEquals(List.of("o1"), s.saturated());
        assertThrows(UnsupportedOperationException.class, () -> s.mismatched().add("w9"));
        assertFalse(s.nonFinite().isEmpty());
    }
}
