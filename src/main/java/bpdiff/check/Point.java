package bpdiff.check;

import bpdiff.gradient.NeuronValues;
import java.util.Map;

/**
 * Everything the check compares with at one set of weights, for the first sample.
 *
 * @param epoch 0 for the initial weights, {@code e} after {@code e} steps of training
 * @param weights the parameter values, in vector order
 * @param network the value of every known name: inputs, targets, parameters, forward quantities and
 *     the learning rate
 * @param autograd \( \partial L / \partial w \) from autograd
 * @param numeric \( \partial L / \partial w \) from finite differences
 * @param forward the {@code in} and {@code out} of every neuron, from autograd's forward pass
 * @param neuronGradient \( \partial L / \partial in \) and \( \partial L / \partial out \) from autograd
 */
record Point(
        int epoch,
        double[] weights,
        Map<String, Double> network,
        double[] autograd,
        double[] numeric,
        NeuronValues forward,
        NeuronValues neuronGradient) {

    /**
     * Autograd's value of a derivative.
     *
     * @param target what is differentiated
     * @return \( \partial L / \partial target \)
     */
    double truth(DerivativeTarget target) {
        return switch (target.kind()) {
            case PARAMETER -> autograd[target.parameter()];
            case NEURON_IN -> neuronGradient.in()[target.layer() - 1][target.neuron()];
            case NEURON_OUT -> neuronGradient.out()[target.layer() - 1][target.neuron()];
        };
    }

    /**
     * The finite-difference value of a derivative, which exists for parameters only.
     *
     * @param target what is differentiated
     * @return \( \partial L / \partial w \), or {@code null} for a neuron quantity
     */
    Double numeric(DerivativeTarget target) {
        return target.kind() == DerivativeTarget.Kind.PARAMETER ? numeric[target.parameter()] : null;
    }

    /**
     * The activation's derivative at a neuron.
     *
     * @param names the network's names (for the activation)
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return \( act'(in_j) \)
     */
    double activationDerivative(NetworkNames names, int layer, int j) {
        return names.spec().activation(layer).derivative(forward.in()[layer - 1][j], forward.out()[layer - 1][j]);
    }
}
