package bpdiff.gradient;

import static bpdiff.gradient.DjlAutogradTest.assertAllClose;
import static bpdiff.gradient.DjlAutogradTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.ReferenceCases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general hand chain rule against outside truth: real PyTorch in float64 for every activation and
 * loss of the reference file, and the published numbers of a well-known worked example.
 */
class ChainRuleTest {

    /** Both compute in double; the reference's own rounding differs by a few ulps at most. */
    private static final double TOLERANCE = 1e-12;

    static java.util.List<String> cases() {
        return PyTorchReference.pytorchCaseIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorchFloat64AtEveryEpoch(String id) {
        JsonNode reference = PyTorchReference.pytorchCase("float64", id);
        NetworkSpec spec = ReferenceCases.spec(reference);
        ChainRule chainRule = new ChainRule(spec);
        double[] weights = spec.initialWeights();
        for (JsonNode expected : reference.get("steps")) {
            String where = id + " epoch " + expected.get("epoch").asInt();
            Step step = chainRule.step(weights, spec.learningRate(), spec.trainable());
            assertClose(PyTorchReference.number(expected.get("loss")), step.evaluation().loss(), TOLERANCE, where + " loss");
            assertAllClose(PyTorchReference.weights(expected.get("gradient")), step.evaluation().gradient(), TOLERANCE,
                    where + " gradient");
            assertAllClose(PyTorchReference.weights(expected.get("updated")), step.updated(), TOLERANCE, where + " updated");
            JsonNode dNeuron = expected.get("neuronGradient");
            NeuronValues d = step.evaluation().neuronGradient().get(0);
            assertClose(dNeuron.get("out_h1").asDouble(), d.out()[0][0], TOLERANCE, where + " dL/dout_h1");
            assertClose(dNeuron.get("in_h2").asDouble(), d.in()[0][1], TOLERANCE, where + " dL/din_h2");
            assertClose(dNeuron.get("in_o1").asDouble(), d.in()[1][0], TOLERANCE, where + " dL/din_o1");
            weights = step.updated();
        }
    }

    /**
     * Matt Mazur, "A Step by Step Backpropagation Example" (2015): total error 0.298371109 and, after one
     * step of 0.5 with the biases held, w1..w8 = 0.149780716, 0.19956143, 0.24975114, 0.29950229,
     * 0.35891648, 0.408666186, 0.511301270, 0.561370121 (the blog's rounding).
     */
    @Test
    void reproducesThePublishedWorkedExampleWithSharedFrozenBiases() {
        NetworkSpec spec = NetworkLoader.load(Path.of("examples/networks/shared-bias.json"));
        Step step = new ChainRule(spec).step(spec.initialWeights(), spec.learningRate(), spec.trainable());
        assertEquals(0.298371109, step.evaluation().loss(), 1e-9);
        double[] published = {0.149780716, 0.19956143, 0.24975114, 0.29950229, 0.35891648, 0.408666186, 0.511301270,
            0.561370121, 0.35, 0.60};
        double[] updated = step.updated();
        for (int p = 0; p < published.length; p++) {
            assertEquals(published[p], updated[p], 1e-8, spec.parameters().get(p).name());
        }
    }
}
