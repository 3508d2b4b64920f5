package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.ChainRule;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Precision;
import bpdiff.network.Initialization;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.report.run.MarkdownReport;
import bpdiff.testing.PyTorchReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All-zero initial weights: the symmetry of the two hidden units, checked directly and against PyTorch. */
class ZeroInitExperimentTest {

    private static final String[][] PAIRS = {{"w1", "w2"}, {"w3", "w4"}, {"w5", "w7"}, {"w6", "w8"}};

    @ParameterizedTest(name = "{0}")
    @CsvSource({"float32", "float64"})
    void pairsStayExactlyEqualFor100Epochs(String dtype) {
        NetworkSpec spec = Initialization.ZERO.apply(Networks.lecture().withEpochs(100), 0);
        try (DjlAutograd autograd = new DjlAutograd(spec, Precision.parse(dtype, "test"))) {
            for (GradientSource source : new GradientSource[] {autograd, new ChainRule(spec)}) {
                double[] w = spec.initialWeights();
                for (int epoch = 0; epoch < 100; epoch++) {
                    w = source.step(w, 1.0, spec.trainable()).updated();
                }
                for (String[] pair : PAIRS) {
                    assertEquals(w[spec.parameterIndex(pair[0])], w[spec.parameterIndex(pair[1])], 0.0,
                            source.name() + " " + dtype + " " + pair[0] + " = " + pair[1]);
                }
            }
        }
    }

    /** The experiment's final weights are PyTorch's, which show the same symmetry. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"float32, 1e-6", "float64, 1e-12"})
    void finalWeightsArePyTorchs(String dtype, double tolerance) {
        double[] pytorch = PyTorchReference.weights(PyTorchReference.pytorchCase(dtype, "sigmoid/half-sse/zero/lr1/e100")
                .get("steps").get(99).get("updated"));
        ExperimentResult result = Runs.result("zero-init");
        for (int p = 0; p < 8; p++) {
            assertEquals(pytorch[p], result.measured("symmetry-never-broke-" + dtype, "w" + (p + 1)), tolerance, "w" + (p + 1));
        }
        assertEquals(pytorch[0], pytorch[1], 0.0, "PyTorch keeps w1 = w2");
        assertEquals(pytorch[5], pytorch[7], 0.0, "PyTorch keeps w6 = w8");
    }

    @Test
    void theReportSaysTheSymmetryNeverBroke() {
        ExperimentResult result = Runs.result("zero-init");
        assertTrue(result.holds(), result.failing().toString());
        assertTrue(result.conclusion().contains("the symmetry never broke"), result.conclusion());
        assertTrue(MarkdownReport.of(Runs.all()).contains("the symmetry never broke"));
    }
}
