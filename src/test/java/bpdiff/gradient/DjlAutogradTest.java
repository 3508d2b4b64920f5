package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.NetworkSpec;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.ReferenceCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DJL autograd against real PyTorch: every case of {@code reference-results/pytorch/} (made by
 * {@code tools/pytorch_reference.py} with torch's scalar tensors, as in homework 3), in both dtypes, every
 * epoch: forward values, loss, gradients, neuron gradients and the updated weights.
 */
class DjlAutogradTest {

    /** float64: both sides round the same few operations; 1e-12 is the bar for agreement. */
    private static final double FLOAT64_ABS = 1e-12;
    /** float32: the bar for DJL against PyTorch float32. */
    private static final double FLOAT32_ABS = 1e-6;

    static Stream<Arguments> cases() {
        return Stream.of("float64", "float32")
                .flatMap(dtype -> PyTorchReference.pytorchCaseIds().stream().map(id -> Arguments.of(dtype, id)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesPyTorchAtEveryEpoch(String dtype, String id) {
        JsonNode reference = PyTorchReference.pytorchCase(dtype, id);
        NetworkSpec spec = ReferenceCases.spec(reference);
        Precision precision = Precision.parse(dtype, "test");
        double tolerance = precision == Precision.FLOAT64 ? FLOAT64_ABS : FLOAT32_ABS;
        try (DjlAutograd autograd = new DjlAutograd(spec, precision)) {
            double[] weights = spec.initialWeights();
            for (JsonNode expected : reference.get("steps")) {
                int epoch = expected.get("epoch").asInt();
                Step step = autograd.step(weights, spec.learningRate(), spec.trainable());
                Evaluation e = step.evaluation();
                String where = id + " " + dtype + " epoch " + epoch;
                assertClose(PyTorchReference.number(expected.get("loss")), e.loss(), tolerance, where + " loss");
                assertAllClose(PyTorchReference.weights(expected.get("gradient")), e.gradient(), tolerance,
                        where + " gradient");
                assertAllClose(PyTorchReference.weights(expected.get("updated")), step.updated(), tolerance,
                        where + " updated");
                assertNeurons(expected.get("forward"), e.forward(), tolerance, where + " forward");
                assertNeurons(expected.get("neuronGradient"), e.neuronGradient(), tolerance, where + " dL/dneuron");
                weights = step.updated();
            }
        }
    }

    private static void assertNeurons(JsonNode expected, List<NeuronValues> actual, double tolerance, String where) {
        String[] names = {"h1", "h2", "o1", "o2"};
        NeuronValues values = actual.get(0);
        for (int n = 0; n < names.length; n++) {
            int layer = n / 2;
            int j = n % 2;
            assertClose(PyTorchReference.number(expected.get("in_" + names[n])), values.in()[layer][j], tolerance,
                    where + " in_" + names[n]);
            assertClose(PyTorchReference.number(expected.get("out_" + names[n])), values.out()[layer][j], tolerance,
                    where + " out_" + names[n]);
        }
    }

    static void assertAllClose(double[] expected, double[] actual, double tolerance, String where) {
        assertEquals(expected.length, actual.length, where);
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], tolerance, where + " w" + (i + 1));
        }
    }

    static void assertClose(double expected, double actual, double tolerance, String where) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), where + ": expected NaN, got " + actual);
            return;
        }
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                where + ": expected " + expected + ", got " + actual + " (|diff| " + Math.abs(expected - actual)
                        + " > " + tolerance * scale + ")");
    }
}
