package bpdiff.gradient;

import static bpdiff.gradient.DjlAutogradTest.assertAllClose;
import static bpdiff.gradient.DjlAutogradTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.BadInputException;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.testing.PyTorchReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The homework's formulas against the homework's own program (run in plain Python by
 * {@code tools/homework2_published.py}) and against the numbers published with the lecture.
 */
class PublishedHomework2Test {

    @ParameterizedTest
    @ValueSource(strings = {"buggy", "corrected"})
    void matchesTheHomeworkProgramForHundredEpochs(String variant) {
        JsonNode reference = PyTorchReference.homework2Case(variant);
        NetworkSpec spec = Networks.lecture();
        HandDerivation derivation = HandDerivation.parse(variant, "test");
        GradientSource source = derivation.source(spec);
        HandStepper stepper = derivation.stepper(spec);
        double[] weights = spec.initialWeights();
        double[] stepped = spec.initialWeights();
        for (JsonNode expected : reference.get("steps")) {
            String where = variant + " epoch " + expected.get("epoch").asInt();
            Step step = source.step(weights, 1.0, spec.trainable());
            assertClose(expected.get("loss").asDouble(), step.evaluation().loss(), 1e-15, where + " loss");
            assertAllClose(PyTorchReference.weights(expected.get("gradient")), step.evaluation().gradient(), 1e-15,
                    where + " gradient");
            assertAllClose(PyTorchReference.weights(expected.get("updated")), step.updated(), 1e-15, where + " updated");
            weights = step.updated();
            double loss = stepper.step(stepped, 1.0);
            assertClose(expected.get("loss").asDouble(), loss, 1e-15, where + " loss (stepper)");
            assertAllClose(PyTorchReference.weights(expected.get("gradient")), stepper.gradient(), 1e-15,
                    where + " gradient (stepper)");
            assertAllClose(PyTorchReference.weights(expected.get("updated")), stepped, 1e-15, where + " updated (stepper)");
        }
    }

    /** The lecture's published values, rounded to two decimals as the homework prints them. */
    @Test
    void reproducesThePublishedLectureNumbers() {
        NetworkSpec spec = Networks.lecture();
        Step step = HandDerivation.BUGGY.source(spec).step(spec.initialWeights(), 1.0, spec.trainable());
        NeuronValues forward = step.evaluation().forward().get(0);
        assertRounded(new double[] {0.56, 0.50, 0.48, 0.53},
                new double[] {forward.out()[0][0], forward.out()[0][1], forward.out()[1][0], forward.out()[1][1]});
        assertRounded(new double[] {0.21}, new double[] {step.evaluation().loss()});
        assertRounded(new double[] {0.01, 0.01, 0.01, 0.01, 0.03, 0.08, 0.03, 0.07}, step.evaluation().gradient());
        assertRounded(new double[] {0.19, -0.41, 0.49, 0.59, 0.07, -0.58, -0.33, 0.73}, step.updated());
    }

    @Test
    void refusesNetworksTheHomeworkDoesNotDescribe() {
        NetworkSpec relu = Networks.lecture().withActivation(Activation.RELU);
        BadInputException e = assertThrows(BadInputException.class, () -> HandDerivation.BUGGY.source(relu));
        assertEquals("--manual", e.where());
    }

    private static void assertRounded(double[] published, double[] actual) {
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], Math.round(actual[i] * 100) / 100.0, 1e-12, "value " + (i + 1) + ": " + actual[i]);
        }
    }
}
