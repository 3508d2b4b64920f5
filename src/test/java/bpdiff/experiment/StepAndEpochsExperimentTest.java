package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The step grid held to real PyTorch, and the classification of loss curves on hand-made curves. */
class StepAndEpochsExperimentTest {

    /** The PyTorch reference's step sweep (tools/pytorch_reference.py, float64, 50 epochs each). */
    @ParameterizedTest(name = "step {0}")
    @CsvSource({"0.1, lr0.1", "0.5, lr0.5", "2, lr2", "10, lr10", "100, lr100"})
    void gridCurvesArePyTorchs(String step, String caseStep) {
        JsonNode steps = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/" + caseStep + "/e50").get("steps");
        double[] grid = Runs.result("step-and-epochs").plots().get(0).series().stream()
                .filter(s -> s.name().equals("step " + step)).findFirst().orElseThrow().y();
        for (int t = 0; t < steps.size(); t++) {
            assertEquals(PyTorchReference.number(steps.get(t).get("loss")), grid[t], 1e-12, "epoch " + (t + 1));
        }
    }

    @Test
    void theFindingsHold() {
        ExperimentResult result = Runs.result("step-and-epochs");
        assertTrue(result.holds(), result.failing().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // curve; floor; class; from epoch
        "1.0 0.5 0.2 0.11; 0.1; converged; 4",
        "1.0 0.5 0.6 0.2;  0.1; oscillated; 3",
        "1.0 0.9 0.85 0.85; 0.1; stalled; 3",
        "1.0 2.0 3.0 4.0;  0.1; diverged; 2",
        "1.0 0.5 NaN NaN;  0.1; diverged; 3",
        "1.0 0.5 1.5 1.2;  0.1; diverged; 3"
    })
    void classification(String curve, double floor, String kind, int from) {
        String[] parts = curve.trim().split(" ");
        double[] losses = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            losses[i] = Double.parseDouble(parts[i]);
        }
        Trajectory trajectory = Trajectory.classify(losses, floor);
        assertEquals(kind, trajectory.kind().id());
        assertEquals(from, trajectory.fromEpoch());
    }
}
