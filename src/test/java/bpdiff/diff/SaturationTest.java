package bpdiff.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flat activations, judged on autograd's forward values; the thresholds are worked out in the comments. */
class SaturationTest {

    /** The lecture network (h1, h2, o1, o2) with one activation everywhere. */
    private static NetworkSpec lecture(Activation activation) {
        return Networks.lecture().withActivation(activation);
    }

    private static NeuronDiff neuron(int sample, String name, double in, double out) {
        return new NeuronDiff(sample, name, Double.NaN, in, Double.NaN, out);
    }

    @Test
    void aSigmoidIsFlatBelowAMillionthOfSlope() {
        // out(1-out): 1e-7 → 9.99e-8 < 1e-6 (flat); 0.5 → 0.25; 1 - 1e-7 → flat; 2e-6 → 1.999996e-6 (not flat)
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 0, 1e-7), neuron(0, "h2", 0, 0.5),
                neuron(0, "o1", 0, 1 - 1e-7), neuron(0, "o2", 0, 2e-6));
        assertEquals(List.of("h1", "o1"), Saturation.of(lecture(Activation.SIGMOID), neurons));
        assertEquals(List.of("h1", "o1"), Saturation.of(lecture(Activation.BUILTIN_SIGMOID), neurons));
    }

    @Test
    void theThresholdIsStrict() {
        // out = 0.5 - sqrt(0.25 - 1e-6) has out(1-out) = 1e-6 up to rounding; just above it stays live
        assertEquals(List.of(), Saturation.of(lecture(Activation.SIGMOID), List.of(neuron(0, "o1", 0, 1.0000011e-6))));
        assertEquals(List.of("o1"), Saturation.of(lecture(Activation.SIGMOID), List.of(neuron(0, "o1", 0, 0.9999e-6))));
        // found by search over doubles: this out gives out·(1 − out) == 1e-6 exactly, which is not below it
        assertEquals(List.of(), Saturation.of(lecture(Activation.SIGMOID), List.of(neuron(0, "o1", 0, 1.000001000002e-06))));
    }

    @Test
    void aNeuronMustBeFlatForEverySample() {
        List<NeuronDiff> neurons = List.of(neuron(0, "o1", 0, 1e-9), neuron(1, "o1", 0, 0.5), neuron(0, "o2", 0, 1e-9),
                neuron(1, "o2", 0, 1e-9));
        assertEquals(List.of("o2"), Saturation.of(lecture(Activation.SIGMOID), neurons));
    }

    @Test
    void aReluIsDeadWhenItsInputIsNeverPositive() {
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 0.0, 0.0), neuron(1, "h1", -2.0, 0.0),
                neuron(0, "h2", -1.0, 0.0), neuron(1, "h2", 1e-300, 1e-300));
        assertEquals(List.of("h1"), Saturation.of(lecture(Activation.RELU), neurons), "in = 0 counts as dead, as relu'(0) = 0");
    }

    @Test
    void aTanhIsFlatWithinAboutAMillionthOfPlusOrMinusOne() {
        // 1 − out²: out = ±(1 − 4e-7) → 7.9999984e-7 (flat); out = 1 − 6e-7 → 1.19999964e-6 (not flat); 0.5 → 0.75
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 8, 1 - 4e-7), neuron(0, "h2", -8, -(1 - 4e-7)),
                neuron(0, "o1", 7, 1 - 6e-7), neuron(0, "o2", 0.55, 0.5));
        assertEquals(List.of("h1", "h2"), Saturation.of(lecture(Activation.TANH), neurons));
    }

    @Test
    void aLeakyReluOrALinearUnitIsNeverFlat() {
        // leaky_relu'(in) is 0.01 for in ≤ 0, and the identity's derivative is 1, whatever the input
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", -5.0, -0.05), neuron(0, "h2", 0.0, 0.0),
                neuron(0, "o1", -1e9, -1e7), neuron(0, "o2", -1e-300, -1e-302));
        assertEquals(List.of(), Saturation.of(lecture(Activation.LEAKY_RELU), neurons));
        assertEquals(List.of(), Saturation.of(lecture(Activation.IDENTITY), neurons));
    }

    @Test
    void eachNeuronIsJudgedByItsOwnLayersActivation() {
        // tanh hidden, identity output: h1 at 1 − 1e-7 is saturated, o1 with the same numbers is a linear output
        NetworkSpec perLayer = Networks.lecture().withActivations(List.of(Activation.TANH, Activation.IDENTITY));
        List<NeuronDiff> neurons = List.of(neuron(0, "h1", 9, 1 - 1e-7), neuron(0, "h2", 0.1, 0.0997),
                neuron(0, "o1", 9, 1 - 1e-7), neuron(0, "o2", 0, 0));
        assertEquals(List.of("h1"), Saturation.of(perLayer, neurons));
    }
}
