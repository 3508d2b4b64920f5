package bpdiff.check;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import java.util.List;

/**
 * The lecture's words for the places of a network: neurons, connections, activation derivatives and the
 * stage of back-propagation a derivative belongs to.
 */
final class Wiring {

    private Wiring() {}

    /**
     * The neuron a connection leaves from.
     *
     * @param names the network's names
     * @param layer the layer of the neuron the connection enters, {@code 1..L}
     * @param i the neuron it leaves, in {@code layer - 1}
     * @return {@code x1} for an input, else the neuron's name
     */
    static String sourceNeuron(NetworkNames names, int layer, int i) {
        return layer == 1 ? "x" + (i + 1) : names.spec().neuronName(layer - 1, i);
    }

    /**
     * Where a parameter sits, for a message.
     *
     * @param names the network's names
     * @param parameter its name
     * @return e.g. {@code h1 → o2}, {@code the bias of o1}, or {@code ""} if it is used more than once
     */
    static String connection(NetworkNames names, String parameter) {
        List<int[]> uses = names.uses(parameter);
        if (uses.size() != 1) {
            return "";
        }
        int[] use = uses.get(0);
        String to = names.spec().neuronName(use[0], use[1]);
        return use[2] < 0 ? "the bias of " + to : sourceNeuron(names, use[0], use[2]) + " → " + to;
    }

    /**
     * The name of the weight on the connection from neuron {@code j} of {@code layer} to neuron
     * {@code k} of {@code layer + 1}.
     *
     * @param spec the network
     * @param layer {@code 1..L-1}
     * @param j the neuron it leaves
     * @param k the neuron it enters
     * @return the parameter name
     */
    static String outgoingWeight(NetworkSpec spec, int layer, int j, int k) {
        return spec.weights()[layer][k][j];
    }

    /**
     * How the lecture writes a neuron's activation derivative.
     *
     * @param names the network's names
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return {@code out_h1·(1−out_h1)} for the sigmoids, {@code 1−out_h1²} for tanh, {@code relu'(in_h1)} for ReLU
     *     ({@link Activation#derivativeText})
     */
    static String activationFactor(NetworkNames names, int layer, int j) {
        return names.spec().activation(layer).derivativeText(names.in(layer, j), names.out(layer, j));
    }

    /**
     * The stage of back-propagation that computes a derivative.
     *
     * @param names the network's names
     * @param target the derivative
     * @return e.g. {@code the loss derivative (∂L/∂out_o1)}, {@code the output layer (o1)},
     *     {@code the hidden-layer back-propagation (into h1)}
     */
    static String stage(NetworkNames names, DerivativeTarget target) {
        NetworkSpec spec = names.spec();
        if (!target.hasNeuron()) {
            return "a parameter shared by several neurons";
        }
        String neuron = spec.neuronName(target.layer(), target.neuron());
        if (target.layer() == spec.layerCount()) {
            return target.kind() == DerivativeTarget.Kind.NEURON_OUT
                    ? "the loss derivative (∂L/∂out_" + neuron + ")"
                    : "the output layer (" + neuron + ")";
        }
        String layer = spec.layerCount() == 2 ? "" : ", hidden layer " + target.layer();
        return "the hidden-layer back-propagation (into " + neuron + layer + ")";
    }
}
