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
}
