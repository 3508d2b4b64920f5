package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code compare}'s autograd trained ahead on its own thread gives, epoch after epoch and across its chunks, what
 * {@link DjlAutograd#step} gives one epoch at a time: loss, gradient, every neuron's values and gradients, and the
 * updated weights, bit for bit.
 */
class AutogradAheadTest {

    /** Past one chunk, so that the second starts from the first's last weights. */
    private static final int EPOCHS = AutogradAhead.CHUNK + 40;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Precision precision : Precision.values()) {
            for (Activation activation : Activation.values()) {
                all.add(Arguments.of(precision, activation));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void stepsAreDjlAutogradsBitForBit(Precision precision, Activation activation) {
        NetworkSpec spec = withFrozenW6(Networks.lecture().withActivation(activation).withLearningRate(0.7)
                .withEpochs(EPOCHS));
        try (AutogradAhead ahead = new AutogradAhead(spec, precision);
                DjlAutograd single = new DjlAutograd(spec, precision)) {
            double[] weights = spec.initialWeights();
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                Step expected = single.step(weights, spec.learningRate(), spec.trainable());
                Step actual = ahead.step(weights, spec.learningRate(), spec.trainable());
                String where = precision + " " + activation + " epoch " + epoch;
                assertEquals(expected.evaluation().loss(), actual.evaluation().loss(), 0.0, where + " loss");
                assertArrayEquals(expected.evaluation().gradient(), actual.evaluation().gradient(), 0.0, where);
                assertArrayEquals(expected.updated(), actual.updated(), 0.0, where + " updated");
                for (int l = 0; l < 2; l++) {
                    assertArrayEquals(expected.evaluation().forward().get(0).out()[l],
                            actual.evaluation().forward().get(0).out()[l], 0.0, where + " out");
                    assertArrayEquals(expected.evaluation().neuronGradient().get(0).in()[l],
                            actual.evaluation().neuronGradient().get(0).in()[l], 0.0, where + " dL/din");
                }
                weights = expected.updated();
            }
            assertThrows(IllegalStateException.class, () -> ahead.step(spec.initialWeights(), 0.7, spec.trainable()),
                    "no epochs beyond those asked for");
        }
    }

    @Test
    void closingEarlyStopsTheTraining() {
        NetworkSpec spec = Networks.lecture().withEpochs(100_000);
        AutogradAhead ahead = new AutogradAhead(spec, Precision.FLOAT64);
        Step first = ahead.step(spec.initialWeights(), 1.0, spec.trainable());
        assertThrows(IllegalStateException.class, () -> ahead.step(spec.initialWeights(), 1.0, spec.trainable()),
                "only from the weights the last step ended at");
        ahead.step(first.updated(), 1.0, spec.trainable());
        ahead.close();
    }

    private static NetworkSpec withFrozenW6(NetworkSpec spec) {
        List<Parameter> parameters = new ArrayList<>(spec.parameters());
        Parameter w6 = parameters.get(5);
        parameters.set(5, new Parameter(w6.name(), w6.initialValue(), true));
        return new NetworkSpec(spec.name(), spec.layerSizes(), spec.weights(), spec.biases(), parameters,
                spec.activations(), spec.loss(), spec.learningRate(), spec.epochs(), spec.samples());
    }
}
