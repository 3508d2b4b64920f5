package bpdiff.diff;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds neurons whose activation is flat, so that gradients through them vanish and training stalls
 * without having converged.
 *
 * <p>A neuron is flat when its layer's activation's derivative ({@link Activation#derivative}) is below
 * \( 10^{-6} \) for every sample: a sigmoid neuron whose output is within about \( 10^{-6} \) of 0 or 1, a tanh
 * neuron whose output is within about \( 5 \cdot 10^{-7} \) of ±1, a ReLU neuron whose input is \( \le 0 \) (dead:
 * its derivative is 0 everywhere the data reaches). A leaky-ReLU neuron (derivative at least 0.01) and a linear one
 * (derivative 1) are never flat.
 */
public final class Saturation {

    /** Below this local derivative a neuron passes on less than a millionth of its gradient. */
    static final double FLAT_DERIVATIVE = 1e-6;

    private Saturation() {}

    /**
     * The saturated neurons of one epoch, judged on autograd's forward values.
     *
     * @param spec the network: each neuron's layer and that layer's activation
     * @param neurons the forward values of every neuron and sample
     * @return the names of saturated (sigmoid, tanh) or dead (ReLU) neurons, in network order
     */
    public static List<String> of(NetworkSpec spec, List<NeuronDiff> neurons) {
        Map<String, Activation> activationOf = new HashMap<>();
        for (int l = 1; l <= spec.layerCount(); l++) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                activationOf.put(spec.neuronName(l, j), spec.activation(l));
            }
        }
        Map<String, Boolean> flatForAll = new LinkedHashMap<>();
        for (NeuronDiff n : neurons) {
            boolean flat = activationOf.get(n.neuron()).derivative(n.inAutograd(), n.outAutograd()) < FLAT_DERIVATIVE;
            flatForAll.merge(n.neuron(), flat, Boolean::logicalAnd);
        }
        List<String> saturated = new ArrayList<>();
        flatForAll.forEach((name, flat) -> {
            if (flat) {
                saturated.add(name);
            }
        });
        return saturated;
    }
}
