package bpdiff.diff;

/**
 * One neuron's forward values at one epoch, from the hand side and from autograd.
 *
 * @param sample the sample index, from 0
 * @param neuron the lecture's name, e.g. {@code h1}
 * @param inManual \( in \) from the hand side
 * @param inAutograd \( in \) from autograd
 * @param outManual \( out \) from the hand side
 * @param outAutograd \( out \) from autograd
 */
public record NeuronDiff(
        int sample, String neuron, double inManual, double inAutograd, double outManual, double outAutograd) {}
