package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Homework 2 as published against autograd, held to the homework-2 program run in plain Python
 * ({@code reference-results/python/homework2.json}) and to real PyTorch.
 */
class PublishedVsAutogradExperimentTest {

    @Test
    void theMeasuredDifferenceIsThePythonProgramsAgainstPyTorchs() {
        double[] published = PyTorchReference.weights(PyTorchReference.homework2Case("buggy").get("steps").get(0).get("gradient"));
        double[] pytorch = PyTorchReference.weights(PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100")
                .get("steps").get(0).get("gradient"));
        double expected = 0;
        for (int p = 0; p < 4; p++) {
            expected = Math.max(expected, Math.abs(published[p] - pytorch[p]));
        }
        ExperimentResult result = Runs.result("published-vs-autograd");
        assertEquals(expected, result.measured("differ-on-w1-w4", "maxDifferenceW1toW4"), 1e-12);
        assertTrue(result.holds(), result.failing().toString());
    }

    @Test
    void thePublishedLossCurveIsThePythonPrograms() {
        JsonNode steps = PyTorchReference.homework2Case("buggy").get("steps");
        double[] curve = Runs.result("published-vs-autograd").plots().stream()
                .filter(p -> p.name().equals("published-loss")).findFirst().orElseThrow().series().get(0).y();
        assertEquals(steps.size(), curve.length);
        for (int t = 0; t < curve.length; t++) {
            assertEquals(PyTorchReference.number(steps.get(t).get("loss")), curve[t], 1e-12, "epoch " + (t + 1));
        }
    }
}
