package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the allocation-free training path promises beyond its numbers (which are the gradient sources' own code,
 * held to PyTorch and the homework's program in their tests): it allocates nothing, keeps frozen weights, and
 * refuses what the homework's formulas do not describe.
 */
class HandStepperTest {

    @Test
    void keepsFrozenWeights() {
        NetworkSpec lecture = Networks.lecture();
        List<Parameter> parameters = new ArrayList<>(lecture.parameters());
        Parameter w6 = parameters.get(5);
        parameters.set(5, new Parameter(w6.name(), w6.initialValue(), true));
        NetworkSpec spec = new NetworkSpec(lecture.name(), lecture.layerSizes(), lecture.weights(), lecture.biases(),
                parameters, lecture.activations(), lecture.loss(), lecture.learningRate(), lecture.epochs(),
                lecture.samples());
        for (HandDerivation derivation : HandDerivation.values()) {
            HandStepper stepper = derivation.stepper(spec);
            double[] weights = spec.initialWeights();
            for (int epoch = 0; epoch < 10; epoch++) {
                stepper.step(weights, 1.0);
            }
            assertEquals(w6.initialValue(), weights[5], 0.0, derivation + " moved the frozen w6");
            assertNotEquals(0.0, stepper.gradient()[5], derivation + ": a frozen weight still has a gradient");
            assertNotEquals(lecture.initialWeights()[4], weights[4], derivation + ": w5 trains");
        }
    }

    @Test
    void refusesNetworksWithoutTheHomeworkFormulas() {
        NetworkSpec relu = Networks.lecture().withActivation(Activation.RELU);
        assertThrows(BadInputException.class, () -> HandDerivation.CORRECTED.stepper(relu));
        assertThrows(BadInputException.class, () -> HandDerivation.parse("sideways", "--manual"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HandDerivation.class)
    void allocatesNothingPerStep(HandDerivation derivation) {
        NetworkSpec spec = Networks.lecture();
        HandStepper stepper = derivation.stepper(spec);
        double[] weights = spec.initialWeights();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += stepper.step(weights, 1e-3);
        }
        int steps = 100_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < steps; i++) {
            sink += stepper.step(weights, 1e-3);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // one object per step would be 1.6 MB; a few hundred bytes are the measurement's own
        assertTrue(allocated < 16_000, derivation + " allocated " + allocated + " bytes in " + steps + " steps");
        assertTrue(Double.isFinite(sink));
    }
}
