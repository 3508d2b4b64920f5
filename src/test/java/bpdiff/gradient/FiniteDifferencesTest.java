package bpdiff.gradient;

import static bpdiff.gradient.DjlAutogradTest.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.ReferenceCases;
import bpdiff.testing.SingleNeuron;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finite differences against PyTorch's float64 gradients, and the kink warning for ReLU. */
class FiniteDifferencesTest {

    /** The five-point stencil with h = 1e-3 is accurate to about 1e-12 here; 1e-9 is its documented bar. */
    private static final double TOLERANCE = 1e-9;

    static java.util.List<String> cases() {
        return PyTorchReference.pytorchCaseIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorchAtTheFirstFiveEpochs(String id) {
        JsonNode reference = PyTorchReference.pytorchCase("float64", id);
        NetworkSpec spec = ReferenceCases.spec(reference);
        FiniteDifferences numeric = new FiniteDifferences(spec);
        double[] weights = spec.initialWeights();
        for (int e = 0; e < 5 && e < reference.get("steps").size(); e++) {
            JsonNode expected = reference.get("steps").get(e);
            Evaluation evaluation = numeric.evaluate(weights);
            assertNull(evaluation.unreliable(), id + " should not straddle a kink");
            assertAllClose(PyTorchReference.weights(expected.get("gradient")), evaluation.gradient(), TOLERANCE,
                    id + " epoch " + (e + 1));
            weights = PyTorchReference.weights(expected.get("updated"));
        }
    }

    /** in_h1 = w1·0.5 + w3·0.3 is exactly 0 for w1 = −0.6, w3 = 1: ReLU's kink. */
    @Test
    void flagsStencilsThatStraddleTheReluKink() {
        double[] weights = {-0.6, -0.4, 1.0, 0.6, 0.1, -0.5, -0.3, 0.8};
        NetworkSpec spec = Networks.lecture().withActivation(Activation.RELU);
        Evaluation evaluation = new FiniteDifferences(spec).evaluate(weights);
        assertNotNull(evaluation.unreliable());
        assertTrue(evaluation.unreliable()[0], "w1 feeds in_h1");
        assertTrue(evaluation.unreliable()[2], "w3 feeds in_h1");
        assertFalse(evaluation.unreliable()[1], "w2 does not move in_h1 across 0");
    }

    /**
     * σ(40) = 1 − 4.2e-18 rounds to 1.0 and σ(−800) = 1/(1 + e^800) to 0.0 in double: the loss is a step at the
     * resolution of doubles there, so the stencil cannot referee, whatever the loss.
     */
    @Test
    void flagsStencilsOnASaturatedSigmoid() {
        for (double w1 : new double[] {40, -800}) {
            NetworkSpec spec = SingleNeuron.of(Activation.SIGMOID, LossFunction.HALF_SSE, w1, 0.5);
            Evaluation evaluation = new FiniteDifferences(spec).evaluate(spec.initialWeights());
            assertNotNull(evaluation.unreliable(), "w1 = " + w1);
            assertTrue(evaluation.unreliable()[0], "w1 = " + w1);
        }
        NetworkSpec live = SingleNeuron.of(Activation.SIGMOID, LossFunction.HALF_SSE, 3, 0.5);
        assertNull(new FiniteDifferences(live).evaluate(live.initialWeights()).unreliable(), "σ(3) = 0.95 is live");
    }
}
