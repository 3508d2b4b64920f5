package bpdiff.gradient;

import static bpdiff.gradient.DjlAutogradTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.SingleNeuron;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bce} at saturated outputs, where {@code torch.nn.BCELoss}'s clamps act, held to PyTorch
 * ({@code reference-results/pytorch/bce-saturation-*.json}, made by {@code tools/pytorch_reference.py}): o = 0 and
 * 1 exactly, o(1−o) just below and above the backward kernel's 1e-12f, both sigmoids, both dtypes.
 */
class BceSaturationTest {

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String dtype : List.of("float64", "float32")) {
            for (JsonNode c : PyTorchReference.read("reference-results/pytorch/bce-saturation-" + dtype + ".json")
                    .get("cases")) {
                all.add(Arguments.of(dtype, c.get("id").asText(), c));
            }
        }
        return all.stream();
    }

    private static NetworkSpec spec(JsonNode c) {
        return SingleNeuron.of(Activation.parse(c.get("activation").asText(), "reference"), LossFunction.BCE,
                c.get("w1").asDouble(), c.get("y").asDouble());
    }

    /** Autograd is PyTorch: loss, dL/dw1, dL/dout and the step, including NaN where PyTorch gives NaN. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void autogradIsPyTorch(String dtype, String id, JsonNode c) {
        NetworkSpec spec = spec(c);
        Precision precision = Precision.parse(dtype, "test");
        double tolerance = precision == Precision.FLOAT64 ? 1e-12 : 1e-6;
        try (DjlAutograd autograd = new DjlAutograd(spec, precision)) {
            Step step = autograd.step(spec.initialWeights(), 1.0, spec.trainable());
            Evaluation e = step.evaluation();
            assertClose(PyTorchReference.number(c.get("out")), e.forward().get(0).out()[0][0], tolerance, id + " out");
            assertClose(PyTorchReference.number(c.get("loss")), e.loss(), tolerance, id + " loss");
            assertClose(PyTorchReference.number(c.get("gradient")), e.gradient()[0], tolerance, id + " dL/dw1");
            assertClose(PyTorchReference.number(c.get("outGradient")), e.neuronGradient().get(0).out()[0][0], tolerance,
                    id + " dL/dout");
            assertClose(PyTorchReference.number(c.get("updated")), step.updated()[0], tolerance, id + " updated");
        }
    }

    /**
     * The hand chain rule (float64) is PyTorch's {@code torch.sigmoid} kernel with {@code BCELoss}: σ' = out(1 − out)
     * and the clamped denominator. For the op-by-op sigmoid it gives the same numbers, which is where it parts from
     * PyTorch's autograd through {@code 1/(1+exp(-z))} near 1 (out(1 − out) loses the digits that the division's
     * derivative keeps) and at out = 0 exactly (PyTorch: 0·∞ = NaN).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void handIsPyTorchsBuiltinSigmoidKernel(String dtype, String id, JsonNode c) {
        if (!dtype.equals("float64")) {
            return; // the hand side computes in double only
        }
        JsonNode builtin = builtinCase(c);
        Evaluation hand = HandDerivation.GENERAL.source(spec(c)).evaluate(spec(c).initialWeights());
        assertClose(PyTorchReference.number(builtin.get("loss")), hand.loss(), 1e-12, id + " loss");
        assertClose(PyTorchReference.number(builtin.get("gradient")), hand.gradient()[0], 1e-12, id + " dL/dw1");
        assertClose(PyTorchReference.number(builtin.get("outGradient")), hand.neuronGradient().get(0).out()[0][0], 1e-12,
                id + " dL/dout");
    }

    /** Finite differences either give PyTorch's gradient, within their tolerance, or say that they cannot referee. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void finiteDifferencesArePyTorchOrUnreliable(String dtype, String id, JsonNode c) {
        if (!dtype.equals("float64")) {
            return;
        }
        NetworkSpec spec = spec(c);
        Evaluation numeric = new FiniteDifferences(spec).evaluate(spec.initialWeights());
        double expected = PyTorchReference.number(c.get("gradient"));
        boolean unreliable = numeric.unreliable() != null && numeric.unreliable()[0];
        // within the referee's own tolerance (1e-9 + 1e-6·|g|): at w1 = 17, 20 the sigmoid is flat and the central
        // difference keeps fewer digits
        assertTrue(unreliable || bpdiff.diff.Tolerance.forNumeric(Precision.FLOAT64).agrees(numeric.gradient()[0],
                expected),
                id + ": numeric " + numeric.gradient()[0] + ", PyTorch " + expected);
        double out = PyTorchReference.number(c.get("out"));
        if ((1 - out) * out < 1e-12) {
            assertTrue(unreliable, id + ": the clamp is active, so the derivative is not PyTorch's gradient");
        }
    }

    private static JsonNode builtinCase(JsonNode c) {
        String id = c.get("id").asText().replaceFirst("^sigmoid/", "builtin-sigmoid/");
        for (JsonNode other : PyTorchReference.read("reference-results/pytorch/bce-saturation-float64.json").get("cases")) {
            if (other.get("id").asText().equals(id)) {
                return other;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The reference's two networks of issue 10 are what they say. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void referenceHasTheIssuesNumbers(String dtype, String id, JsonNode c) {
        if (dtype.equals("float64") && id.equals("sigmoid/w1=-30.0/y=1.0")) {
            assertEquals(-0.09357623006228764, c.get("gradient").asDouble());
            assertEquals(30.000000000000092, c.get("loss").asDouble());
        }
        if (id.equals("builtin-sigmoid/w1=40.0/y=0.3")) {
            assertEquals(70.0, c.get("loss").asDouble());
            assertEquals(0.0, c.get("gradient").asDouble());
        }
    }
}
