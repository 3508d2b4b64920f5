package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.network.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flat activations, judged on autograd's forward values; the thresholds are worked out in the comments. */
class SaturationTest {

    private static NeuronDiff neuron(int sample, String name, double in, double out) {
        return new NeuronDiff(sample, name, Double.NaN, in, Double.NaN, out);
    }

    @Test
    void aSigmoidIsFlatBelowAMillionthOfSlope() {
        // out(1-out): 1e-7 → 9.99e-8 < 1e-6 (flat); 0.5 → 0.25; 1 - 1e-7 → flat; 2e-6 → 1.999996e-6 (not flat)
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 0, 1e-7), neuron(0, "h2", 0, 0.5),
                neuron(0, "o1", 0, 1 - 1e-7), neuron(0, "o2", 0, 2e-6));
        assertEquals(List.of("h1", "o1"), Saturation.of(Activation.SIGMOID, neurons));
        assertEquals(List.of("h1", "o1"), Saturation.of(Activation.BUILTIN_SIGMOID, neurons));
    }

    @Test
    void theThresholdIsStrict() {
        // out = 0.5 - sqrt(0.25 - 1e-6) has out(1-out) = 1e-6 up to rounding; just above it stays live
        assertEquals(List.of(), Saturation.of(Activation.SIGMOID, List.of(neuron(0, "o1", 0, 1.0000011e-6))));
        assertEquals(List.of("o1"), Saturation.of(Activation.SIGMOID, List.of(neuron(0, "o1", 0, 0.9999e-6))));
        // found by search over doubles: this out gives out·(1 − out) == 1e-6 exactly, which is not below it
        assertEquals(List.of(), Saturation.of(Activation.SIGMOID, List.of(neuron(0, "o1", 0, 1.000001000002e-06))));
    }

    @Test
    void aNeuronMustBeFlatForEverySample() {
        List<NeuronDiff> neurons = List.of(neuron(0, "o1", 0, 1e-9), neuron(1, "o1", 0, 0.5), neuron(0, "o2", 0, 1e-9),
                neuron(1, "o2", 0, 1e-9));
        assertEquals(List.of("o2"), Saturation.of(Activation.SIGMOID, neurons));
    }

    @Test
    void aReluIsDeadWhenItsInputIsNeverPositive() {
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 0.0, 0.0), neuron(1, "h1", -2.0, 0.0),
                neuron(0, "h2", -1.0, 0.0), neuron(1, "h2", 1e-300, 1e-300));
        assertEquals(List.of("h1"), Saturation.of(Activation.RELU, neurons), "in = 0 counts as dead, as relu'(0) = 0");
    }
}
