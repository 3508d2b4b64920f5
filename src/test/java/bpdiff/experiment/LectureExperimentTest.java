package bpdiff.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lecture example: held to the lecture's published values and to real PyTorch. */
class LectureExperimentTest {

    /**
     * The lecture's published values (the lecture slides, as the issue quotes them: 0.56, 0.50, 0.48, 0.53,
     * loss 0.21) and the names of the PyTorch reference's forward values.
     */
    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource({
        "outH1, out_h1, 0.56",
        "outH2, out_h2, 0.50",
        "outO1, out_o1, 0.48",
        "outO2, out_o2, 0.53",
        "loss,  loss,   0.21"
    })
    void forwardValuesAreTheLecturesAndPyTorchs(String measured, String reference, double published) {
        ExperimentResult lecture = Runs.result("lecture");
        double value = lecture.measured("forward-matches-lecture", measured);
        assertEquals(published, Math.round(value * 100) / 100.0, 1e-15, measured + " to two decimals");
        JsonNode step = PyTorchReference.pytorchCase("float64", "sigmoid/half-sse/given/lr1/e100").get("steps").get(0);
        JsonNode expected = reference.equals("loss") ? step.get("loss") : step.get("forward").get(reference);
        assertEquals(PyTorchReference.number(expected), value, 1e-12, measured + " against PyTorch float64");
        assertTrue(lecture.holds(), lecture.failing().toString());
    }
}
