package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import org.junit.jupiter.api.Test;

/**
 * 100,000 DJL training steps keep the number of live native arrays constant: every step's arrays are
 * closed with its scope. (The resident-memory figure over 1,000,000 steps lives in {@code make bench}.)
 */
class LongRunTest {

    private static final int STEPS = 100_000;

    @Test
    void liveNativeArraysDoNotGrowOverHundredThousandSteps() {
        NetworkSpec spec = Networks.lecture();
        try (DjlAutograd autograd = new DjlAutograd(spec, Precision.FLOAT64, false)) {
            double[] weights = spec.initialWeights();
            weights = autograd.step(weights, 1.0, spec.trainable()).updated();
            int afterFirstStep = autograd.liveArrays();
            for (int n = 1; n < STEPS; n++) {
                weights = autograd.step(weights, 1.0, spec.trainable()).updated();
            }
            assertEquals(afterFirstStep, autograd.liveArrays(), "live native arrays after " + STEPS + " steps");
            for (double w : weights) {
                assertTrue(Double.isFinite(w));
            }
        }
    }
}
