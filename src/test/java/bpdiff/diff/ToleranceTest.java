package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tolerance rule and the float32 ULP distance, on values whose answers follow from IEEE 754. */
class ToleranceTest {

    @Test
    void agreesIsAbsolutePlusRelative() {
        assertTrue(Tolerance.FLOAT64.agrees(1.0 + 1e-10, 1.0), "1e-10 <= 1e-12 + 1e-10·1");
        assertFalse(Tolerance.FLOAT64.agrees(1.0 + 2e-10, 1.0));
        assertTrue(Tolerance.FLOAT64.agrees(1e-13, 0.0), "absolute part near zero");
        assertFalse(Tolerance.FLOAT64.agrees(Double.NaN, Double.NaN), "NaN agrees with nothing");
        assertTrue(Tolerance.FLOAT64.agrees(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void float32UlpsCountsRepresentableFloatsBetween() {
        assertEquals(0, Tolerance.float32Ulps(0.1, 0.1f), "0.1 rounds to the float 0.1f");
        assertEquals(1, Tolerance.float32Ulps(1.0, Math.nextUp(1.0f)));
        assertEquals(2, Tolerance.float32Ulps(Math.nextDown(0.0f), Math.nextUp(0.0f)), "across zero");
        assertEquals(Long.MAX_VALUE, Tolerance.float32Ulps(Double.NaN, 1));
    }

    @Test
    void theBoundaryItselfAgrees() {
        assertTrue(Tolerance.FLOAT64.agrees(0.0, 1e-12), "|0 - 1e-12| <= 1e-12 + 1e-10·1e-12");
        assertFalse(Tolerance.FLOAT64.agrees(0.0, 1.0001e-12 * 1.2), "just past it");
        assertTrue(Tolerance.FLOAT64.agrees(1e-12, 0.0), "exactly atol");
        assertFalse(Tolerance.FLOAT64.agrees(2e-12, 0.0));
        assertTrue(Tolerance.FLOAT64.agrees(-1.0 - 1e-10, -1.0), "relative to |expected|, also below zero");
    }

    @Test
    void nonFiniteNumbersAgreeOnlyWithTheSameInfinity() {
        assertFalse(Tolerance.FLOAT64.agrees(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertFalse(Tolerance.FLOAT64.agrees(1.0, Double.POSITIVE_INFINITY));
        assertFalse(Tolerance.FLOAT64.agrees(Double.POSITIVE_INFINITY, 1.0));
        assertFalse(Tolerance.FLOAT64.agrees(Double.NaN, 1.0));
        assertFalse(Tolerance.FLOAT64.agrees(1.0, Double.NaN));
    }

    @Test
    void eachComparisonHasItsTolerance() {
        assertEquals(1e-12, Tolerance.FLOAT64.absolute());
        assertEquals(1e-10, Tolerance.FLOAT64.relative());
        assertEquals(1e-6, Tolerance.FLOAT32.absolute());
        assertEquals(1e-4, Tolerance.FLOAT32.relative());
        assertEquals(1e-9, Tolerance.FINITE_DIFFERENCES.absolute());
        assertEquals(1e-6, Tolerance.FINITE_DIFFERENCES.relative());
        assertEquals(Tolerance.FLOAT64, Tolerance.forAutograd(bpdiff.gradient.Precision.FLOAT64));
        assertEquals(Tolerance.FLOAT32, Tolerance.forAutograd(bpdiff.gradient.Precision.FLOAT32));
        assertEquals(Tolerance.FINITE_DIFFERENCES, Tolerance.forNumeric(bpdiff.gradient.Precision.FLOAT64));
        assertEquals(Tolerance.FLOAT32, Tolerance.forNumeric(bpdiff.gradient.Precision.FLOAT32));
    }

    @Test
    void ulpsAreSymmetricAndCountNegativeFloats() {
        assertEquals(1, Tolerance.float32Ulps(Math.nextUp(1.0f), 1.0));
        assertEquals(1, Tolerance.float32Ulps(-1.0, Math.nextDown(-1.0f)), "below zero too");
        assertEquals(3, Tolerance.float32Ulps(-Float.MIN_VALUE, 2 * Float.MIN_VALUE), "-1 ulp to +2 ulps: 3 apart");
        assertEquals(Long.MAX_VALUE, Tolerance.float32Ulps(1, Double.NaN));
        assertEquals(0, Tolerance.float32Ulps(-0.0, 0.0), "-0 and +0 are the same float value");
    }
}
