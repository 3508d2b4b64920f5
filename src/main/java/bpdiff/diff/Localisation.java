package bpdiff.diff;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.NeuronValues;
import bpdiff.network.NetworkSpec;

/**
 * Where a hand derivation first parts from autograd, counting back from the loss.
 *
 * <p>The hand side's \( \partial L / \partial out \) and \( \partial L / \partial in \) of every neuron
 * are compared with autograd's, output layer first, then each layer below; within a layer {@code out}
 * before {@code in}, because back-propagation reaches it first. The first disagreement is where the
 * error enters: everything after it inherits it.
 *
 * @param epoch the epoch, from 1
 * @param quantity e.g. {@code out_h1}, meaning \( \partial L / \partial out_{h1} \)
 * @param layer {@code output layer} or {@code hidden layer} (with its number when there are several)
 * @param manual the hand side's value
 * @param autograd autograd's value
 */
public record Localisation(int epoch, String quantity, String layer, double manual, double autograd) {

    /**
     * Finds the first neuron gradient that differs.
     *
     * @param spec the network, for neuron names
     * @param epoch the epoch being compared
     * @param manual the hand side's evaluation (with neuron gradients)
     * @param autograd autograd's evaluation (with neuron gradients)
     * @param tolerance when two values agree
     * @return the first difference, or {@code null} if all agree or a side has no neuron gradients
     */
    public static Localisation locate(
            NetworkSpec spec, int epoch, Evaluation manual, Evaluation autograd, Tolerance tolerance) {
        if (manual.neuronGradient().isEmpty() || autograd.neuronGradient().isEmpty()) {
            return null;
        }
        for (int l = spec.layerCount(); l >= 1; l--) {
            for (int s = 0; s < manual.neuronGradient().size(); s++) {
                NeuronValues m = manual.neuronGradient().get(s);
                NeuronValues a = autograd.neuronGradient().get(s);
                for (int j = 0; j < spec.layerSizes()[l]; j++) {
                    String neuron = spec.neuronName(l, j);
                    if (!tolerance.agrees(m.out()[l - 1][j], a.out()[l - 1][j])) {
                        return new Localisation(epoch, "out_" + neuron, layerName(spec, l), m.out()[l - 1][j],
                                a.out()[l - 1][j]);
                    }
                }
                for (int j = 0; j < spec.layerSizes()[l]; j++) {
                    String neuron = spec.neuronName(l, j);
                    if (!tolerance.agrees(m.in()[l - 1][j], a.in()[l - 1][j])) {
                        return new Localisation(epoch, "in_" + neuron, layerName(spec, l), m.in()[l - 1][j],
                                a.in()[l - 1][j]);
                    }
                }
            }
        }
        return null;
    }

    private static String layerName(NetworkSpec spec, int layer) {
        if (layer == spec.layerCount()) {
            return "output layer";
        }
        return spec.layerCount() == 2 ? "hidden layer" : "hidden layer " + layer;
    }
}
