package bpdiff.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which other activation's derivative a checker tries in place of a layer's own (issue 11: tanh's 1 − out² written
 * as the sigmoid's out·(1 − out), ReLU's for a leaky ReLU). The values and derivatives themselves are held to
 * PyTorch by {@code NetworkReferenceTest}.
 */
class ActivationTest {

    @Test
    void theOtherDerivativesAreEachADifferentFormula() {
        assertEquals(List.of(Activation.SIGMOID, Activation.RELU, Activation.LEAKY_RELU, Activation.IDENTITY),
                Activation.TANH.otherDerivatives());
        assertEquals(List.of(Activation.SIGMOID, Activation.RELU, Activation.TANH, Activation.IDENTITY),
                Activation.LEAKY_RELU.otherDerivatives());
        // the built-in sigmoid's derivative is the sigmoid's: never a mistake of its own, nor for a sigmoid layer
        assertEquals(List.of(Activation.RELU, Activation.TANH, Activation.LEAKY_RELU, Activation.IDENTITY),
                Activation.SIGMOID.otherDerivatives());
        assertEquals(Activation.SIGMOID.otherDerivatives(), Activation.BUILTIN_SIGMOID.otherDerivatives());
    }
}
