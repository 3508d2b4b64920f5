package bpdiff.diff;

import bpdiff.network.Activation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds neurons whose activation is flat, so that gradients through them vanish and training stalls
 * without having converged.
 *
 * <p>A sigmoid neuron is saturated when \( \sigma'(in) = out(1 - out) &lt; 10^{-6} \), i.e. its output is
 * within about \( 10^{-6} \) of 0 or 1; a ReLU neuron is dead when \( in \le 0 \) for every sample, so
 * its derivative is 0 everywhere the data reaches.
 */
public final class Saturation {

    /** Below this local derivative a sigmoid neuron passes on less than a millionth of its gradient. */
    static final double FLAT_DERIVATIVE = 1e-6;

    private Saturation() {}

    /**
     * The saturated neurons of one epoch, judged on autograd's forward values.
     *
     * @param activation the network's activation
     * @param neurons the forward values of every neuron and sample
     * @return the names of saturated (sigmoid) or dead (ReLU) neurons, in network order
     */
    public static List<String> of(Activation activation, List<NeuronDiff> neurons) {
        Map<String, Boolean> flatForAll = new LinkedHashMap<>();
        for (NeuronDiff n : neurons) {
            boolean flat = activation == Activation.RELU
                    ? n.inAutograd() <= 0
                    : n.outAutograd() * (1 - n.outAutograd()) < FLAT_DERIVATIVE;
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
