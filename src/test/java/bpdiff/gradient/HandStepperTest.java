package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The allocation-free steppers against the gradient sources they replace on the training path: the same
 * loss, gradient and updated weights, bit for bit, at every epoch.
 */
class HandStepperTest {

    private static final int EPOCHS = 60;

    static Stream<Arguments> generalCases() {
        return BatchedTestNetworksTest.networks().stream().map(spec -> Arguments.of(spec.name() + " "
                + spec.activation().id() + " " + spec.loss().id(), spec));
    }

    @ParameterizedTest(name = "general {0}")
    @MethodSource("generalCases")
    void generalStepperIsTheChainRuleBitForBit(String label, NetworkSpec spec) {
        assertSameSteps(new ChainRule(spec), HandStepper.create("general", spec), spec);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("homeworkCases")
    void homeworkStepperIsThePublishedFormulasBitForBit(String id, Activation activation, double learningRate) {
        NetworkSpec spec = Networks.lecture().with(activation, null, learningRate, null);
        assertSameSteps(HandDerivations.create(id, spec), HandStepper.create(id, spec), spec);
    }

    static Stream<Arguments> homeworkCases() {
        return Stream.of("buggy", "corrected").flatMap(id -> Stream.of(
                Arguments.of(id, Activation.SIGMOID, 1.0),
                Arguments.of(id, Activation.BUILTIN_SIGMOID, 0.5),
                Arguments.of(id, Activation.SIGMOID, 7.0)));
    }

    @Test
    void homeworkStepperKeepsFrozenWeights() {
        NetworkSpec lecture = Networks.lecture();
        List<Parameter> parameters = new ArrayList<>(lecture.parameters());
        Parameter w6 = parameters.get(5);
        parameters.set(5, new Parameter(w6.name(), w6.initialValue(), true));
        NetworkSpec spec = new NetworkSpec(lecture.name(), lecture.layerSizes(), lecture.weights(), lecture.biases(),
                parameters, lecture.activation(), lecture.loss(), lecture.learningRate(), lecture.epochs(),
                lecture.samples());
        assertSameSteps(HandDerivations.create("corrected", spec), HandStepper.create("corrected", spec), spec);
    }

    @Test
    void refusesUnknownDerivationsAndNetworksWithoutTheHomeworkFormulas() {
        assertThrows(BadInputException.class, () -> HandStepper.create("sideways", Networks.lecture()));
        NetworkSpec relu = Networks.lecture().with(Activation.RELU, null, null, null);
        assertThrows(BadInputException.class, () -> HandStepper.create("corrected", relu));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepperIds")
    void allocatesNothingPerStep(String id) {
        NetworkSpec spec = Networks.lecture();
        HandStepper stepper = HandStepper.create(id, spec);
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
        assertTrue(allocated < 16_000, id + " allocated " + allocated + " bytes in " + steps + " steps");
        assertTrue(Double.isFinite(sink));
    }

    static Stream<String> stepperIds() {
        return Stream.of("buggy", "corrected", "general");
    }

    private static void assertSameSteps(GradientSource source, HandStepper stepper, NetworkSpec spec) {
        double[] expected = spec.initialWeights();
        double[] actual = spec.initialWeights();
        boolean[] trainable = spec.trainable();
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            Step step = source.step(expected, spec.learningRate(), trainable);
            double loss = stepper.step(actual, spec.learningRate());
            String where = stepper.name() + " on " + spec.name() + " epoch " + epoch;
            assertEquals(step.evaluation().loss(), loss, 0.0, where + " loss");
            assertArrayEquals(step.evaluation().gradient(), stepper.gradient(), 0.0, where + " gradient");
            assertArrayEquals(step.updated(), actual, 0.0, where + " updated");
            expected = step.updated();
        }
    }
}
