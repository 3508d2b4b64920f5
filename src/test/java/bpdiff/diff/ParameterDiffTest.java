package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One parameter's comparison, on numbers whose errors are worked out in the comments. */
class ParameterDiffTest {

    private static ParameterDiff of(double manual, double autograd, double numeric, boolean reliable, double updatedManual,
            double updatedAutograd) {
        return ParameterDiff.of("w1", manual, autograd, numeric, reliable, updatedManual, updatedAutograd,
                Tolerance.FLOAT64, Tolerance.FINITE_DIFFERENCES);
    }

    @Test
    void errorsAreAbsoluteAndRelativeToAutograd() {
        // |0.75 - 0.5| = 0.25; 0.25 / |0.5| = 0.5
        ParameterDiff p = of(0.75, 0.5, 0.5, true, 0, 0);
        assertEquals("w1", p.name());
        assertEquals(0.25, p.absError());
        assertEquals(0.5, p.relError());
        assertEquals(0.75, p.gradientManual());
        assertEquals(0.5, p.gradientAutograd());
        assertEquals(0.5, p.gradientNumeric());
        // |-0.75 - 0.5| = 1.25 (the sign matters), relative 2.5
        assertEquals(1.25, of(-0.75, 0.5, 0.5, true, 0, 0).absError());
        assertEquals(2.5, of(-0.75, 0.5, 0.5, true, 0, 0).relError());
        assertEquals(2.5, of(0.5, -0.75, 0.5, true, 0, 0).absError() * 2, "|0.5 - (-0.75)| = 1.25");
        assertEquals(0.0, of(0.0, 0.0, 0.0, true, 0, 0).relError(), "both 0: no error at all");
        assertEquals(Double.POSITIVE_INFINITY, of(1e-3, 0.0, 0.0, true, 0, 0).relError(), "autograd 0, hand not");
    }

    @Test
    void aMatchNeedsTheGradientAndTheUpdatedWeight() {
        assertEquals(Verdict.MATCH, of(1.0, 1.0, 1.0, true, 0.3, 0.3).verdict());
        assertEquals(Verdict.MISMATCH, of(1.0, 1.0 + 1e-9, 1.0, true, 0.3, 0.3).verdict(), "gradients 1e-9 apart");
        assertEquals(Verdict.MISMATCH, of(1.0, 1.0, 1.0, true, 0.3, 0.3 + 1e-9).verdict(), "weights 1e-9 apart");
        assertEquals(0.3, of(1.0, 1.0, 1.0, true, 0.3, 0.4).updatedManual());
        assertEquals(0.4, of(1.0, 1.0, 1.0, true, 0.3, 0.4).updatedAutograd());
    }

    @Test
    void theRefereeUsesItsOwnLooserTolerance() {
        // finite differences 1e-10 away from both: within 1e-9, so they agree with both
        assertEquals(NumericAgreement.BOTH, of(1.0, 1.0, 1.0 + 1e-10, true, 0, 0).numericSidesWith());
        assertEquals(NumericAgreement.MANUAL, of(1.0, 2.0, 1.0, true, 0, 0).numericSidesWith());
        assertEquals(NumericAgreement.AUTOGRAD, of(1.0, 2.0, 2.0, true, 0, 0).numericSidesWith());
        assertEquals(NumericAgreement.NEITHER, of(1.0, 2.0, 3.0, true, 0, 0).numericSidesWith());
        assertEquals(NumericAgreement.UNRELIABLE, of(1.0, 2.0, 2.0, false, 0, 0).numericSidesWith());
    }

    @Test
    void ulpsAreCountedInFloat32() {
        assertEquals(1, of(1.0, Math.nextUp(1.0f), 1.0, true, 0, 0).ulpsFloat32());
        assertEquals(Long.MAX_VALUE, of(Double.NaN, 1.0, 1.0, true, 0, 0).ulpsFloat32());
    }
}
