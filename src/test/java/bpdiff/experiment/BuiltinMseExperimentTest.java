package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.ChainRule;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Precision;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.testing.PyTorchReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MSE variants against the hand ½Σ(o−y)², checked with the sources themselves (what
 * {@code bpdiff compare --loss …} runs) and with real PyTorch's gradients.
 */
class BuiltinMseExperimentTest {

    private static final NetworkSpec LECTURE = Networks.lecture();

    @Test
    void mseMeanGradientsAreTheHandHalfSseGradients() {
        double[] hand = new ChainRule(LECTURE).evaluate(LECTURE.initialWeights()).gradient();
        try (DjlAutograd mean = new DjlAutograd(LECTURE.withLoss(LossFunction.MSE_MEAN), Precision.FLOAT64)) {
            double[] autograd = mean.evaluate(LECTURE.initialWeights()).gradient();
            assertArrayEquals(hand, autograd, 1e-12);
            double[] pytorch = PyTorchReference.weights(PyTorchReference.pytorchCase("float64",
                    "sigmoid/mse-mean/given/lr1/e20").get("steps").get(0).get("gradient"));
            assertArrayEquals(pytorch, autograd, 1e-12, "PyTorch's MSELoss() gradient");
        }
    }

    /**
     * A power-of-two factor scales a binary floating-point gradient without rounding: exactly. The
     * factors follow from the losses' definitions (PyTorch's {@code MSELoss} reductions, DJL's {@code L2Loss}).
     */
    @ParameterizedTest(name = "{0} = {1} x half-sse")
    @CsvSource({"mse-per-output, 2", "djl-l2, 0.5", "mse-sum, 2", "mse-mean, 1"})
    void gradientsScaleExactly(String loss, double factor) {
        double[] weights = LECTURE.initialWeights();
        try (DjlAutograd half = new DjlAutograd(LECTURE, Precision.FLOAT64);
                DjlAutograd variant = new DjlAutograd(LECTURE.withLoss(LossFunction.parse(loss, "test")),
                        Precision.FLOAT64)) {
            double[] expected = half.evaluate(weights).gradient();
            double[] actual = variant.evaluate(weights).gradient();
            for (int p = 0; p < expected.length; p++) {
                assertEquals(factor * expected[p], actual[p], 0.0, loss + " w" + (p + 1));
            }
        }
        NetworkSpec variantSpec = LECTURE.withLoss(LossFunction.parse(loss, "test"));
        double[] handHalf = new ChainRule(LECTURE).evaluate(weights).gradient();
        double[] handVariant = new ChainRule(variantSpec).evaluate(weights).gradient();
        for (int p = 0; p < handHalf.length; p++) {
            assertEquals(factor * handHalf[p], handVariant[p], 0.0, loss + " by hand, w" + (p + 1));
        }
    }

    /** PyTorch's own gradients (tools/pytorch_reference.py) show the same factors, and the experiment agrees. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"mse-mean, 1", "mse-sum, 2", "mse-per-output, 2", "djl-l2, 0.5"})
    void pytorchShowsTheSameFactor(String loss, double factor) {
        double[] half = PyTorchReference.weights(PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100")
                .get("steps").get(0).get("gradient"));
        double[] variant = PyTorchReference.weights(PyTorchReference.pytorchCase("float64", "sigmoid/" + loss + "/given/lr1/e20")
                .get("steps").get(0).get("gradient"));
        for (int p = 0; p < half.length; p++) {
            assertEquals(factor * half[p], variant[p], 1e-15, loss + " w" + (p + 1));
        }
        ExperimentResult result = Runs.result("builtin-mse");
        assertEquals(factor, result.measured("factor-" + loss, "factor"), 0.0);
        assertEquals(factor, result.measured("factor-" + loss, "lossRatio"), 1e-12);
        assertTrue(result.finding("factor-" + loss).holds(), result.finding("factor-" + loss).toString());
    }
}
