package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.report.run.MarkdownReport;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ReLU against sigmoid, held to real PyTorch ({@code reference-results/pytorch/}). */
class ReluExperimentTest {

    /** The bar for float32 against PyTorch float32; float64 agrees to rounding. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sigmoidFloat32, float32, sigmoid/half-sse/given/lr1/e100, 1e-6",
        "reluFloat32,    float32, relu/half-sse/given/lr1/e100,    1e-6",
        "sigmoidFloat64, float64, sigmoid/half-sse/given/lr1/e100, 1e-12",
        "reluFloat64,    float64, relu/half-sse/given/lr1/e100,    1e-12"
    })
    void lossAfterTenEpochsIsPyTorchs(String measured, String dtype, String referenceCase, double tolerance) {
        double expected = PyTorchReference.number(
                PyTorchReference.pytorchCase(dtype, referenceCase).get("steps").get(9).get("loss"));
        assertEquals(expected, Runs.result("relu").measured("relu-lower-after-10", measured), tolerance);
    }

    /** The numbers the report prints are PyTorch float32's, to the six digits printed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"sigmoidFloat32, sigmoid/half-sse/given/lr1/e100", "reluFloat32, relu/half-sse/given/lr1/e100"})
    void theReportStatesBothNumbers(String name, String referenceCase) {
        String report = MarkdownReport.of(Runs.all());
        ExperimentResult relu = Runs.result("relu");
        String number = Text.number(relu.measured("relu-lower-after-10", name));
        assertTrue(relu.conclusion().contains(number), name + " " + number + " in " + relu.conclusion());
        assertTrue(report.contains(number), name + " in report.md");
        double pytorch = PyTorchReference.number(
                PyTorchReference.pytorchCase("float32", referenceCase).get("steps").get(9).get("loss"));
        assertEquals(pytorch, Double.parseDouble(number), 1e-6, name + " printed against PyTorch float32");
    }

    @Test
    void onlyTheWeightsPyTorchMovesLearn() {
        JsonNode steps = PyTorchReference.pytorchCase("float32", "relu/half-sse/given/lr1/e100").get("steps");
        int learning = 0;
        for (int p = 0; p < 8; p++) {
            boolean moves = false;
            for (JsonNode step : steps) {
                moves |= PyTorchReference.weights(step.get("gradient"))[p] != 0;
            }
            learning += moves ? 1 : 0;
        }
        assertEquals(learning, Runs.result("relu").measured("relu-dead-units", "weightsThatLearn"));
        double lastO2 = PyTorchReference.number(steps.get(steps.size() - 1).get("forward").get("out_o2"));
        assertEquals(lastO2, Runs.result("relu").measured("y2-unreachable", "reluO2Last"), 0.0);
        assertTrue(Runs.result("relu").holds(), Runs.result("relu").failing().toString());
    }
}
